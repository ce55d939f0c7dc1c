"""Fills Lanewise questionnaire forms as a respondent would, with openpyxl (not Lanewise's writer).

Usage: python3 fill_survey_form.py SPEC.json
SPEC: {"template": path, "forms": [{"out": path, "department": "...", "position": "...",
        "respondent": "...", "answers": {"1.1": 4, ...}}],
       "tally": optional {"out": path, "rows": [{"department", "position", "respondent", "answers"}]}}
The fields are found by their labels and the statements by their numbers, as a person finds them.
"""
import json
import sys

import openpyxl

FIELD_LABELS = {
    "department": ("所在部门", "Department"),
    "position": ("岗位", "Position"),
    "respondent": ("姓名或编号（可不填）", "Name or code (optional)"),
}


def fill_form(template, spec):
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            for field, labels in FIELD_LABELS.items():
                if cell.value in labels and field in spec:
                    sheet.cell(row=cell.row, column=cell.column + 1, value=spec[field])
            if cell.column == 2 and isinstance(cell.value, str) and cell.value in spec.get("answers", {}):
                sheet.cell(row=cell.row, column=4, value=spec["answers"][cell.value])
    book.save(spec["out"])


def fill_tally(template, spec):
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[1]
    header = None
    for row in sheet.iter_rows(min_row=1, max_row=10):
        if row[0].value in FIELD_LABELS["department"]:
            header = row
    columns = {}
    for cell in header:
        text = str(cell.value or "")
        code = text.split(" ", 1)[0]
        columns[code] = cell.column
    for i, entry in enumerate(spec["rows"]):
        r = header[0].row + 1 + i
        sheet.cell(row=r, column=1, value=entry.get("department"))
        sheet.cell(row=r, column=2, value=entry.get("position"))
        sheet.cell(row=r, column=3, value=entry.get("respondent"))
        for code, value in entry["answers"].items():
            sheet.cell(row=r, column=columns[code], value=value)
    book.save(spec["out"])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    for form in spec.get("forms", []):
        fill_form(spec["template"], form)
    if spec.get("tally"):
        fill_tally(spec["template"], spec["tally"])


main()
