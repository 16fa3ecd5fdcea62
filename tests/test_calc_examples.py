"""The example cases in examples/cases/ (documented in the README) compute to the hand-checked totals,
through the real CLI: JSON out, --explain in Chinese, exit code 2 with the field on bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {  # hand-checked: 2019-04-01 .. 2026-10-31 = 7 years 7 months -> 8 months; Beijing 3x = 47,103.25
    "mutual_employer": "96000.00", "mutual_employee": "0.00", "resignation": "0.00", "employee_fault": "0.00",
    "employer_fault_resignation": "96000.00", "art40_medical": "108500.00", "art40_incompetent": "96000.00",
    "art40_objective_change": "108500.00", "layoff": "96000.00", "expiry_not_renewed": "96000.00",
    "expiry_refused_same_terms": "0.00", "bankruptcy_or_dissolution": "96000.00", "task_completed": "96000.00",
    "illegal_termination": "192000.00", "protected_pregnancy": "96000.00",
    "pre2008_high_earner": "875239.00",   # 5 × 62,000 (481号, uncapped) + 12 × 47,103.25
    "non_compete_and_leave": "252873.56",  # 240,000 + 5 days × 28,000/21.75 × 200%
}


def cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "copilot", "calc", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True)


@pytest.mark.parametrize("name,total", sorted(EXPECTED.items()))
def test_example(name, total):
    out = cli(f"examples/cases/{name}.json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["statutory_total"] == total


def test_every_example_is_checked():
    assert {p.stem for p in (ROOT / "examples/cases").glob("*.json")} == set(EXPECTED)


def test_explain_is_chinese_with_articles():
    out = cli("examples/seed-case.json", "--explain")
    assert out.returncode == 0
    assert "77000.00 元" in out.stdout and "劳动合同法#47" in out.stdout and "分管领导" in out.stdout


def test_stdin_and_bad_input_exit_2_with_field():
    out = cli(stdin='{"ground": "mutual_agreement", "proposed_by": "employer", "hire_date": "2020-01-01", '
                    '"termination_date": "2019-01-01", "wages": {"average_monthly": "1"}}')
    assert out.returncode == 2
    err = json.loads(out.stderr)["error"]
    assert err["field"] == "termination_date" and err["code"] == "termination_before_hire"
    assert "Traceback" not in out.stderr
    assert cli(stdin="not json").returncode == 2
    assert cli("no-such-file.json").returncode == 2
