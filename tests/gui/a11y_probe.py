#!/usr/bin/python3
"""Reads the desktop app through the accessibility bus (AT-SPI) as a screen reader does.

Run with Debian's /usr/bin/python3 (python3-pyatspi), with DISPLAY and DBUS_SESSION_BUS_ADDRESS of
the session the app runs in. Commands:
  dump             every showing object of the app: role, name, description, states, relations
  check            what a screen-reader user needs of the main window; one line per problem
                   ("FAIL ..."), exit status 1 if there is any
  focus            the focused object: "role|name|its parent's name"
  keys N KEY       presses KEY N times (xdotool), printing the focused object after each
  move KEY         presses KEY and prints what a screen reader says of the focus it moves to: whether
                   the object that had the focus was still there ("old focus alive"; Orca 43 says the
                   new focus alone otherwise), then the new focus's ancestors the old one did not have
                   ("ancestor role|name", outermost first) and the new focus
  listen [--until TEXT S] KEY...
                   presses the keys and prints what the app announced meanwhile (the notifications
                   that appeared, as Orca speaks them), listening 1.5 s after them, or until one
                   holds TEXT (S seconds at most)
  text NAME        the text of the showing object named NAME
  nameless         every enabled interactive object in a showing window with no name, one a line
Waits up to 20 s for the app (named c5kit) to appear on the bus.
"""
import re
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_PROGRESS_BAR, pyatspi.ROLE_STATUS_BAR,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_TOGGLE_BUTTON,
}


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(200):
        # The newest, should an earlier one still be on the bus.
        for index in reversed(range(desktop.childCount)):
            candidate = desktop.getChildAtIndex(index)
            if candidate is not None and candidate.name in ("c5kit", "C5 Readiness Kit"):
                return candidate
        time.sleep(0.1)
    sys.exit("the app is not on the accessibility bus")


def showing(root):
    """Every showing object under root, depth first (screen order for a tree laid out top down)."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            states = node.getState()
        except Exception:
            continue
        if node is not root and not states.contains(pyatspi.STATE_SHOWING):
            continue
        yield node
        # Tables list their cells as children: thousands of them; the table itself is enough.
        if node.getRole() in (pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_MENU_BAR):
            continue
        stack.extend(reversed([node.getChildAtIndex(i) for i in range(node.childCount)]))


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""


def relations(node, kind):
    targets = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == kind:
            targets += [relation.getTarget(i) for i in range(relation.getNTargets())]
    return targets


def words(text):
    """Text as read aloud: wrapped lines are one line."""
    return " ".join(text.split())


def accessible_name(node):
    """The name a screen reader speaks: its own, else its labels' text."""
    if node.name:
        return node.name
    return " ".join(label.name or text_of(label) for label in relations(node, pyatspi.RELATION_LABELLED_BY))


def describe(node):
    states = node.getState()
    marks = [name for name, state in (("focused", pyatspi.STATE_FOCUSED), ("checked", pyatspi.STATE_CHECKED),
                                      ("focusable", pyatspi.STATE_FOCUSABLE), ("enabled", pyatspi.STATE_ENABLED))
             if states.contains(state)]
    related = []
    for relation in node.getRelationSet():
        kind = pyatspi.relationToString(relation.getRelationType())
        for i in range(relation.getNTargets()):
            target = relation.getTarget(i)
            related.append(f"{kind}->{target.getRoleName()}:{(target.name or text_of(target))[:30]!r}")
    return (f"{node.getRoleName()} name={node.name!r} desc={node.description!r} [{','.join(marks)}] "
            f"{' '.join(related)}")


def dump(root):
    for node in showing(root):
        print(describe(node))


def focused(root):
    for node in showing(root):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return node
    return None


def focus_line(node):
    if node is None:
        return "none||"
    parent = node.parent
    return f"{node.getRoleName()}|{accessible_name(node)}|{parent.name if parent is not None else ''}"


def ancestors(node):
    chain = []
    while node is not None:
        node = node.parent
        if node is not None:
            chain.append(node)
    return chain


def with_events(kind, handler, steps, settle_ms=350, done=lambda: False):
    """Runs the event loop with `handler` listening for `kind` while each of `steps` (a function) is
    run in turn, settle_ms apart (events arrive meanwhile), until they are run or done() is true."""
    from gi.repository import GLib

    pyatspi.Registry.registerEventListener(handler, kind)
    remaining = list(steps)

    def next_step():
        if not remaining or done():
            pyatspi.Registry.stop()
            return False
        remaining.pop(0)()
        return True

    GLib.timeout_add(settle_ms, next_step)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(handler, kind)


def press(key):
    subprocess.run(["xdotool", "key", key], check=True)


def keys(root, count, key):
    """The focus after each press, from the focus events (a combo box's inner button, which has the
    focus for it, hangs under no showing parent)."""
    last = [focused(root)]

    def moved(event):
        if event.detail1:
            last[0] = event.source

    steps = [lambda: press(key)]
    for _ in range(count - 1):
        steps += [lambda: print(focus_line(last[0]), flush=True), lambda: press(key)]
    steps.append(lambda: print(focus_line(last[0]), flush=True))
    # Printing and pressing alternate: each press has its 350 ms before the focus is printed.
    with_events("object:state-changed:focused", moved, steps)


def move(root, key):
    old = focused(root)
    if old is None:
        sys.exit("nothing has the focus")
    old_ancestors = ancestors(old)
    said = []

    def moved(event):
        if not event.detail1 or said:
            return
        try:  # asked as the event is handled, as a screen reader does
            alive = not old.getState().contains(pyatspi.STATE_DEFUNCT)
        except Exception:
            alive = False
        new = event.source
        said.append("old focus alive" if alive else "old focus gone")
        for ancestor in reversed(ancestors(new)):
            if ancestor not in old_ancestors:
                said.append(f"ancestor {ancestor.getRoleName()}|{ancestor.name}")
        said.append("focus " + focus_line(new))

    with_events("object:state-changed:focused", moved, [lambda: press(key), lambda: None], settle_ms=1000)
    for line in said:
        print(line)


