"""The calculators against 60 cases whose expected figures an employment-law helper computed by hand
from the rules reference, without reading the calculator (tests/fixtures/calc_crosscheck/README.md)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

import copilot.calc.region_figures as region_figures
from copilot.calc import CaseInput, calculate

HERE = Path(__file__).parent / "fixtures" / "calc_crosscheck"
EXPECTED = [json.loads(line) for line in (HERE / "expected.jsonl").read_text(encoding="utf-8").splitlines() if line]
BEIJING_CAP_CONFIRMED = dt.date(2026, 9, 2)


@pytest.fixture
def beijing_cap_on_case_date(monkeypatch):
    """Apply the Beijing cap figure on file to the case's date (see the README)."""
    original = region_figures.find_average_wage

    def find(city, date, reference_year=None):
        got = original(city, date, reference_year=reference_year)
        if got is None and city == "北京" and date >= dt.date(2025, 1, 1):
            got = original(city, BEIJING_CAP_CONFIRMED, reference_year=reference_year)
        return got

    monkeypatch.setattr(region_figures, "find_average_wage", find)


def test_sixty_cases():
    assert len(EXPECTED) == 60 and len({e["file"] for e in EXPECTED}) == 60


@pytest.mark.parametrize("exp", EXPECTED, ids=[e["file"][:-5] for e in EXPECTED])
def test_case(exp, beijing_cap_on_case_date):
    case = CaseInput.model_validate_json((HERE / "cases" / exp["file"]).read_text(encoding="utf-8"))
    result = calculate(case)
    got = {i.key: i.amount for i in result.items}
    assert result.blocked == exp["blocked"]
    if exp["blocked"]:
        exposure = [f.exposure for f in result.flags if f.severity == "blocking" and f.exposure is not None]
        assert exposure == [Decimal(exp["items"]["illegal_termination"])]
        return
    for key, amount in exp["items"].items():
        assert got.get(key) == Decimal(amount), key
    assert set(got) - {"tax"} == set(exp["items"]) - {"tax"}
    assert result.statutory_total == Decimal(exp["statutory_total"])
    if exp.get("demand"):
        d = result.demands[-1]
        assert max(d.excess_amount, Decimal("0")) == Decimal(exp["demand"]["excess_amount"])
        assert d.within_statute == exp["demand"]["within_statute"]
        assert d.within_policy == exp["demand"]["within_policy"]
