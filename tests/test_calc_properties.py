"""Property tests: severance is monotone in wage and in service, the post-2008 cap holds,
2N is twice the unsegmented N, and nothing is ever negative."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from copilot.calc import calculate, parse_case
from copilot.calc.service import art47_months, service_length

AVG = D("10000")  # local monthly average: the cap is 30,000
wages = st.decimals(min_value=D("0"), max_value=D("200000"), places=2)
hires = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2024, 12, 31))
spans = st.integers(min_value=0, max_value=365 * 30)
grounds = st.sampled_from(["mutual_agreement", "layoff", "employer_fault_resignation", "expiry", "art40_objective_change"])


def run(ground: str, hire: dt.date, last: dt.date, wage: D, **kw):
    last = max(last, dt.date(2008, 1, 1))
    data = {"ground": ground, "hire_date": hire.isoformat(), "termination_date": last.isoformat(),
            "wages": {"average_monthly": str(wage)}, "proposed_by": "employer", "renewal_offer": "none",
            "notice_given_30_days": True, "union_notified": True,
            "region": {"average_monthly_wage": str(AVG), "minimum_wage_monthly": "2000"}, "tax": "skip"}
    data.update(kw)
    return calculate(parse_case(data))


@settings(max_examples=150, deadline=None)
@given(grounds, hires, spans, wages, wages)
def test_monotone_in_wage(ground, hire, span, w1, w2):
    last = hire + dt.timedelta(days=span)
    lo, hi = sorted([w1, w2])
    # 第四十七条第二款: above three times the local average the base is capped AND the years stop at
    # twelve, so crossing the cap with more than twelve years lowers the total (next test): the
    # property holds on each side of the cap.
    assume((lo > 3 * AVG) == (hi > 3 * AVG))
    assert run(ground, hire, last, lo).statutory_total <= run(ground, hire, last, hi).statutory_total


def test_crossing_the_cap_with_more_than_twelve_years_lowers_the_total():
    hire, last = dt.date(2008, 1, 1), dt.date(2037, 6, 30)  # 29.5 years -> 30 months below the cap
    below = run("mutual_agreement", hire, last, 3 * AVG).statutory_total
    above = run("mutual_agreement", hire, last, 3 * AVG + D("0.01")).statutory_total
    assert below == 30 * 3 * AVG and above == 12 * 3 * AVG


@settings(max_examples=150, deadline=None)
@given(grounds, hires, spans, spans, wages)
def test_monotone_in_service(ground, hire, s1, s2, wage):
    a, b = sorted([s1, s2])
    assert run(ground, hire, hire + dt.timedelta(days=a), wage).statutory_total <= \
        run(ground, hire, hire + dt.timedelta(days=b), wage).statutory_total


@settings(max_examples=150, deadline=None)
@given(grounds, st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2024, 12, 31)), spans, wages)
def test_post_2008_capped_severance_never_above_twelve_times_three_times_base(ground, hire, span, wage):
    r = run(ground, hire, hire + dt.timedelta(days=span), wage)
    if wage > 3 * AVG:
        assert r.statutory_total <= 12 * 3 * AVG


@settings(max_examples=150, deadline=None)
@given(hires, spans, wages)
def test_two_n_is_twice_the_unsegmented_n(hire, span, wage):
    last = max(hire + dt.timedelta(days=span), dt.date(2008, 1, 1))
    item = run("illegal_termination", hire, last, wage).item("illegal_termination")
    n_months = art47_months(service_length(hire, last))  # from hire, one rounding, no pre-2008 rules
    if item.monthly_base is not None and wage > 3 * AVG:
        n_months = min(n_months, D(12))
    assert item.months == 2 * n_months
    assert item.amount == 2 * (item.monthly_base * n_months).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    if hire >= dt.date(2008, 1, 1):  # with no pre-2008 years, 2N is exactly twice the ordinary N
        assert item.amount == 2 * run("bankruptcy_or_dissolution", hire, last, wage).statutory_total


@settings(max_examples=150, deadline=None)
@given(grounds, hires, spans, wages, st.integers(0, 40), st.decimals(min_value=0, max_value=20, places=1))
def test_never_negative(ground, hire, span, wage, years, taken):
    r = run(ground, hire, max(hire + dt.timedelta(days=span), dt.date(2008, 9, 18)), wage,
            wages={"average_monthly": str(wage), "average_excluding_overtime": str(wage)},
            annual_leave={"cumulative_work_years": years, "days_taken": str(taken)})
    assert r.statutory_total >= 0
    assert all(i.amount >= 0 for i in r.items)
