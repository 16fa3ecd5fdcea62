"""Load employee records from JSON, a CSV directory or an Excel workbook, with validation.

A bad row is reported (file, table, row, field, Chinese reason, machine code) and the good rows
still load. An employee is loaded whole or not at all: if any of its rows is bad (a negative
wage in ``wages.csv``, say) the employee is left out and an ``employee_incomplete`` error says
why, because a record with a month missing would give wrong 12-month figures downstream.
A file that cannot be read at all raises :class:`RecordsFileError`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, ValidationError

from knowledge.records.issues import RecordIssue, RecordsFileError, field_path, translate
from knowledge.records.models import KNOWN_CITIES, Employee
from knowledge.records.tables import (
    CHILD_BY_ATTR,
    CHILD_TABLES,
    EMPLOYEE_COLUMNS,
    EMPLOYEE_TABLE,
    ChildTable,
    column_for,
    employee_input,
    item_input,
)

log = logging.getLogger(__name__)


class EmployeeLoadResult(BaseModel):
    employees: list[Employee]
    errors: list[RecordIssue]
    warnings: list[RecordIssue]
    files: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors

    def by_id(self) -> dict[str, Employee]:
        return {e.employee_id: e for e in self.employees}


def load_employees(path: str | Path) -> EmployeeLoadResult:
    """Load ``employees.json``, ``employees.xlsx``, or a CSV directory (or its ``employees.csv``)."""
    p = Path(path)
    if p.is_dir():
        result = _load_csv_dir(p)
    elif not p.exists():
        raise RecordsFileError(str(p), "file_not_found", "文件不存在")
    elif p.suffix.lower() == ".json":
        result = _load_json(p)
    elif p.suffix.lower() == ".csv":
        result = _load_csv_dir(p.parent, main=p)
    elif p.suffix.lower() in (".xlsx", ".xlsm"):
        result = _load_xlsx(p)
    else:
        raise RecordsFileError(str(p), "unsupported_format", "不支持的文件格式，应为 .json、.csv 或 .xlsx")
    log.info("loaded %d employees from %s (%d errors, %d warnings)",
             len(result.employees), p, len(result.errors), len(result.warnings))
    return result


# ---------------------------------------------------------------- JSON


def _load_json(path: Path) -> EmployeeLoadResult:
    file = str(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"), parse_float=Decimal)
    except UnicodeDecodeError:
        raise RecordsFileError(file, "bad_encoding", "文件不是 UTF-8 编码") from None
    except json.JSONDecodeError as exc:
        raise RecordsFileError(file, "invalid_json", f"JSON 格式错误：第{exc.lineno}行第{exc.colno}列") from None
    items = raw.get("employees") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise RecordsFileError(file, "missing_table", "JSON 中没有 employees 列表")

    errors: list[RecordIssue] = []
    employees: list[Employee] = []
    where: dict[str, tuple[str, str | None, int]] = {}
    for row, obj in enumerate(items, start=1):
        eid = obj.get("employee_id") if isinstance(obj, dict) else None
        eid = eid if isinstance(eid, str) else None
        if not isinstance(obj, dict):
            errors.append(RecordIssue(file=file, row=row, code="invalid_type", message="每名员工应为一个对象"))
            continue
        try:
            emp = Employee.model_validate(obj)
        except ValidationError as exc:
            for code, loc, message in translate(exc):
                errors.append(RecordIssue(file=file, row=row, field=field_path(loc) or None, code=code,
                                          message=message, employee_id=eid))
            continue
        if emp.employee_id in where:
            errors.append(_duplicate(file, None, row, emp.employee_id, where[emp.employee_id][2]))
            continue
        where[emp.employee_id] = (file, None, row)
        employees.append(emp)
    warnings = _cross_checks(employees, where)
    return EmployeeLoadResult(employees=employees, errors=errors, warnings=warnings, files=[file])


# ---------------------------------------------------------------- tables (CSV and Excel)


@dataclass
class _Table:
    file: str
    table: str | None  # sheet name in a workbook; None for a CSV file (the file names it)
    header: list[str]
    rows: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    extra_cells: list[int] = field(default_factory=list)


def _load_csv_dir(directory: Path, main: Path | None = None) -> EmployeeLoadResult:
    main = main or directory / f"{EMPLOYEE_TABLE}.csv"
    if not main.exists():
        raise RecordsFileError(str(main), "missing_table", "缺少员工主表 employees.csv")
    tables = {EMPLOYEE_TABLE: _read_csv(main)}
    warnings: list[RecordIssue] = []
    for spec in CHILD_TABLES:
        p = directory / f"{spec.name}.csv"
        if p.exists():
            tables[spec.name] = _read_csv(p)
        else:
            warnings.append(RecordIssue(file=str(p), code="missing_table", severity="warning",
                                        message=f"未找到 {spec.name}.csv，按无记录处理"))
    result = _assemble(tables)
    result.warnings[:0] = warnings
    return result


def _read_csv(path: Path) -> _Table:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK unless told otherwise
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise RecordsFileError(str(path), "bad_encoding", "无法识别文件编码（应为 UTF-8 或 GBK）")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    table = _Table(file=str(path), table=None, header=header)
    for row in reader:
        if None in row:
            table.extra_cells.append(reader.line_num)
            row.pop(None)
        if any(isinstance(v, str) and v.strip() for v in row.values()):
            table.rows.append((reader.line_num, row))
    return table


def _load_xlsx(path: Path) -> EmployeeLoadResult:
    import openpyxl  # only the Excel path needs it
    from openpyxl.utils.exceptions import InvalidFileException

    file = str(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise RecordsFileError(file, "bad_workbook", "无法打开 Excel 工作簿（文件损坏或不是 .xlsx）") from None
    try:
        if EMPLOYEE_TABLE not in wb.sheetnames:
            raise RecordsFileError(file, "missing_table", "工作簿中缺少 employees 工作表")
        tables: dict[str, _Table] = {}
        warnings: list[RecordIssue] = []
        for name in [EMPLOYEE_TABLE, *(t.name for t in CHILD_TABLES)]:
            if name not in wb.sheetnames:
                warnings.append(RecordIssue(file=file, table=name, code="missing_table", severity="warning",
                                            message=f"未找到工作表 {name}，按无记录处理"))
                continue
            tables[name] = _read_sheet(file, name, wb[name])
    finally:
        wb.close()
    result = _assemble(tables)
    result.warnings[:0] = warnings
    return result


def _read_sheet(file: str, name: str, ws) -> _Table:
    rows = ws.iter_rows(values_only=True)
    first = next(rows, None) or ()
    header = [str(h).strip() if h is not None else "" for h in first]
    while header and not header[-1]:
        header.pop()
    table = _Table(file=file, table=name, header=header)
    for number, values in enumerate(rows, start=2):
        if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if any(v is not None for v in values[len(header):]):
            table.extra_cells.append(number)
        table.rows.append((number, {h: _cell(v) for h, v in zip(header, values) if h}))
    return table


def _cell(value: object) -> object:
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, float):
        return Decimal(repr(value))  # shortest round-trip text: 931.03, not 931.029999…
    return value


def _assemble(tables: dict[str, _Table]) -> EmployeeLoadResult:
    errors: list[RecordIssue] = []
    warnings: list[RecordIssue] = []
    main = tables[EMPLOYEE_TABLE]
    files = sorted({t.file for t in tables.values()})

    for name, t in tables.items():
        known = set(EMPLOYEE_COLUMNS) if name == EMPLOYEE_TABLE else set(_spec(name).columns)
        unknown = [h for h in t.header if h and h not in known]
        if unknown:
            warnings.append(RecordIssue(file=t.file, table=t.table, row=1, code="unknown_column", severity="warning",
                                        message=f"未知列已忽略：{'、'.join(unknown)}"))
        for row in t.extra_cells:
            warnings.append(RecordIssue(file=t.file, table=t.table, row=row, code="extra_cells", severity="warning",
                                        message="该行单元格多于表头列数，多出的内容已忽略"))

    # 1. the employees table: one row per employee, first occurrence of an id wins
    heads: dict[str, tuple[int, dict[str, object]]] = {}
    for row, values in main.rows:
        eid = _text(values.get("employee_id"))
        if eid and eid in heads:
            errors.append(_duplicate(main.file, main.table, row, eid, heads[eid][0]))
            continue
        if not eid:
            errors.append(RecordIssue(file=main.file, table=main.table, row=row, field="employee_id",
                                      code="missing_field", message="工号：缺少必填字段"))
            continue
        heads[eid] = (row, values)

    # 2. child rows, validated one by one
    children: dict[str, dict[str, list]] = {eid: {t.attr: [] for t in CHILD_TABLES} for eid in heads}
    origins: dict[str, dict[str, list[int]]] = {eid: {t.attr: [] for t in CHILD_TABLES} for eid in heads}
    broken: dict[str, RecordIssue] = {}
    for spec in CHILD_TABLES:
        t = tables.get(spec.name)
        if t is None:
            continue
        for row, values in t.rows:
            eid = _text(values.get("employee_id"))
            if eid not in heads:
                code, why = ("missing_field", "工号：缺少必填字段") if not eid else (
                    "unknown_employee", f"工号 {eid} 不在员工主表中")
                errors.append(RecordIssue(file=t.file, table=t.table, row=row, field="employee_id", code=code,
                                          message=why, employee_id=eid or None))
                continue
            try:
                item = spec.model.model_validate(item_input(values, spec))
            except ValidationError as exc:
                for code, loc, message in translate(exc, loc_prefix=(spec.attr,)):
                    issue = RecordIssue(file=t.file, table=t.table, row=row, field=_child_column(loc, spec),
                                        code=code, message=message, employee_id=eid)
                    errors.append(issue)
                    broken.setdefault(eid, issue)
                continue
            children[eid][spec.attr].append(item)
            origins[eid][spec.attr].append(row)

    # 3. whole employees
    employees: list[Employee] = []
    where: dict[str, tuple[str, str | None, int]] = {}
    for eid, (row, values) in heads.items():
        data = employee_input(values)
        data.update(children[eid])
        try:
            emp = Employee.model_validate(data)
        except ValidationError as exc:
            for code, loc, message in translate(exc):
                errors.append(_locate(tables, main, row, loc, code, message, eid, origins[eid]))
            emp = None
        if eid in broken:
            first = broken[eid]
            label = first.table or Path(first.file).name
            errors.append(RecordIssue(
                file=main.file, table=main.table, row=row, code="employee_incomplete", employee_id=eid,
                message=f"员工 {eid} 的 {label} 第{first.row}行有误，整条档案未载入"))
            continue
        if emp is not None:
            employees.append(emp)
            where[eid] = (main.file, main.table, row)
    warnings += _cross_checks(employees, where)
    return EmployeeLoadResult(employees=employees, errors=errors, warnings=warnings, files=files)


def _spec(name: str) -> ChildTable:
    return next(t for t in CHILD_TABLES if t.name == name)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def _child_column(loc: tuple[str | int, ...], spec: ChildTable) -> str | None:
    names = [p for p in loc[1:] if isinstance(p, str)]
    return names[0] if names and names[0] in spec.model.model_fields else None


def _locate(tables, main: _Table, row: int, loc, code, message, eid, origins) -> RecordIssue:
    """Point an Employee-level error at the cell it comes from: a child row or an employees column."""
    if loc and isinstance(loc[0], str) and loc[0] in CHILD_BY_ATTR:
        spec = CHILD_BY_ATTR[loc[0]]
        t = tables.get(spec.name)
        if t is not None and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(origins[spec.attr]):
            return RecordIssue(file=t.file, table=t.table, row=origins[spec.attr][loc[1]],
                               field=_child_column(loc[1:], spec), code=code, message=message, employee_id=eid)
    return RecordIssue(file=main.file, table=main.table, row=row, field=column_for(loc) or field_path(loc) or None,
                       code=code, message=message, employee_id=eid)


def _duplicate(file: str, table: str | None, row: int, eid: str, first_row: int) -> RecordIssue:
    return RecordIssue(file=file, table=table, row=row, field="employee_id", code="duplicate_id", employee_id=eid,
                       message=f"工号 {eid} 重复（首次出现在第{first_row}行），该行未载入")


def _cross_checks(employees: list[Employee], where: dict[str, tuple[str, str | None, int]]) -> list[RecordIssue]:
    warnings = []
    ids = {e.employee_id for e in employees}
    for e in employees:
        file, table, row = where[e.employee_id]
        if e.city not in KNOWN_CITIES:
            warnings.append(RecordIssue(
                file=file, table=table, row=row, field="city", code="unknown_city", employee_id=e.employee_id,
                severity="warning",
                message=f"工作地「{e.city}」不在已知城市中，最低工资和社平工资等地区参数将无法确定"))
        if e.manager_id and e.manager_id not in ids:
            warnings.append(RecordIssue(
                file=file, table=table, row=row, field="manager_id", code="unknown_manager",
                employee_id=e.employee_id, severity="warning", message=f"直属上级 {e.manager_id} 不在已载入的员工中"))
    return warnings
