#!/usr/bin/python3
"""Copies a TrueType font for the PDF reports, prepared for libharu 2.3:

- every composite glyph replaced by its outline: libharu embeds only the glyphs a document uses,
  and of a composite glyph (an Arabic alef with hamza, a Latin letter with an accent) it keeps the
  components one level down but not theirs: the hamza itself is a composite in DejaVu, so the
  printed letter lost it. A font without composites cannot lose anything.
- one character map (Windows Unicode BMP, format 4) in a few long segments: libharu looks a
  character up by scanning the segments one by one, for each of the 65,536 codes when it loads a
  font, and a Chinese font's map has thousands of them.

Usage: prepare_font.py SOURCE.ttf OUTPUT.ttf   (Debian: python3-fonttools)
"""
import io
import struct
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.sfnt import SFNTReader, SFNTWriter
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._g_l_y_f import Glyph


def decompose(font):
    glyf = font["glyf"]
    count = 0
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if not glyph.isComposite():
            continue
        # The outline with every component's offset and transform applied, nested ones included.
        coordinates, end_points, flags = glyph.getCoordinates(glyf)
        coordinates.toInt()
        simple = Glyph()
        simple.numberOfContours = len(end_points)
        simple.coordinates = coordinates
        simple.endPtsOfContours = list(end_points)
        simple.flags = flags
        simple.program = ttProgram.Program()  # a component's hinting does not survive the merge
        simple.program.fromBytecode(b"")
        simple.recalcBounds(glyf)
        glyf[name] = simple
        count += 1
    return count


# Codes this far apart or closer share a segment, the codes between them mapped to no glyph.
SEGMENT_GAP = 64


def compact_cmap(codes_to_glyphs):
    """A cmap table with one format-4 subtable (platform 3, encoding 1) of few segments."""
    codes = sorted(code for code in codes_to_glyphs if code < 0xFFFF)
    ranges = []
    for code in codes:
        if ranges and code - ranges[-1][1] <= SEGMENT_GAP:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    ranges.append([0xFFFF, 0xFFFF])  # the final segment every format-4 map ends with
    count = len(ranges)
    ends = [end for _, end in ranges]
    starts = [start for start, _ in ranges]
    deltas = [0] * count
    offsets = []
    glyph_ids = []
    for i, (start, end) in enumerate(ranges):
        if start == 0xFFFF:
            deltas[i] = 1  # 0xFFFF + 1 = glyph 0
            offsets.append(0)
            continue
        # idRangeOffset: from this entry to the segment's first glyph id, in bytes.
        offsets.append(2 * (count - i) + 2 * len(glyph_ids))
        glyph_ids.extend(codes_to_glyphs.get(code, 0) for code in range(start, end + 1))
    length = 16 + 8 * count + 2 * len(glyph_ids)
    if length > 0xFFFF or max(offsets) > 0xFFFF:
        raise ValueError("the compact character map does not fit a format-4 subtable")
    search = 2 ** (count.bit_length() - 1)
    subtable = struct.pack(">7H", 4, length, 0, 2 * count, 2 * search, search.bit_length() - 1, 2 * (count - search))
    subtable += struct.pack(f">{count}H", *ends) + b"\0\0" + struct.pack(f">{count}H", *starts)
    subtable += struct.pack(f">{count}h", *[d if d < 0x8000 else d - 0x10000 for d in deltas])
    subtable += struct.pack(f">{count}H", *offsets) + struct.pack(f">{len(glyph_ids)}H", *glyph_ids)
    return struct.pack(">HHHHL", 0, 1, 3, 1, 12) + subtable


def main(source, output):
    font = TTFont(source)
    if any(font["glyf"][name].isComposite() for name in font.getGlyphOrder()):
        decompose(font)
    order = {name: index for index, name in enumerate(font.getGlyphOrder())}
    codes_to_glyphs = {code: order[name] for code, name in font.getBestCmap().items() if code < 0x10000}
    decomposed = io.BytesIO()
    font.save(decomposed)
    # The same font with the compact map in place of its own.
    reader = SFNTReader(io.BytesIO(decomposed.getvalue()))
    with open(output, "wb") as out:
        writer = SFNTWriter(out, len(reader.tables), reader.sfntVersion)
        for tag in reader.keys():
            writer[tag] = compact_cmap(codes_to_glyphs) if tag == "cmap" else reader[tag]
        writer.close()
    check = TTFont(output)
    left = [name for name in check.getGlyphOrder() if check["glyf"][name].isComposite()]
    if left:
        sys.exit(f"prepare_font.py: {output} still has composite glyphs: {left[:5]}")
    mapped = {code: order[name] for code, name in check.getBestCmap().items()}
    if mapped != codes_to_glyphs:
        sys.exit(f"prepare_font.py: {output}: the compact character map differs from the font's")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