def main_window(root):
    for index in range(root.childCount):
        frame = root.getChildAtIndex(index)
        if frame.getRole() == pyatspi.ROLE_FRAME and frame.getState().contains(pyatspi.STATE_SHOWING):
            return frame
    return root


def check(root, question_text, level_texts, scores):
    """question_text: the question shown; level_texts: its five descriptors in order;
    scores: the numbers the dashboard's text must hold (the headline and each pillar's)."""
    problems = []
    frame = main_window(root)
    nodes = list(showing(frame))
    for node in nodes:
        role = node.getRole()
        if role in INTERACTIVE and node.getState().contains(pyatspi.STATE_ENABLED) and not accessible_name(node).strip():
            problems.append(f"nameless {describe(node)}")
    radios = [node for node in nodes if node.getRole() == pyatspi.ROLE_RADIO_BUTTON]
    levels = [radio for radio in radios if radio.name[:1].isdigit()]
    if len(levels) != len(level_texts):
        problems.append(f"{len(levels)} level radio buttons, not {len(level_texts)}: {[r.name for r in levels]}")
    for radio, descriptor in zip(levels, level_texts):
        said = words(radio.name + " " + radio.description)
        descriptor = words(descriptor)
        if descriptor not in said:
            problems.append(f"level {radio.name!r} does not carry its own descriptor {descriptor[:40]!r}: {said!r}")
        for other in map(words, level_texts):
            if other != descriptor and other in said:
                problems.append(f"level {radio.name!r} carries another level's descriptor {other[:40]!r}")
        members = relations(radio, pyatspi.RELATION_MEMBER_OF)
        if len(members) != len(level_texts):
            problems.append(f"level {radio.name!r} is counted in a group of {len(members)}")
        for label in relations(radio, pyatspi.RELATION_LABELLED_BY):
            if words(label.name or text_of(label)) in [words(text) for text in level_texts]:
                problems.append(f"level {radio.name!r} is labelled by a descriptor")
    if levels:
        group = levels[0].parent
        if question_text not in (group.name or ""):
            problems.append(f"the level group is named {group.name!r}, not by the question {question_text[:40]!r}")
    for tree in [node for node in nodes if node.getRole() == pyatspi.ROLE_TREE_TABLE and node.name == "Questions"]:
        table = tree.queryTable()
        for row in range(min(table.nRows, 30)):
            cells = [table.getAccessibleAt(row, column) for column in range(table.nColumns)]
            texts = [words(text_of(cell) or cell.name) for cell in cells if cell is not None]
            said = " ".join(text for text in texts if text)
            if any(text and set(text) <= set("✓⚑– ") for text in texts):
                problems.append(f"the question list reads a mark as a symbol: {said[:60]!r}")
            if re.search(r"\bP\d+\.Q\d+", said) and not re.match(r"(answered|not answered|not applicable|not asked)\b", said):
                problems.append(f"a question in the list does not start with its state in words: {said[:60]!r}")
    bars = [node for node in nodes if node.getRole() == pyatspi.ROLE_STATUS_BAR]
    if not any(node.name for node in bars):
        problems.append("no status bar saying its text")
    summary = [node for node in nodes if node.name == "Scores in words" and node.getRole() == pyatspi.ROLE_TEXT]
    if not summary:
        problems.append("no showing object named 'Scores in words'")
    else:
        text = text_of(summary[0])
        for number in scores:
            if number not in text:
                problems.append(f"the dashboard's text lacks {number}: {text[:200]!r}")
    for line in problems:
        print("FAIL " + line)
    return 1 if problems else 0


def nameless(root):
    """The controls a screen reader can only call by their role, in every showing window. The
    entry of an editable combo box is spoken with the combo's name."""
    for node in showing(root):
        if (node.getRole() in INTERACTIVE and node.getState().contains(pyatspi.STATE_ENABLED)
                and not accessible_name(node).strip()):
            parent = node.parent
            if parent is not None and parent.getRole() == pyatspi.ROLE_COMBO_BOX and accessible_name(parent).strip():
                continue
            print(describe(node))


def listen(keys, seconds=1.5, until=None):
    heard = []

    def appeared(event):
        if event.detail1 and event.source is not None and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
            heard.append(event.source.name)

    with_events("object:state-changed:showing", appeared,
                [lambda key=key: press(key) for key in keys] + [lambda: None] * int(seconds / 0.3), settle_ms=300,
                done=lambda: until is not None and any(until in line for line in heard))
    for line in heard:
        print(line)


if __name__ == "__main__":
    root = app()
    command = sys.argv[1] if len(sys.argv) > 1 else "dump"
    if command == "dump":
        dump(root)
    elif command == "nameless":
        nameless(root)
    elif command == "focus":
        print(focus_line(focused(root)))
    elif command == "listen":
        if sys.argv[2] == "--until":
            listen(sys.argv[5:], float(sys.argv[4]), sys.argv[3])
        else:
            listen(sys.argv[2:])
    elif command == "keys":
        keys(root, int(sys.argv[2]), sys.argv[3])
    elif command == "move":
        move(root, sys.argv[2])
    elif command == "check":
        # check QUESTION LEVEL0 … LEVEL4 -- SCORE …
        arguments = sys.argv[2:]
        split = arguments.index("--")
        sys.exit(check(root, arguments[0], arguments[1:split], arguments[split + 1:]))
    else:
        sys.exit("unknown command " + command)
