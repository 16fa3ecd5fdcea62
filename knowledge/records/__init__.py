"""Employee records: the models, loaders (JSON / CSV directory / Excel) with per-row validation,
writers, and record chunks for retrieval. See docs/records.md for the schema and file layout."""

from pathlib import Path

from knowledge.records.chunks import FIELD_GROUPS, chunk_id, record_chunks
from knowledge.records.issues import RecordIssue, RecordsFileError
from knowledge.records.loaders import EmployeeLoadResult, load_employees
from knowledge.records.models import (
    KNOWN_CITIES,
    ContractTerm,
    CultureContribution,
    Employee,
    EmployeeFile,
    HrNote,
    MonthlyAttendance,
    MonthlyWage,
    NonCompete,
    PerformanceRating,
    ProtectedStatus,
    RewardPenalty,
    SatisfactionScore,
    Separation,
    TeamConflict,
    Training,
)
from knowledge.records.writers import dumps_json, write_csv_tables, write_json, write_xlsx

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "employees"
EMPLOYEES_JSON = DATA_DIR / "employees.json"
EMPLOYEES_CSV_DIR = DATA_DIR / "csv"
EMPLOYEES_XLSX = DATA_DIR / "employees.xlsx"

__all__ = [
    "DATA_DIR", "EMPLOYEES_CSV_DIR", "EMPLOYEES_JSON", "EMPLOYEES_XLSX", "FIELD_GROUPS", "KNOWN_CITIES",
    "ContractTerm", "CultureContribution", "Employee", "EmployeeFile", "EmployeeLoadResult", "HrNote",
    "MonthlyAttendance", "MonthlyWage", "NonCompete", "PerformanceRating", "ProtectedStatus", "RecordIssue",
    "RecordsFileError", "RewardPenalty", "SatisfactionScore", "Separation", "TeamConflict", "Training",
    "chunk_id", "dumps_json", "load_employees", "record_chunks", "write_csv_tables", "write_json", "write_xlsx",
]
