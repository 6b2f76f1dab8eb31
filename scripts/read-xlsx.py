#!/usr/bin/env python3
"""Reads an .xlsx workbook with openpyxl (an independent reader) and prints its sheets as JSON:
{"sheets": [{"name": ..., "rows": [[cell, ...], ...], "bold_header": true|false, "frozen": "A2"}]}.
Used by the tests to check that the spreadsheets MotCua writes open in a real spreadsheet library."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in book.worksheets:
    rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    out.append({
        "name": ws.title,
        "rows": rows,
        "bold_header": all(c.font.b for c in ws[1] if c.value is not None) if ws.max_row >= 1 else False,
        "frozen": ws.freeze_panes,
    })
print(json.dumps({"sheets": out}, ensure_ascii=False, default=str))
