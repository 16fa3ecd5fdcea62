"""The multi-table layout shared by the CSV directory and the Excel workbook.

One table per list in :class:`Employee`, keyed by ``employee_id``; the one-to-one parts
(separation, non-compete) are flattened into the ``employees`` table with prefixed columns.
A CSV directory holds ``<table>.csv`` files; a workbook holds one sheet per table with the
same name and the same columns. Only ``employees`` is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from knowledge.records.models import (
    ContractTerm,
    CultureContribution,
    Employee,
    HrNote,
    MonthlyAttendance,
    MonthlyWage,
    PerformanceRating,
    ProtectedStatus,
    RewardPenalty,
    SatisfactionScore,
    TeamConflict,
    Training,
)

EMPLOYEE_TABLE = "employees"

# employees-table column -> location inside Employee
EMPLOYEE_COLUMNS: dict[str, tuple[str, ...]] = {
    "employee_id": ("employee_id",),
    "name": ("name",),
    "gender": ("gender",),
    "birth_date": ("birth_date",),
    "city": ("city",),
    "department": ("department",),
    "position": ("position",),
    "level": ("level",),
    "manager_id": ("manager_id",),
    "hire_date": ("hire_date",),
    "status": ("status",),
    "separation_last_day": ("separation", "proposed_last_day"),
    "separation_ground": ("separation", "ground"),
    "separation_article": ("separation", "article"),
    "separation_proposed_by": ("separation", "proposed_by"),
    "prior_work_months": ("prior_work_months",),
    "confidentiality": ("confidentiality",),
    "non_compete_bound": ("non_compete", "bound"),
    "non_compete_months": ("non_compete", "months"),
    "non_compete_monthly_pay": ("non_compete", "monthly_pay"),
}
_NESTED_DEFAULT_COLUMN = {"separation": "separation_last_day", "non_compete": "non_compete_bound"}


@dataclass(frozen=True)
class ChildTable:
    name: str  # file stem / sheet name
    attr: str  # list attribute of Employee
    model: type[BaseModel]

    @property
    def columns(self) -> list[str]:
        return ["employee_id", *self.model.model_fields]


CHILD_TABLES: tuple[ChildTable, ...] = (
    ChildTable("contracts", "contracts", ContractTerm),
    ChildTable("wages", "wages", MonthlyWage),
    ChildTable("ratings", "ratings", PerformanceRating),
    ChildTable("attendance", "attendance", MonthlyAttendance),
    ChildTable("rewards_penalties", "rewards_penalties", RewardPenalty),
    ChildTable("trainings", "trainings", Training),
    ChildTable("culture", "culture_contributions", CultureContribution),
    ChildTable("satisfaction", "satisfaction", SatisfactionScore),
    ChildTable("conflicts", "conflicts", TeamConflict),
    ChildTable("hr_notes", "hr_notes", HrNote),
    ChildTable("protected", "protected_statuses", ProtectedStatus),
)
CHILD_BY_ATTR = {t.attr: t for t in CHILD_TABLES}


def column_for(loc: tuple[str | int, ...]) -> str | None:
    """The employees-table column a location inside Employee comes from, if any."""
    names = tuple(p for p in loc if isinstance(p, str))
    for column, path in EMPLOYEE_COLUMNS.items():
        if names[: len(path)] == path:
            return column
    if names and names[0] in _NESTED_DEFAULT_COLUMN:
        return _NESTED_DEFAULT_COLUMN[names[0]]
    return None


def cell_text(value: object) -> str:
    """How a value is written to a CSV cell (and to text cells of the workbook)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def employee_row(e: Employee) -> dict[str, object]:
    """The employees-table row of one employee (typed values; writers format them)."""
    row: dict[str, object] = {}
    for column, path in EMPLOYEE_COLUMNS.items():
        value: object = e
        for part in path:
            value = getattr(value, part) if value is not None else None
        row[column] = value
    return row


def child_rows(e: Employee, table: ChildTable) -> list[dict[str, object]]:
    rows = []
    for item in getattr(e, table.attr):
        row: dict[str, object] = {"employee_id": e.employee_id}
        row.update({f: getattr(item, f) for f in table.model.model_fields})
        rows.append(row)
    return rows


def employee_input(row: dict[str, object]) -> dict[str, object]:
    """Rebuild the nested Employee input from an employees-table row (blank cells dropped)."""
    data: dict[str, object] = {}
    for column, path in EMPLOYEE_COLUMNS.items():
        value = row.get(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        target = data
        for part in path[:-1]:
            target = target.setdefault(part, {})  # type: ignore[assignment]
        target[path[-1]] = value.strip() if isinstance(value, str) else value
    return data


def item_input(row: dict[str, object], table: ChildTable) -> dict[str, object]:
    return {
        k: (v.strip() if isinstance(v, str) else v)
        for k, v in row.items()
        if k in table.model.model_fields and v is not None and not (isinstance(v, str) and not v.strip())
    }
