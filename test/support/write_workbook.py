"""Writes a plain workbook with openpyxl (not Lanewise's writer), as a client would make one by hand.

Usage: python3 write_workbook.py SPEC.json
SPEC: {"out": path, "sheet": name, "rows": [[cell, ...], ...]}  (the first row is the header)
"""
import json
import sys

import openpyxl

with open(sys.argv[1], encoding="utf-8") as f:
    spec = json.load(f)
book = openpyxl.Workbook()
sheet = book.active
sheet.title = spec.get("sheet", "Sheet1")
for row in spec["rows"]:
    sheet.append(row)
book.save(spec["out"])
