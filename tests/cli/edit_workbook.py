#!/usr/bin/python3
"""Edits an instrument workbook the way a trainer would in a spreadsheet, with openpyxl (Debian's
python3-openpyxl): the tests' independent writer of .xlsx files.

usage: edit_workbook.py IN.xlsx OUT.xlsx EDITS.json

EDITS is a list of
  {"op": "set", "sheet": S, "id": ROW_ID, ["second": SECOND], "column": HEADER, "value": V}
      the row whose first cell is ROW_ID (and second cell SECOND); a missing column is added at the end
  {"op": "append", "sheet": S, "values": {HEADER: V, ...}}
      a new row after the last one, columns added as needed
"""
import json
import sys

import openpyxl


def column_of(sheet, header):
    for cell in sheet[1]:
        if cell.value == header:
            return cell.column
    column = sheet.max_column + 1
    sheet.cell(row=1, column=column, value=header)
    return column


def row_of(sheet, row_id, second=None):
    for row in range(2, sheet.max_row + 1):
        first = sheet.cell(row=row, column=1).value
        if first is not None and str(first) == row_id:
            if second is None or str(sheet.cell(row=row, column=2).value) == second:
                return row
    raise SystemExit(f"{sheet.title}: no row {row_id} {second or ''}")


def main():
    source, target, edits_path = sys.argv[1:4]
    book = openpyxl.load_workbook(source)
    with open(edits_path, encoding="utf-8") as edits_file:
        edits = json.load(edits_file)
    for edit in edits:
        sheet = book[edit["sheet"]]
        if edit["op"] == "set":
            row = row_of(sheet, edit["id"], edit.get("second"))
            sheet.cell(row=row, column=column_of(sheet, edit["column"]), value=edit["value"])
        elif edit["op"] == "append":
            row = sheet.max_row + 1
            for header, value in edit["values"].items():
                sheet.cell(row=row, column=column_of(sheet, header), value=value)
        else:
            raise SystemExit(f"unknown op {edit['op']}")
    book.save(target)


main()
