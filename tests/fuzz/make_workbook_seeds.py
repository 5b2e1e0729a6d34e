#!/usr/bin/python3
"""Regenerates the instrument_workbook fuzz seeds that import successfully (ok-*.xlsx).

Usage: tests/fuzz/make_workbook_seeds.py CLI OUT_DIR
  CLI      the built c5kit-cli (it exports tests/data/instruments/minimal.json)
  OUT_DIR  tests/fuzz/corpus/instrument_workbook

Writes ok-kit-export-minimal.xlsx (the exporter's own), ok-libreoffice-resaved-minimal.xlsx (that
workbook re-saved by LibreOffice Calc headless) and ok-inline-strings-empty-rows.xlsx (every text
an inline string, numbers stored as text, and empty rows between the rows), so that the replay
reaches the success path and ValidateInstrument, not only the refusals.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
cli, out = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
try:
    export = os.path.join(work, "minimal.xlsx")
    subprocess.run([cli, "instrument", "export", os.path.join(root, "tests/data/instruments/minimal.json"),
                    "--xlsx", export], check=True, stdout=subprocess.DEVNULL)
    shutil.copy(export, os.path.join(out, "ok-kit-export-minimal.xlsx"))

    # LibreOffice Calc re-saves it: its own shared strings, styles and empty cells.
    lo = os.path.join(work, "lo")
    os.mkdir(lo)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "xlsx",
                    "--outdir", lo, export], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(lo, "minimal.xlsx"), os.path.join(out, "ok-libreoffice-resaved-minimal.xlsx"))

    # Inline strings instead of shared ones, numbers as text, an empty row after each row.
    with zipfile.ZipFile(export) as source:
        shared = re.findall(r"<si>(.*?)</si>", source.read("xl/sharedStrings.xml").decode(), re.S)
        texts = ["".join(re.findall(r"<t[^>]*>(.*?)</t>", item, re.S)) for item in shared]
        # The settings sheet has its one row of values in row 2: no empty row there.
        sheets = dict(re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', source.read("xl/workbook.xml").decode()))
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', source.read("xl/_rels/workbook.xml.rels").decode()))
        settings = "xl/" + targets[sheets["settings"]].lstrip("/").removeprefix("xl/")
        with zipfile.ZipFile(os.path.join(out, "ok-inline-strings-empty-rows.xlsx"), "w",
                             zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                data = source.read(name).decode()
                if name.startswith("xl/worksheets/sheet"):
                    def inline(match):
                        attributes, index = match.group(1), int(match.group(2))
                        attributes = attributes.replace(' t="s"', ' t="inlineStr"')
                        return f'<c{attributes}><is><t xml:space="preserve">{texts[index]}</t></is></c>'
                    data = re.sub(r'<c([^>]*t="s"[^>]*)><v>(\d+)</v></c>', inline, data)
                    data = re.sub(r'<c([^>]*?)(?: t="n")?><v>(-?[\d.]+)</v></c>',
                                  lambda m: f'<c{m.group(1)} t="inlineStr"><is><t>{m.group(2)}</t></is></c>', data)

                if name.startswith("xl/worksheets/sheet") and name != settings:
                    # Row n becomes row 2n - 1: an empty row between every two.
                    def renumber(match):
                        return match.group(1) + str(2 * int(match.group(2)) - 1) + match.group(3)
                    data = re.sub(r'(<row r=")(\d+)(")', renumber, data)
                    data = re.sub(r'(<c r="[A-Z]+)(\d+)(")', renumber, data)
                    data = re.sub(r'(<row r="(\d+)")', lambda m: (f'<row r="{int(m.group(2)) - 1}"/>' if int(m.group(2)) > 1 else "") + m.group(1), data)
                    data = re.sub(r'<dimension ref="[^"]*"/>', "", data)
                if name == "xl/sharedStrings.xml":
                    data = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'
                target.writestr(name, data)
finally:
    shutil.rmtree(work)
