"""Employee records: the committed dataset in three formats, the seed employee's facts, the
edge-case employees docs/records.md promises, per-row validation, record chunks, round-trips."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from knowledge.records import (
    EMPLOYEES_CSV_DIR,
    EMPLOYEES_JSON,
    EMPLOYEES_XLSX,
    FIELD_GROUPS,
    Employee,
    RecordsFileError,
    dumps_json,
    load_employees,
    record_chunks,
    write_csv_tables,
    write_json,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parent.parent
FORMATS = {"json": EMPLOYEES_JSON, "csv": EMPLOYEES_CSV_DIR, "xlsx": EMPLOYEES_XLSX}


@pytest.fixture(scope="module")
def loaded():
    return {name: load_employees(path) for name, path in FORMATS.items()}


@pytest.fixture(scope="module")
def staff(loaded) -> dict[str, Employee]:
    return loaded["json"].by_id()


def avg12(e: Employee, first: str, last: str) -> Decimal:
    wages = e.wages_between(first, last)
    assert len(wages) == 12
    return sum((w.total for w in wages), Decimal(0)) / 12


# ---------------------------------------------------------------- the committed dataset


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_loads_every_employee_cleanly(loaded, fmt):
    result = loaded[fmt]
    assert result.errors == [] and result.warnings == []
    ids = [e.employee_id for e in result.employees]
    assert len(ids) >= 200 and len(set(ids)) == len(ids)
    assert {e.department for e in result.employees} >= {"生产", "质量", "研发", "销售", "采购", "财务", "人力资源", "IT", "物流"}
    assert {e.city for e in result.employees} >= {"北京", "上海", "苏州", "深圳", "广州", "杭州"}


def test_the_three_formats_hold_the_same_records(loaded):
    assert loaded["csv"].employees == loaded["json"].employees
    assert loaded["xlsx"].employees == loaded["json"].employees


def test_committed_json_is_canonical_and_matches_the_generator(loaded):
    assert dumps_json(loaded["json"].employees) == EMPLOYEES_JSON.read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import generate_employees
    finally:
        sys.path.remove(str(ROOT / "tools"))
    employees, personas = generate_employees.generate()
    assert dumps_json(employees) == EMPLOYEES_JSON.read_text(encoding="utf-8"), "rerun tools/generate_employees.py"
    committed = json.loads((EMPLOYEES_JSON.parent / "personas.json").read_text(encoding="utf-8"))
    assert committed == personas


def test_every_active_employee_has_24_months_ending_2026_10(staff):
    for e in staff.values():
        if e.status == "在职":
            assert e.wages[-1].month == "2026-10", e.employee_id
            hired_in_window = e.hire_date >= date(2024, 11, 1)
            assert len(e.wages) == 24 or hired_in_window, e.employee_id
            assert [a.month for a in e.attendance] == [w.month for w in e.wages]


def test_personas_are_varied(staff):
    personas = json.loads((EMPLOYEES_JSON.parent / "personas.json").read_text(encoding="utf-8"))
    assert set(personas) == set(staff)
    counts = {p: list(personas.values()).count(p) for p in set(personas.values())}
    assert set(counts) == {"ordinary", "data_driven", "loyal", "financially_pressed", "litigious"}
    assert min(counts.values()) >= 15
    litigious = [staff[i] for i, p in personas.items() if p == "litigious"]
    assert sum(len(e.conflicts) for e in litigious) > 2 * len(litigious) - 5


# ---------------------------------------------------------------- the seed employee, exactly


def test_seed_employee_chen_jie(staff):
    e = staff["E0001"]
    assert (e.name, e.hire_date, e.status, e.city, e.department) == ("陈杰", date(2016, 3, 1), "协商中", "北京", "销售")
    s = e.separation
    assert (s.proposed_last_day, s.ground, s.article, s.proposed_by) == (
        date(2023, 2, 28), "协商解除", "劳动合同法第36条", "公司")
    assert [w.month for w in e.wages][0] == "2021-03" and e.wages[-1].month == "2023-02" and len(e.wages) == 24
    assert avg12(e, "2022-03", "2023-02") == Decimal("11000.00")
    for w in e.wages:
        assert w.total == w.base + w.bonus + w.allowance + w.overtime_pay
    assert sum(w.bonus for w in e.wages_between("2022-03", "2023-02")) > 0
    assert sum(w.overtime_pay for w in e.wages_between("2022-03", "2023-02")) > 0
    assert sum(a.overtime_hours for a in e.attendance_between("2022-03", "2023-02")) == 180
    excellent = [r for r in e.ratings if r.rating == "优秀"]
    assert [r.year for r in excellent] == [2020, 2021, 2022]
    assert all(r.department_top_percent <= 10 for r in excellent)
    assert e.current_contract.type == "无固定期限"


# ---------------------------------------------------------------- edge cases documented in docs/records.md


def test_documented_edge_cases(staff):
    doc = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    for eid in [f"E{i:04d}" for i in range(1, 21)]:
        assert eid in doc, f"{eid} undocumented"

    assert staff["E0002"].hire_date < date(2008, 1, 1)
    e3, e4 = staff["E0003"], staff["E0004"]
    assert (e3.hire_date, e3.separation.proposed_last_day) == (date(2026, 5, 18), date(2026, 10, 31))  # < 6 months
    assert (e4.hire_date, e4.separation.proposed_last_day) == (date(2026, 5, 1), date(2026, 10, 31))  # exactly 6
    beijing_cap = Decimal("47103.25")
    assert staff["E0005"].city == "北京" and avg12(staff["E0005"], "2025-11", "2026-10") > beijing_cap
    assert staff["E0015"].city == "北京" and avg12(staff["E0015"], "2025-11", "2026-10") == beijing_cap
    shanghai_minimum = Decimal("2740")
    assert staff["E0006"].city == "上海" and avg12(staff["E0006"], "2025-11", "2026-10") < shanghai_minimum
    assert [p.kind for p in staff["E0007"].protected_statuses] == ["孕期"]
    assert staff["E0007"].separation.ground == "无过失性辞退"
    medical = staff["E0008"].protected_statuses[0]
    assert medical.kind == "医疗期" and medical.start <= date(2026, 10, 31) <= medical.end
    e9 = staff["E0009"]
    assert (date(2026, 10, 31) - e9.hire_date).days > 15 * 365 and e9.birth_date.year == 1967 and e9.gender == "男"
    assert [c.type for c in staff["E0010"].contracts] == ["固定期限", "固定期限"]
    assert staff["E0010"].separation.ground == "合同期满终止"
    nc = staff["E0011"].non_compete
    assert nc.bound and nc.months == 24 and nc.monthly_pay == Decimal("12000.00")
    assert staff["E0012"].non_compete.monthly_pay < avg12(staff["E0012"], "2025-11", "2026-10") * Decimal("0.3")
    assert staff["E0013"].non_compete.bound and staff["E0013"].non_compete.monthly_pay is None
    assert staff["E0014"].separation.ground == "协商解除" and staff["E0014"].separation.proposed_by == "员工"
    assert staff["E0016"].protected_statuses[0].kind == "职业病"
    assert staff["E0017"].hire_date == date(2024, 1, 31)
    assert [(c.start, c.end) for c in staff["E0018"].contracts] == [(date(2016, 11, 1), date(2026, 10, 31))]


# ---------------------------------------------------------------- bad rows


def _subset(staff, n=12) -> list[Employee]:
    return [staff[f"E{i:04d}"] for i in range(21, 21 + n)]


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _find(rows: list[list[str]], eid: str, nth: int = 0) -> int:
    """0-based index into rows (row number in the file = index + 1)."""
    return [i for i, r in enumerate(rows) if r and r[0] == eid][nth]


def _by(result, code):
    return [e for e in result.errors if e.code == code]


def test_csv_bad_rows_are_reported_and_good_rows_load(staff, tmp_path):
    subset = _subset(staff)
    write_csv_tables(subset, tmp_path)
    emp_rows = _csv_rows(tmp_path / "employees.csv")
    header = emp_rows[0]
    col = header.index
    # unparseable date
    i_date = _find(emp_rows, "E0021")
    emp_rows[i_date][col("hire_date")] = "2020-13-45"
    # missing required field
    i_name = _find(emp_rows, "E0022")
    emp_rows[i_name][col("name")] = ""
    # unknown city: loads, with a warning
    i_city = _find(emp_rows, "E0023")
    emp_rows[i_city][col("city")] = "拉萨市"
    # duplicate id: the second row is refused, the first kept
    dup = list(emp_rows[_find(emp_rows, "E0024")])
    dup[col("name")] = "冒名顶替"
    emp_rows.append(dup)
    _write_rows(tmp_path / "employees.csv", emp_rows)
    # negative wage in a child table: that row and its employee are refused
    wage_rows = _csv_rows(tmp_path / "wages.csv")
    i_wage = _find(wage_rows, "E0025", nth=3)
    wage_rows[i_wage][wage_rows[0].index("base")] = "-100.00"
    # a duplicate month is caught across rows and pointed at the second row
    i_dup_month = _find(wage_rows, "E0026", nth=5)
    wage_rows.insert(i_dup_month + 1, list(wage_rows[i_dup_month]))
    _write_rows(tmp_path / "wages.csv", wage_rows)

    result = load_employees(tmp_path)
    loaded = {e.employee_id for e in result.employees}
    assert loaded == {e.employee_id for e in subset} - {"E0021", "E0022", "E0025", "E0026"}
    assert result.by_id()["E0024"].name == staff["E0024"].name
    assert result.by_id()["E0023"].city == "拉萨"

    (bad_date,) = _by(result, "invalid_date")
    assert (Path(bad_date.file).name, bad_date.row, bad_date.field, bad_date.employee_id) == (
        "employees.csv", i_date + 1, "hire_date", "E0021")
    assert "入职日期" in bad_date.message and "2020-13-45" in bad_date.message

    (missing,) = _by(result, "missing_field")
    assert (missing.row, missing.field, missing.employee_id) == (i_name + 1, "name", "E0022")
    assert "姓名" in missing.message and "缺少" in missing.message

    (duplicate,) = _by(result, "duplicate_id")
    assert (duplicate.row, duplicate.field) == (len(emp_rows), "employee_id") and "重复" in duplicate.message

    (negative,) = _by(result, "negative_value")
    assert (Path(negative.file).name, negative.row, negative.field, negative.employee_id) == (
        "wages.csv", i_wage + 1, "base", "E0025")
    assert "基本工资" in negative.message and "负数" in negative.message
    incomplete = {e.employee_id: e for e in _by(result, "employee_incomplete")}
    assert set(incomplete) == {"E0025"} and incomplete["E0025"].row == _find(emp_rows, "E0025") + 1

    (dup_month,) = _by(result, "duplicate_month")
    assert (Path(dup_month.file).name, dup_month.row, dup_month.field) == ("wages.csv", i_dup_month + 2, "month")

    (city,) = [w for w in result.warnings if w.code == "unknown_city"]
    assert {w.code for w in result.warnings} == {"unknown_city", "unknown_manager"}  # managers outside the subset
    assert (city.code, city.row, city.field, city.severity) == ("unknown_city", i_city + 1, "city", "warning")
    assert "拉萨" in city.message
    assert len(result.errors) == 6
    assert all(str(e).startswith(e.file) for e in result.errors)


def test_json_bad_rows_are_reported_and_good_rows_load(staff, tmp_path):
    path = write_json(_subset(staff), tmp_path / "employees.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    people = doc["employees"]
    people[0]["birth_date"] = "一九九零年"
    people[1]["wages"][5]["overtime_pay"] = "-1.00"
    del people[2]["hire_date"]
    people[3]["wages"][0]["total"] = "1.00"
    people.append(dict(people[4]))
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    result = load_employees(path)
    assert len(result.employees) == 12 - 4
    got = {(e.code, e.row, e.field) for e in result.errors}
    assert got == {
        ("invalid_date", 1, "birth_date"),
        ("negative_value", 2, "wages[5].overtime_pay"),
        ("missing_field", 3, "hire_date"),
        ("wage_total_mismatch", 4, "wages[0]"),
        ("duplicate_id", 13, "employee_id"),
    }
    by_code = {e.code: e for e in result.errors}
    assert "月度工资第6项·加班工资" in by_code["negative_value"].message
    assert "应发合计 1.00 不等于" in by_code["wage_total_mismatch"].message


def test_xlsx_bad_rows_are_reported_and_good_rows_load(staff, tmp_path):
    path = write_xlsx(_subset(staff), tmp_path / "employees.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["employees"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("hire_date") + 1, value="下个月")
    ws.cell(row=3, column=header.index("gender") + 1, value="未知")
    wages = wb["wages"]
    wages.cell(row=30, column=[c.value for c in wages[1]].index("bonus") + 1, value=-5)
    wb.save(path)

    result = load_employees(path)
    codes = {(e.code, e.table, e.row, e.field) for e in result.errors}
    assert ("invalid_date", "employees", 2, "hire_date") in codes
    assert ("invalid_choice", "employees", 3, "gender") in codes
    assert ("negative_value", "wages", 30, "bonus") in codes
    refused = {"E0021", "E0022", wages_owner_of_row(staff, 30)}
    assert {e.employee_id for e in result.employees} == {e.employee_id for e in _subset(staff)} - refused
    gender = next(e for e in result.errors if e.code == "invalid_choice")
    assert "性别" in gender.message and "未知" in gender.message and Path(gender.file).name == "employees.xlsx"


def wages_owner_of_row(staff, row: int) -> str:
    rows = [e.employee_id for e in _subset(staff) for _ in e.wages]
    return rows[row - 2]


def test_unreadable_files_raise_a_clear_error(tmp_path):
    with pytest.raises(RecordsFileError) as missing:
        load_employees(tmp_path / "nope.json")
    assert missing.value.code == "file_not_found"
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(RecordsFileError) as fmt:
        load_employees(tmp_path / "a.txt")
    assert fmt.value.code == "unsupported_format"
    (tmp_path / "b.json").write_text('{"employees": [', encoding="utf-8")
    with pytest.raises(RecordsFileError) as broken:
        load_employees(tmp_path / "b.json")
    assert broken.value.code == "invalid_json" and "第1行" in broken.value.message_zh
    (tmp_path / "c.xlsx").write_bytes(b"not a zip")
    with pytest.raises(RecordsFileError) as xl:
        load_employees(tmp_path / "c.xlsx")
    assert xl.value.code == "bad_workbook"
    (tmp_path / "d").mkdir()
    with pytest.raises(RecordsFileError) as nodir:
        load_employees(tmp_path / "d")
    assert nodir.value.code == "missing_table"


def test_gbk_csv_and_spreadsheet_spellings_load(staff, tmp_path):
    write_csv_tables(_subset(staff, 3), tmp_path)
    rows = _csv_rows(tmp_path / "employees.csv")
    rows[1][rows[0].index("hire_date")] = staff["E0021"].hire_date.strftime("%Y/%m/%d")
    rows[1][rows[0].index("city")] += "市"
    _write_rows(tmp_path / "employees.csv", rows)
    text = (tmp_path / "employees.csv").read_text(encoding="utf-8")
    (tmp_path / "employees.csv").write_bytes(text.encode("gb18030"))
    shutil.copy(tmp_path / "employees.csv", tmp_path / "copy.csv")  # an extra file is ignored
    result = load_employees(tmp_path / "employees.csv")
    assert result.errors == [] and result.employees == _subset(staff, 3)


# ---------------------------------------------------------------- chunks


def test_record_chunks_ids_metadata_and_scope(staff):
    all_ids = set()
    for e in staff.values():
        chunks = record_chunks(e)
        groups = [c.metadata["field_group"] for c in chunks]
        assert {"profile", "contract", "wages"} <= set(groups) <= set(FIELD_GROUPS)
        for c in chunks:
            assert c.id == f"员工档案#{e.employee_id}/{c.metadata['field_group']}"
            assert c.source_type == "record"
            assert c.metadata["employee_id"] == e.employee_id and c.metadata["employee_name"] == e.name
            assert e.name in c.title and e.name in c.text
            assert all(isinstance(v, (str, int, float, bool)) for v in c.metadata.values())
            assert len(c.text) < 2000
        all_ids.update(c.id for c in chunks)
    assert len(all_ids) == sum(len(record_chunks(e)) for e in staff.values())


def test_seed_chunks_state_the_data_not_legal_figures(staff):
    chunks = {c.metadata["field_group"]: c for c in record_chunks(staff["E0001"])}
    assert set(chunks) == set(FIELD_GROUPS) - {"noncompete"}
    wages = chunks["wages"].text
    assert wages.count("\n2021-") == 10 and wages.count("\n2022-") == 12 and wages.count("\n2023-") == 2
    assert "应发合计132000.00" in wages and "2022-03至2023-02" in wages
    assert "11000" not in wages and "经济补偿" not in wages
    assert "加班180小时" in chunks["attendance"].text
    assert chunks["performance"].text.count("优秀（部门前10%）") == 3
    assert "协商解除（劳动合同法第36条）" in chunks["contract"].text and "提出方：公司" in chunks["contract"].text
    assert "张琳" in chunks["relations"].text
    nc = {c.metadata["field_group"]: c for c in record_chunks(staff["E0013"])}["noncompete"]
    assert "期限12个月" in nc.text and "未约定" in nc.text


# ---------------------------------------------------------------- round trips


def test_json_round_trip(staff, tmp_path):
    people = list(staff.values())
    path = write_json(people, tmp_path / "e.json")
    again = load_employees(path)
    assert again.errors == [] and again.employees == people
    assert path.read_text(encoding="utf-8") == dumps_json(again.employees)
    one = staff["E0001"]
    assert Employee.model_validate_json(one.model_dump_json()) == one


def test_csv_and_xlsx_round_trip(staff, tmp_path):
    people = _subset(staff, 8) + [staff["E0001"], staff["E0011"], staff["E0013"]]
    write_csv_tables(people, tmp_path / "csv")
    assert load_employees(tmp_path / "csv").employees == people
    a = write_xlsx(people, tmp_path / "a.xlsx").read_bytes()
    b = write_xlsx(people, tmp_path / "b.xlsx").read_bytes()
    assert a == b  # reproducible bytes
    assert load_employees(tmp_path / "a.xlsx").employees == people


def test_model_refuses_inconsistent_records(staff):
    data = staff["E0001"].model_dump()
    data["contracts"][1]["start"] = date(2018, 1, 1)  # overlaps the first contract
    with pytest.raises(ValueError, match="重叠"):
        Employee.model_validate(data)
    data = staff["E0001"].model_dump()
    data["separation"] = None
    with pytest.raises(ValueError, match="缺少离职安排"):
        Employee.model_validate(data)
