#!/usr/bin/python3
"""Facts about an office document, read the way a user's software reads it (python-docx,
openpyxl), printed as one JSON object for the C++ tests to check.

    office_facts.py docx FILE
    office_facts.py xlsx FILE
"""
import json
import sys
import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_facts(path):
    import docx  # python3-docx

    document = docx.Document(path)
    paragraphs = []
    for paragraph in document.paragraphs:
        ppr = paragraph._p.pPr
        runs = list(paragraph._p.iter(f"{W}r"))  # hyperlinks' runs too
        paragraphs.append({
            "style": paragraph.style.name,
            "text": paragraph.text,
            "bidi": ppr is not None and ppr.find(f"{W}bidi") is not None,
            "rtl_runs": sum(1 for r in runs if r.find(f"{W}rPr/{W}rtl") is not None),
            "runs": len(runs),
        })
    tables = []
    for table in document.tables:
        tblpr = table._tbl.tblPr
        tables.append({
            "style": table.style.name if table.style is not None else "",
            "rows": len(table.rows),
            "columns": len(table.columns),
            "header": [cell.text for cell in table.rows[0].cells] if table.rows else [],
            "repeat_header": table._tbl.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None,
            "bidi_visual": tblpr.find(f"{W}bidiVisual") is not None,
            "text": [[cell.text for cell in row.cells] for row in table.rows],
        })
    section = document.sections[0]
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        body = package.read("word/document.xml").decode("utf-8")
        styles = package.read("word/styles.xml").decode("utf-8")
        charts = {name: package.read(name).decode("utf-8") for name in names if name.startswith("word/charts/chart")}
        footer = package.read("word/footer1.xml").decode("utf-8")
        bad = package.testzip()
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    fonts = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    return {
        "paragraphs": paragraphs,
        "tables": tables,
        "styles": sorted(style.name for style in document.styles),
        "header": [p.text for p in section.header.paragraphs],
        "footer": [p.text for p in section.footer.paragraphs],
        "footer_fields": [field for field in ("PAGE", "NUMPAGES") if f" {field} " in footer],
        "first_page_header": [p.text for p in section.first_page_header.paragraphs],
        "different_first_page": section.different_first_page_header_footer,
        "toc_field": "TOC \\o" in body,
        "lang": {key.split("}")[1]: value for key, value in lang.attrib.items()} if lang is not None else {},
        "fonts": {key.split("}")[1]: value for key, value in fonts.attrib.items()} if fonts is not None else {},
        "charts": {name: [kind for kind in ("radarChart", "barChart", "lineChart", "errBars") if f"<c:{kind}" in xml]
                   for name, xml in charts.items() if name.endswith(".xml")},
        "chart_series": {name: xml.count("<c:ser>") for name, xml in charts.items() if name.endswith(".xml")},
        "embedded": sorted(name for name in names if name.startswith("word/embeddings/")),
        "core_title": document.core_properties.title,
        "core_language": document.core_properties.language,
        "zip_ok": bad is None,
        "page_width": section.page_width,
    }


def xlsx_facts(path):
    import openpyxl  # python3-openpyxl

    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            rows.append([{"type": cell.data_type, "value": cell.value, "format": cell.number_format,
                          "wrap": bool(cell.alignment.wrap_text)} for cell in row])
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "right_to_left": bool(sheet.sheet_view.rightToLeft),
            "header": sheet.oddHeader.center.text,
            "header_left": sheet.oddHeader.left.text,
            "footer": sheet.oddFooter.center.text,
            "widths": {key: dim.width for key, dim in sheet.column_dimensions.items()},
            "heights": {str(key): dim.ht for key, dim in sheet.row_dimensions.items() if dim.ht},
            "rows": rows,
        })
    return {"sheets": sheets, "title": workbook.properties.title}


def main():
    kind, path = sys.argv[1], sys.argv[2]
    facts = docx_facts(path) if kind == "docx" else xlsx_facts(path)
    json.dump(facts, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
