"""Calculators against ../shared/domain/labour-law-rules.md, ground by ground and boundary by boundary."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from copilot.calc import calculate, parse_case
from copilot.errors import InputError

CONFIRMED = {"wage_below_cap_confirmed": True, "wage_above_minimum_confirmed": True}


def case(**kw):
    data = {
        "ground": "mutual_agreement", "proposed_by": "employer",
        "hire_date": "2016-03-01", "termination_date": "2023-02-28",
        "wages": {"average_monthly": "11000"}, "region": dict(CONFIRMED),
    }
    data.update(kw)
    return calculate(parse_case(data))


def monthly(start: str, n: int, amount: str, overtime: str = "0"):
    y, m = map(int, start.split("-"))
    out = []
    for _ in range(n):
        out.append({"month": f"{y:04d}-{m:02d}", "amount": amount, "overtime": overtime})
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


# --- the seed case -------------------------------------------------------------------------------

def test_seed_case_statutory_and_demand():
    r = case(demands=[{"kind": "months", "value": "8"}], policy={"max_extra_months": "1", "extra_approver": "分管领导"})
    assert r.statutory_total == D("77000.00")
    assert r.statutory_months == D("7")
    d = r.demands[0]
    assert d.demanded_amount == D("88000.00")
    assert d.excess_amount == D("11000.00") and d.excess_months == D("1.00")
    assert d.within_policy and not d.within_statute
    assert d.approval_needed == "分管领导"
    sev = r.item("severance")
    assert "劳动合同法#46" in sev.articles and "劳动合同法#47" in sev.articles
    assert [s.step for s in sev.derivation][0] == "补偿依据"


def test_seed_case_as_employee_proposed_owes_nothing_and_all_of_demand_is_negotiated():
    r = case(proposed_by="employee", demands=[{"kind": "months", "value": "8"}], policy={"max_extra_months": "1"})
    assert r.statutory_total == D("0.00")
    d = r.demands[0]
    assert d.demanded_amount == D("88000.00") and d.excess_amount == D("88000.00")
    assert not d.within_policy
    assert any(f.code == "employee_proposed_no_statutory_compensation" for f in r.flags)


# --- grounds that pay nothing ------------------------------------------------------------------

@pytest.mark.parametrize("extra", [
    {"ground": "resignation"}, {"ground": "employee_fault", "union_notified": True},
    {"ground": "mutual_agreement", "proposed_by": "employee"},
    {"ground": "expiry", "renewal_offer": "same_or_better"},
])
def test_zero_grounds(extra):
    r = case(**extra)
    assert r.item("severance").amount == D("0.00")


@pytest.mark.parametrize("ground,extra", [
    ("employer_fault_resignation", {}), ("art40_medical", {"notice_given_30_days": True, "union_notified": True}),
    ("art40_incompetent", {"notice_given_30_days": True, "union_notified": True}),
    ("art40_objective_change", {"notice_given_30_days": True, "union_notified": True}),
    ("layoff", {"union_notified": True}), ("expiry", {"renewal_offer": "none"}), ("expiry", {"renewal_offer": "lower"}),
    ("bankruptcy_or_dissolution", {}), ("task_completed", {}),
])
def test_every_art46_ground_pays_n(ground, extra):
    r = case(ground=ground, **extra)
    assert r.item("severance").amount == D("77000.00")
    assert r.item("notice_pay") is None


# --- service length boundaries (第四十七条, C10) ------------------------------------------------

@pytest.mark.parametrize("hire,last,months", [
    ("2022-01-01", "2022-06-30", "1"),      # exactly 6 months -> one year
    ("2021-03-01", "2021-08-30", "0.5"),    # 5 months 30 days -> half a month
    ("2022-01-01", "2022-12-30", "1"),      # under one year
    ("2020-01-01", "2022-06-30", "2.5"),    # 2 years 6 months -> 3? no: remainder 6 -> +1
    ("2020-01-01", "2022-05-31", "2.5"),    # 2 years 5 months -> +0.5
    ("2020-01-01", "2021-12-31", "2"),      # exact years
    ("2022-05-10", "2022-05-20", "0.5"),    # a few days
])
def test_service_boundaries(hire, last, months):
    expected = {"2020-01-01|2022-06-30": D("3")}.get(f"{hire}|{last}", D(months))
    r = case(hire_date=hire, termination_date=last, wages={"average_monthly": "10000"})
    assert r.statutory_months == expected
    assert r.statutory_total == expected * 10000


# --- wages: 12-month average, fewer months, minimum wage ---------------------------------------

def test_average_uses_last_twelve_months_up_to_a_month_end_termination():
    wages = monthly("2021-01", 12, "8000") + monthly("2022-01", 12, "12000")
    r = case(hire_date="2020-01-01", termination_date="2022-12-31", wages={"monthly": wages})
    assert r.monthly_base == D("12000.00")


def test_mid_month_termination_excludes_the_partial_month():
    wages = monthly("2021-11", 12, "10000") + [{"month": "2022-11", "amount": "3000"}]
    r = case(hire_date="2020-01-01", termination_date="2022-11-10", wages={"monthly": wages})
    assert r.monthly_base == D("10000.00")


def test_fewer_than_twelve_months_uses_actual_months():
    wages = monthly("2022-03", 4, "9000") + monthly("2022-07", 4, "12000")
    r = case(hire_date="2022-03-01", termination_date="2022-10-31", wages={"monthly": wages})
    assert r.monthly_base == D("10500.00")
    assert r.statutory_total == D("10500.00")  # 8 months -> one month


def test_missing_months_is_an_error_naming_the_field():
    with pytest.raises(InputError) as e:
        case(hire_date="2019-01-01", termination_date="2022-12-31", wages={"monthly": monthly("2022-06", 7, "9000")})
    assert e.value.field == "wages.monthly" and e.value.code == "wages_incomplete"


def test_below_minimum_wage_uses_the_minimum():
    r = case(hire_date="2023-10-01", termination_date="2025-09-30", wages={"average_monthly": "2300"},
             region={"city": "北京", "wage_below_cap_confirmed": True})
    assert r.monthly_base == D("2540.00")  # 北京 from 2025-09-01
    assert r.statutory_total == D("5080.00")


# --- the 3x cap and the 12-year cap (C13) ------------------------------------------------------

def test_wage_exactly_at_three_times_is_not_capped():
    r = case(hire_date="2010-01-01", termination_date="2025-12-31", wages={"average_monthly": "30000"},
             region={"average_monthly_wage": "10000", "minimum_wage_monthly": "2540"})
    assert r.monthly_base == D("30000.00") and r.statutory_months == D("16")
    assert r.statutory_total == D("480000.00")


def test_wage_just_above_three_times_is_capped_with_twelve_years():
    r = case(hire_date="2010-01-01", termination_date="2025-12-31", wages={"average_monthly": "30000.01"},
             region={"average_monthly_wage": "10000", "minimum_wage_monthly": "2540"})
    assert r.monthly_base == D("30000.00") and r.statutory_months == D("12")
    assert r.statutory_total == D("360000.00")


def test_beijing_cap_from_the_regional_table():
    r = case(hire_date="2011-01-01", termination_date="2026-10-31", wages={"average_monthly": "60000"},
             region={"city": "北京"})
    assert r.monthly_base == D("47103.25")  # 3 × 188413 / 12
    assert r.statutory_total == D("565239.00")  # 12 × 3 × 188413 / 12
    step = next(s for s in r.item("severance").derivation if s.step == "当地上年度职工月平均工资（内置地区表）")
    assert "12333" in step.inputs["source"]


def test_unknown_regional_figure_is_an_error():
    with pytest.raises(InputError) as e:
        case(region={"city": "杭州", "wage_above_minimum_confirmed": True})
    assert e.value.field == "region.average_monthly_wage" and e.value.code == "regional_figure_unknown"
    with pytest.raises(InputError) as e:
        case(region={"city": "杭州", "wage_below_cap_confirmed": True})
    assert e.value.field == "region.minimum_wage_monthly" and "杭州" in e.value.message_zh


# --- pre-2008 segments (第九十七条, 481号) ------------------------------------------------------

def test_pre2008_mixed_mutual_agreement():
    # 2005-07-01 .. 2007-12-31 = 2 years 6 months -> 3 (old rules round up); 2008-01-01 .. 2012-03-31 = 4y3m -> 4.5
    r = case(hire_date="2005-07-01", termination_date="2012-03-31", wages={"average_monthly": "6000"})
    assert r.statutory_months == D("7.5") and r.statutory_total == D("45000.00")
    assert {x.point for x in r.readings} >= {"C2.pre2008_rounding", "C2.pre2008_cap"}


def test_pre2008_twelve_month_cap_for_agreed_exit():
    r = case(hire_date="1990-01-01", termination_date="2009-12-31", wages={"average_monthly": "5000"})
    assert r.statutory_months == D("14")  # min(18, 12) + 2


def test_pre2008_no_cap_for_layoff():
    r = case(ground="layoff", union_notified=True, hire_date="1990-01-01", termination_date="2009-12-31",
             wages={"average_monthly": "5000"})
    assert r.statutory_months == D("20")


def test_pre2008_years_do_not_count_for_expiry():
    r = case(ground="expiry", renewal_offer="none", hire_date="2000-01-01", termination_date="2009-12-31",
             wages={"average_monthly": "5000"})
    assert r.statutory_months == D("2")


def test_pre2008_segment_not_capped_but_post_2008_is():
    r = case(hire_date="2005-01-01", termination_date="2022-12-31", wages={"average_monthly": "40000"},
             region={"average_monthly_wage": "10000", "minimum_wage_monthly": "2000"})
    # old: 3 years × 40000 ; new: 15 years capped to 12 × 30000
    assert r.statutory_total == D("480000.00")


def test_merged_rounding_reading():
    r = case(hire_date="2005-07-01", termination_date="2012-03-31", wages={"average_monthly": "6000"},
             readings={"pre2008_rounding": "merged"})
    # whole service 6y9m -> 7 months in one rounding
    assert r.statutory_months == D("7")
    assert any(x.point == "C2.pre2008_rounding" and not x.default for x in r.readings)


# --- notice pay and 2N -----------------------------------------------------------------------

def test_art40_without_notice_adds_last_month_wage_uncapped():
    wages = monthly("2022-01", 11, "10000") + [{"month": "2022-12", "amount": "40000"}]
    r = case(ground="art40_incompetent", notice_given_30_days=False, union_notified=True,
             hire_date="2020-01-01", termination_date="2023-01-15", wages={"monthly": wages},
             region={"average_monthly_wage": "5000", "minimum_wage_monthly": "2000"})
    notice = r.item("notice_pay")
    assert notice.amount == D("40000.00")  # last month, not capped
    assert r.item("severance").monthly_base == D("12500")  # (11×10000 + 40000)/12 = 12500 <= 15000


def test_illegal_termination_is_twice_unsegmented_n_without_plus_one():
    r = case(ground="illegal_termination", hire_date="2005-07-01", termination_date="2012-03-31",
             wages={"average_monthly": "6000"})
    item = r.item("illegal_termination")
    # from hire: 6 years 9 months -> 7 months; 2N = 14 months
    assert item.months == D("14") and item.amount == D("84000.00")
    assert r.item("notice_pay") is None and r.item("severance") is None


def test_two_n_equals_twice_n():
    n = case(hire_date="2015-05-01", termination_date="2024-08-31", wages={"average_monthly": "8888.88"})
    two = case(ground="illegal_termination", hire_date="2015-05-01", termination_date="2024-08-31",
               wages={"average_monthly": "8888.88"})
    assert two.statutory_total == n.statutory_total * 2


# --- flags -------------------------------------------------------------------------------------

def test_protected_employee_blocks_art40_with_2n_exposure():
    r = case(ground="art40_incompetent", notice_given_30_days=True, union_notified=True, protected_status=["pregnancy"])
    assert r.blocked
    flag = next(f for f in r.flags if f.code == "protected_employee")
    assert flag.exposure == D("154000.00") and "劳动合同法#42" in flag.articles


def test_union_not_notified_raises_2n_risk():
    r = case(ground="layoff", union_notified=False)
    assert any(f.code == "union_not_notified" and f.exposure == D("154000.00") for f in r.flags)


def test_second_fixed_term_expiry_flags_art14():
    r = case(ground="expiry", renewal_offer="none", consecutive_fixed_terms=2)
    assert any(f.code == "second_fixed_term_expiry" for f in r.flags)


# --- non-compete ------------------------------------------------------------------------------

def test_non_compete_reference_and_release():
    r = case(non_compete={"months": 12, "agreed_monthly": None, "category": "senior_technical",
                          "released_by_employer_during_term": True},
             region={**CONFIRMED, "minimum_wage_monthly": "2540"})
    nc = r.item("non_compete")
    assert nc.details["reference_monthly"] == "3300"
    assert nc.amount == D("49500.00")  # 3300 × (12 + 3)


def test_non_compete_minimum_wage_floor_over_two_years_and_low_pay():
    r = case(wages={"average_monthly": "5000"}, region={**CONFIRMED, "minimum_wage_monthly": "2540"},
             non_compete={"months": 36, "agreed_monthly": "1000", "category": "other"})
    nc = r.item("non_compete")
    assert nc.details["reference_monthly"] == "2540"
    codes = {f.code for f in nc.flags}
    assert codes == {"noncompete_person_not_bindable", "noncompete_term_over_limit", "noncompete_pay_below_reference"}
    assert nc.amount == D("24000.00")  # 1000 × 24
    assert {f.severity for f in nc.flags} == {"warning"}
    assert not r.blocked  # a flawed non-compete clause voids (part of) the clause; the separation may proceed


# --- annual leave -----------------------------------------------------------------------------

@pytest.mark.parametrize("last,years,taken,days", [
    ("2023-02-28", 7, "0", "0"),      # 59/365 × 5 = 0.81 -> 0
    ("2023-06-30", 7, "0", "2"),      # 181/365 × 5 = 2.48 -> 2
    ("2023-06-30", 12, "1", "3"),     # 181/365 × 10 − 1 = 3.96 -> 3
    ("2023-06-30", 25, "9", "0"),     # 7.43 − 9 < 0 -> 0 (not clawed back)
    ("2023-12-31", 0, "0", "0"),      # under one year of work: none
])
def test_leave_pro_rating(last, years, taken, days):
    r = case(hire_date="2016-03-01", termination_date=last, wages={"average_monthly": "11000", "average_excluding_overtime": "8700"},
             annual_leave={"cumulative_work_years": years, "days_taken": taken})
    leave = r.item("annual_leave")
    assert leave.details["unused_days"] == days
    assert leave.amount == (D(days) * D("8700") / D("21.75") * 2).quantize(D("0.01"))


def test_leave_excludes_overtime_and_pays_200_percent():
    wages = monthly("2022-07", 12, "12000", overtime="2000")
    r = case(hire_date="2016-03-01", termination_date="2023-06-30", wages={"monthly": wages},
             annual_leave={"cumulative_work_years": 7})
    leave = r.item("annual_leave")
    assert leave.amount == D("1839.08")  # 2 × 10000/21.75 × 2 = 1839.0804...


# --- tax (财税〔2018〕164号) --------------------------------------------------------------------

@pytest.mark.parametrize("avg_wage,expected_tax", [
    ("10000", "0.00"),                 # 77,000 < 3 × 120,000
    ("1500", "690.00"),                # excess 77000 − 54000 = 23000 × 3%
    ("500", "3380.00"),                 # excess 77000 − 18000 = 59000 × 10% − 2520
])
def test_tax_brackets(avg_wage, expected_tax):
    r = case(region={**CONFIRMED, "tax_annual_average_wage": str(D(avg_wage) * 12)})
    assert r.item("tax").amount == D(expected_tax)


def test_tax_from_beijing_table_uses_cap_figure_and_says_so():
    r = case(hire_date="2000-01-01", termination_date="2026-10-31", wages={"average_monthly": "60000"}, region={"city": "北京"})
    tax = r.item("tax")
    # lump = 565239.00 (12 × 47103.25, post-2008) + pre-2008 8 years × 60000 = 480000; exempt 3 × 188413 = 565239
    assert D(tax.details["exempt"]) == D("565239.00")
    assert "借用" in tax.derivation[0].step


# --- demands ----------------------------------------------------------------------------------

def test_demand_formulas():
    r = case(demands=[{"kind": "formula", "value": "N+1"}, {"kind": "formula", "value": "2N"},
                      {"kind": "amount", "value": "100000"}, {"kind": "formula", "value": "N+2"}],
             policy={"max_extra_months": "1"})
    n1, two_n, amt, n2 = r.demands
    assert n1.demanded_amount == D("88000.00") and n1.within_policy
    assert any("代通知金" in note for note in n1.risk_notes)
    assert two_n.demanded_amount == D("154000.00") and not two_n.within_policy
    assert amt.excess_amount == D("23000.00") and amt.excess_months == D("2.09") and not amt.within_policy
    assert n2.excess_months == D("2") and not n2.within_policy


def test_demand_within_statute_needs_no_approval():
    r = case(demands=[{"kind": "months", "value": "7"}])
    d = r.demands[0]
    assert d.within_statute and d.approval_needed is None and d.excess_amount == D("0.00")


# --- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("patch,field,code", [
    ({"termination_date": "2015-01-01"}, "termination_date", "termination_before_hire"),
    ({"wages": {"monthly": [{"month": "2023-01", "amount": "-5"}]}}, "wages.monthly[0].amount", "greater_than_equal"),
    ({"wages": {}}, "wages", "wages_missing"),
    ({"ground": "fired"}, "ground", "unknown_value"),
    ({"proposed_by": None}, "proposed_by", "proposed_by_missing"),
    ({"hire_date": "2016-02-30"}, "hire_date", "date_from_datetime_parsing"),
])
def test_bad_input_names_field(patch, field, code):
    with pytest.raises(InputError) as e:
        case(**patch)
    assert e.value.field == field
    assert e.value.code == code or code in e.value.code
    assert any("\u4e00" <= ch <= "\u9fff" for ch in e.value.message_zh)
