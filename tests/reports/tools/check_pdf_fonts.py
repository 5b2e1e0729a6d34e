#!/usr/bin/python3
"""Checks that every glyph a PDF prints is whole, in every embedded TrueType font.

Usage: check_pdf_fonts.py FILE.pdf   (Debian: python3-fonttools, qpdf)

For each embedded font (FontFile2): every composite glyph kept in the subset has all its
components, at every depth, with outlines; and every code the text draws (from the font's
ToUnicode map and CIDToGIDMap) has a glyph with an outline, unless it is a space or a control.
Prints one line per fault and a summary; exits 1 when a glyph is not whole.
"""
import base64
import io
import json
import re
import subprocess
import sys
import unicodedata

from fontTools.ttLib import TTFont


def objects_of(pdf):
    out = subprocess.run(["qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized", pdf],
                         capture_output=True, check=True).stdout
    return json.loads(out)["qpdf"][1]


def stream_bytes(objects, ref):
    return base64.b64decode(objects["obj:" + ref]["stream"]["data"])


def dict_of(objects, ref):
    entry = objects["obj:" + ref]
    return entry["stream"]["dict"] if "stream" in entry else entry["value"]


def drawn_codes(cmap_text):
    """The codes a ToUnicode map names (bfchar and bfrange entries)."""
    codes = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap_text, re.S):
        for source in re.findall(r"<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]*>", block):
            codes.add(int(source, 16))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap_text, re.S):
        for low, high in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*[<\[]", block):
            codes.update(range(int(low, 16), int(high, 16) + 1))
    return codes


def has_outline(glyf, name):
    glyph = glyf[name]
    if glyph.isComposite():
        return all(has_outline(glyf, component.glyphName) for component in glyph.components)
    return glyph.numberOfContours > 0


def blank(code):
    return unicodedata.category(chr(code))[0] in "ZC"


def main(pdf):
    objects = objects_of(pdf)
    faults = []
    fonts = composites = codes_checked = 0
    for key, entry in objects.items():
        value = entry.get("value")
        if not isinstance(value, dict) or value.get("/Type") != "/Font" or value.get("/Subtype") != "/Type0":
            continue
        descendant = dict_of(objects, value["/DescendantFonts"][0].replace(" R", " R"))
        descriptor = dict_of(objects, descendant["/FontDescriptor"])
        if "/FontFile2" not in descriptor:
            continue
        fonts += 1
        name = descriptor.get("/FontName", key)
        font = TTFont(io.BytesIO(stream_bytes(objects, descriptor["/FontFile2"])))
        glyf = font["glyf"]
        order = font.getGlyphOrder()
        for glyph_name in order:
            glyph = glyf[glyph_name]
            if not glyph.isComposite():
                continue
            composites += 1
            if not has_outline(glyf, glyph_name):
                parts = ", ".join(component.glyphName for component in glyph.components)
                faults.append(f"{name}: composite glyph {glyph_name} has a component without outline ({parts})")
        # The codes the text draws, through CIDToGIDMap to glyphs.
        if "/ToUnicode" not in value:
            continue
        codes = drawn_codes(stream_bytes(objects, value["/ToUnicode"]).decode("latin-1"))
        cid_to_gid = descendant.get("/CIDToGIDMap")
        gid_map = stream_bytes(objects, cid_to_gid) if cid_to_gid and cid_to_gid != "/Identity" else None
        for code in sorted(codes):
            if blank(code):
                continue
            gid = int.from_bytes(gid_map[2 * code:2 * code + 2], "big") if gid_map else code
            codes_checked += 1
            if gid == 0 or gid >= len(order) or not has_outline(glyf, order[gid]):
                faults.append(f"{name}: U+{code:04X} {chr(code)} is drawn with an empty or missing glyph (gid {gid})")
    for fault in faults[:40]:
        print(fault)
    if len(faults) > 40:
        print(f"… and {len(faults) - 40} more")
    print(f"{pdf}: {fonts} embedded TrueType fonts, {composites} composite glyphs, {codes_checked} drawn codes checked, "
          f"{len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
