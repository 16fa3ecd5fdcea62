"""Cases built from the shipped employee records."""

from decimal import Decimal as D

import pytest

from copilot.calc import calculate
from copilot.case_builder import case_from_record, persona_signals
from copilot.errors import InputError
from knowledge.records import EMPLOYEES_JSON, load_employees

EMPLOYEES = {e.employee_id: e for e in load_employees(EMPLOYEES_JSON).employees}


def test_seed_employee_chen_jie():
    e = EMPLOYEES["E0001"]
    case = case_from_record(e, {"region": {"wage_below_cap_confirmed": True, "wage_above_minimum_confirmed": True}})
    r = calculate(case)
    assert r.statutory_total == D("77000.00") and r.monthly_base == D("11000.00")
    s = persona_signals(e, case)
    assert s.top_ratings == 3 and s.overtime_hours_last_year == D("180") and s.tenure_years == 7


def test_seed_employee_without_regional_figures_asks_for_them():
    with pytest.raises(InputError) as err:
        case_from_record(EMPLOYEES["E0001"]) and calculate(case_from_record(EMPLOYEES["E0001"]))
    assert err.value.code == "regional_figure_unknown"


def test_wage_exactly_at_beijing_three_times_is_not_capped():
    r = calculate(case_from_record(EMPLOYEES["E0015"]))
    assert r.monthly_base == D("47103.25") and r.statutory_months == D("14.5")
    assert r.statutory_total == D("682997.13")


def test_art40_record_needs_the_item_from_hr():
    with pytest.raises(InputError) as err:
        case_from_record(EMPLOYEES["E0007"])
    assert err.value.field == "ground"
    case = case_from_record(EMPLOYEES["E0007"], {"ground": "art40_objective_change", "notice_given_30_days": True,
                                                 "union_notified": True,
                                                 "region": {"average_monthly_wage": "9000", "minimum_wage_monthly": "2490"}})
    r = calculate(case)
    assert "pregnancy" in case.protected_status and r.blocked
