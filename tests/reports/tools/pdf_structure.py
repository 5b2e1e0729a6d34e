#!/usr/bin/python3
"""The tagged structure of a PDF, as a screen reader's PDF library sees it, read from qpdf's JSON.

  pdf_structure.py facts FILE.pdf   JSON: the catalog's entries, the structure elements in
                                    reading order, and every problem found

Problems: an MCID in a page's content with no structure element, or with more than one; a
structure element's MCID that is not in the page's content; a parent tree entry that does not
name the element holding the MCID; a page with marked content but no /StructParents.
"""
import base64
import json
import re
import subprocess
import sys


def load(pdf):
    out = subprocess.run(["qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized", pdf, "-"],
                         check=True, capture_output=True).stdout
    objects = {}
    trailer = None
    for key, value in json.loads(out)["qpdf"][1].items():
        if key == "trailer":
            trailer = value["value"]
        elif key.startswith("obj:"):
            objects[key[4:]] = value
    return objects, trailer


class Pdf:
    def __init__(self, pdf):
        self.objects, self.trailer = load(pdf)

    def resolve(self, value):
        while isinstance(value, str) and re.fullmatch(r"\d+ \d+ R", value):
            entry = self.objects.get(value)
            if entry is None:
                return None
            value = entry["value"] if "value" in entry else entry["stream"]["dict"]
        return value

    def stream_data(self, ref):
        entry = self.objects[ref]["stream"]
        return base64.b64decode(entry.get("data", ""))


def text(value):
    if isinstance(value, str) and value.startswith("u:"):
        return value[2:]
    if isinstance(value, str) and value.startswith("b:"):
        raw = bytes.fromhex(value[2:])
        return raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")
    return value


def pages_of(pdf, node_ref, found):
    node = pdf.resolve(node_ref)
    if node.get("/Type") == "/Pages":
        for kid in node["/Kids"]:
            pages_of(pdf, kid, found)
    else:
        found.append(node_ref)
    return found


MCID = re.compile(rb"/(\w+)\s*<<[^>]*?/MCID\s+(\d+)[^>]*>>\s*BDC")


def facts(path):
    pdf = Pdf(path)
    root = pdf.resolve(pdf.trailer["/Root"])
    result = {"problems": []}
    problems = result["problems"]
    result["lang"] = text(root.get("/Lang"))
    result["marked"] = (pdf.resolve(root.get("/MarkInfo")) or {}).get("/Marked") is True
    preferences = pdf.resolve(root.get("/ViewerPreferences")) or {}
    result["display_doc_title"] = preferences.get("/DisplayDocTitle") is True
    result["direction"] = preferences.get("/Direction")
    pages = pages_of(pdf, root["/Pages"], [])
    page_index = {ref: i for i, ref in enumerate(pages)}

    # Marked content in the pages' content streams: (page, MCID) -> its tag.
    in_content = {}
    artifacts = 0
    for ref in pages:
        page = pdf.resolve(ref)
        contents = page.get("/Contents")
        refs = contents if isinstance(contents, list) else [contents]
        data = b"".join(pdf.stream_data(r) for r in refs if r)
        artifacts += len(re.findall(rb"/Artifact\s+BMC", data))
        for tag, mcid in MCID.findall(data):
            key = (page_index[ref], int(mcid))
            if key in in_content:
                problems.append(f"page {key[0] + 1}: MCID {key[1]} marks two sequences")
            in_content[key] = tag.decode()
    result["marked_sequences"] = len(in_content)
    result["artifacts"] = artifacts

    tree_ref = root.get("/StructTreeRoot")
    result["elements"] = []
    if tree_ref is None:
        problems.append("no structure tree")
        return result
    tree = pdf.resolve(tree_ref)
    owners = {}  # (page, MCID) -> the element object holding it
    elements = result["elements"]

    def walk(ref, depth):
        element = pdf.resolve(ref)
        kind = element.get("/S", "?")[1:]
        entry = {"type": kind, "depth": depth, "mcids": [], "pages": []}
        if "/Alt" in element:
            entry["alt"] = text(element["/Alt"])
        layout = pdf.resolve(element.get("/A")) or {}
        if "/BBox" in layout:
            entry["bbox"] = layout["/BBox"]
        elements.append(entry)
        default_page = element.get("/Pg")
        kids = element.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        for kid in kids:
            if isinstance(kid, int):
                page, mcid = default_page, kid
            else:
                value = pdf.resolve(kid)
                if value.get("/Type") == "/MCR":
                    page, mcid = value.get("/Pg", default_page), value["/MCID"]
                elif "/S" in value:
                    walk(kid, depth + 1)
                    continue
                else:
                    problems.append(f"{kind}: a kid that is neither an element nor marked content")
                    continue
            if page not in page_index:
                problems.append(f"{kind}: MCID {mcid} on no page of the document")
                continue
            key = (page_index[page], mcid)
            if key in owners:
                problems.append(f"page {key[0] + 1}: MCID {mcid} belongs to two elements")
            owners[key] = ref
            entry["mcids"].append(mcid)
            entry["pages"].append(key[0] + 1)
            if key not in in_content:
                problems.append(f"{kind}: MCID {mcid} of page {key[0] + 1} is not in its content")
            elif in_content[key] != kind:
                problems.append(f"page {key[0] + 1}: MCID {mcid} is marked /{in_content[key]} in an element {kind}")

    kids = tree.get("/K")
    for kid in kids if isinstance(kids, list) else [kids]:
        walk(kid, 0)
    for key in in_content:
        if key not in owners:
            problems.append(f"page {key[0] + 1}: MCID {key[1]} has no structure element")

    # The parent tree: each page's /StructParents entry names the element of each of its MCIDs.
    nums = pdf.resolve(pdf.resolve(tree.get("/ParentTree")).get("/Nums", []))
    parents = {nums[i]: pdf.resolve(nums[i + 1]) for i in range(0, len(nums), 2)}
    for ref in pages:
        page = pdf.resolve(ref)
        marked = sorted(mcid for (p, mcid) in in_content if p == page_index[ref])
        if not marked:
            continue
        key = page.get("/StructParents")
        if key is None or key not in parents:
            problems.append(f"page {page_index[ref] + 1}: marked content but no parent tree entry")
            continue
        entry = parents[key]
        for mcid in marked:
            if mcid >= len(entry) or entry[mcid] != owners.get((page_index[ref], mcid)):
                problems.append(f"page {page_index[ref] + 1}: the parent tree names another element for MCID {mcid}")
    return result


if __name__ == "__main__":
    if sys.argv[1] == "facts":
        print(json.dumps(facts(sys.argv[2]), ensure_ascii=False))
