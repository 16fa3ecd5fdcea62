"""Write employee records as the canonical JSON file, a CSV directory, or an Excel workbook.

The output is byte-for-byte reproducible: same records, same bytes (the workbook's zip
timestamps and document dates are pinned), so the committed dataset diffs cleanly.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from knowledge.records.models import Employee, EmployeeFile
from knowledge.records.tables import CHILD_TABLES, EMPLOYEE_COLUMNS, EMPLOYEE_TABLE, cell_text, child_rows, employee_row

_FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
_FIXED_DOC_TIME = "2026-01-01T00:00:00Z"


def dumps_json(employees: list[Employee]) -> str:
    """One key per line, one list item per line: compact, and a changed month is a one-line diff."""
    doc = EmployeeFile(employees=employees).model_dump(mode="json", exclude_none=True)
    out = ['{"schema_version": 1, "employees": [']
    for i, emp in enumerate(doc["employees"]):
        lines = []
        for key, value in emp.items():
            if isinstance(value, list) and value:
                items = ",\n    ".join(_compact(v) for v in value)
                lines.append(f'  "{key}": [\n    {items}\n  ]')
            else:
                lines.append(f'  "{key}": {_compact(value)}')
        out.append("{\n" + ",\n".join(lines) + "\n}" + ("," if i < len(doc["employees"]) - 1 else ""))
    out.append("]}")
    return "\n".join(out) + "\n"


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def write_json(employees: list[Employee], path: str | Path) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(dumps_json(employees), encoding="utf-8")
    return p


def write_csv_tables(employees: list[Employee], directory: str | Path) -> list[Path]:
    """``employees.csv`` plus one ``<table>.csv`` per list, UTF-8, header in the first row."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    written = [_write_csv(d / f"{EMPLOYEE_TABLE}.csv", list(EMPLOYEE_COLUMNS), [employee_row(e) for e in employees])]
    for spec in CHILD_TABLES:
        rows = [r for e in employees for r in child_rows(e, spec)]
        written.append(_write_csv(d / f"{spec.name}.csv", spec.columns, rows))
    return written


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, object]]) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([cell_text(r.get(c)) for c in columns])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def write_xlsx(employees: list[Employee], path: str | Path) -> Path:
    """One sheet per table, same names and columns as the CSV files; dates and money as typed cells."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    tables = [(EMPLOYEE_TABLE, list(EMPLOYEE_COLUMNS), [employee_row(e) for e in employees])]
    tables += [(s.name, s.columns, [r for e in employees for r in child_rows(e, s)]) for s in CHILD_TABLES]
    for name, columns, rows in tables:
        ws = wb.create_sheet(name)
        ws.append(columns)
        for r in rows:
            ws.append([_xlsx_value(r.get(c)) for c in columns])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(cell.value, Decimal):
                    cell.number_format = "0.00"
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(_pin_zip(buf.getvalue()))
    return p


def _xlsx_value(value: object) -> object:
    if value is None or isinstance(value, (date, Decimal, int)) and not isinstance(value, bool):
        return value
    return cell_text(value)


def _pin_zip(data: bytes) -> bytes:
    """Rewrite the workbook zip with fixed timestamps so identical data gives identical bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                                 rb"\g<1>" + _FIXED_DOC_TIME.encode() + rb"\g<2>", content)
            pinned = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            dst.writestr(pinned, content)
    return out.getvalue()
