#!/usr/bin/env python3
"""Writes the line-break class of every code point as a compact C++ range table, from the Unicode
Character Database that Debian ships (unicode-data: LineBreak.txt, EastAsianWidth.txt).

usage: line_break_classes.py LineBreak.txt EastAsianWidth.txt OUTPUT.inc

The classes are resolved as UAX #14 rule LB1 says for text without a known script context:
AI, SG and XX become AL; SA becomes CM when it is a combining mark (Mn, Mc) and AL otherwise;
CJ becomes ID (the "normal" line breaking of Chinese and Japanese). Opening and closing
punctuation that is East Asian wide (F, W, H) gets classes of its own (OPW, CPW), because rule
LB30 treats it apart.
"""
import re
import sys

# Unassigned code points that LineBreak.txt's header says default to ID or PR, not XX.
DEFAULTS = [
    (0x3400, 0x4DBF, "ID"), (0x4E00, 0x9FFF, "ID"), (0xF900, 0xFAFF, "ID"),
    (0x20000, 0x2FFFD, "ID"), (0x30000, 0x3FFFD, "ID"),
    (0x1F000, 0x1FAFF, "ID"), (0x1FC00, 0x1FFFD, "ID"),
    (0x20A0, 0x20CF, "PR"),
]
RESOLVED = {"AI": "AL", "SG": "AL", "XX": "AL", "CJ": "ID"}
LINE = re.compile(r"^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*(\w+)\s*(?:#\s*(\w\w))?")


def read(path):
    """(first, last, value, general category) of each data line."""
    with open(path, encoding="utf-8") as data:
        for line in data:
            match = LINE.match(line)
            if match:
                first = int(match.group(1), 16)
                last = int(match.group(2), 16) if match.group(2) else first
                yield first, last, match.group(3), match.group(4) or ""


def main(line_break_path, width_path, output_path):
    classes = ["XX"] * 0x110000
    for first, last, value in DEFAULTS:
        classes[first:last + 1] = [value] * (last - first + 1)
    for first, last, value, category in read(line_break_path):
        if value == "SA":
            value = "CM" if category in ("Mn", "Mc") else "AL"
        classes[first:last + 1] = [value] * (last - first + 1)
    classes = [RESOLVED.get(value, value) for value in classes]
    for first, last, width, _ in read(width_path):
        if width in ("F", "W", "H"):
            for code in range(first, last + 1):
                if classes[code] in ("OP", "CP"):
                    classes[code] += "W"
    ranges = []
    for code, value in enumerate(classes):
        if not ranges or ranges[-1][1] != value:
            ranges.append((code, value))
    with open(output_path, "w", encoding="utf-8") as out:
        out.write("// Generated at build time by reports/tools/line_break_classes.py from Unicode's\n"
                  "// LineBreak.txt and EastAsianWidth.txt: do not edit. Each entry: the first code point\n"
                  "// of a range and the class of the whole range, up to the next entry.\n")
        out.write(f"constexpr LineBreakRange kLineBreakRanges[{len(ranges)}] = {{\n")
        for code, value in ranges:
            out.write(f"    {{0x{code:X}, C::{value}}},\n")
        out.write("};\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
