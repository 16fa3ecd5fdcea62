"""The deterministic demand parser on how HR reports what the employee asks."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copilot.demand_parser import extract_demand


@pytest.mark.parametrize("message,kind,value", [
    ("他要8个月", "months", "8"),
    ("员工要八个月工资", "months", "8"),
    ("他要一个半月", "months", "1.5"),
    ("要N+2", "formula", "N+2"),
    ("他说要n＋1", "formula", "N+1"),
    ("按2N赔", "formula", "2N"),
    ("她说要双倍赔偿", "formula", "2N"),
    ("再多给一个月", "formula", "N+1"),
    ("要十万", "amount", "100000"),
    ("他要求8.8万", "amount", "88000"),
    ("他想拿100,000元", "amount", "100000"),
    ("他开价十二万五", "amount", "125000"),
])
def test_demands(message, kind, value):
    r = extract_demand(message)
    assert [(d.kind, d.value) for d in r.demands] == [(kind, value)] and not r.needs_clarification


def test_wage_figures_are_facts_not_demands():
    r = extract_demand("前12个月平均工资1.1万，月薪11000，他要9个月")
    assert [(d.kind, d.value) for d in r.demands] == [("months", "9")]


def test_years_are_not_amounts():
    assert extract_demand("他2016年入职").demands == []


def test_unclear_demand_asks_back():
    r = extract_demand("员工坚持要补偿")
    assert r.demands == [] and r.needs_clarification and "多少" in r.question_zh


def test_no_demand_no_question():
    r = extract_demand("员工情绪很大，怎么安抚？")
    assert r.demands == [] and not r.needs_clarification


@given(st.integers(min_value=1, max_value=36))
def test_any_month_count(n):
    assert [(d.kind, d.value) for d in extract_demand(f"他要{n}个月").demands] == [("months", str(n))]


@pytest.mark.parametrize("message", [
    "员工问能不能晚一个月走，等年终奖发了再走",   # a month of time
    "提前一个月通知他",
    "他要求补缴去年的加班费，大概两万块",          # a wage claim, not a severance demand
    "能不能告诉他小王只拿了5万？",                 # a colleague's figure
    "能不能从补偿里扣掉他借的5000块备用金？",       # a debt
    "他要求赔偿精神损失费5万",                      # another item
    "他说他要三个月的代通知金",
    "他希望按12000的基数算，不是11000",              # a wage base, not a demand
    "他要求离职后半年内继续给他交社保",              # not about an amount
])
def test_figures_that_are_not_the_severance_demand(message):
    r = extract_demand(message)
    assert r.demands == [] and not r.needs_clarification


def test_an_ask_that_is_not_about_money_needs_no_figure():
    assert not extract_demand("员工情绪很激动，说要找媒体曝光，我该怎么办？").needs_clarification


@pytest.mark.parametrize("message,kind,value", [
    ("他说同事老李去年走的时候拿了N+3，他也要这么多", "formula", "N+3"),  # the colleague's figure, claimed
    ("他要8个月，另外加班费2万也要补", "months", "8"),
    ("我要求公司补发加班费2万，另外补偿要8个月", "months", "8"),
    ("他工作满7年零3个月，要8个月合理吗？", "months", "8"),          # 3个月 is service
    ("工作了8个月就被辞了，他要2个月", "months", "2"),
    ("年终奖发了再走，他要10万", "amount", "100000"),
    ("他说一个月后走，要N+1", "formula", "N+1"),
])
def test_the_demand_among_other_figures(message, kind, value):
    assert [(d.kind, d.value) for d in extract_demand(message).demands] == [(kind, value)]
