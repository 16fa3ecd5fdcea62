"""Numbers readings found on the twentieth batch, with sentences written for this test: a month
count, a duration or a multiple said about an amount is arithmetic on it (「折合9个月工资」「相当于
竞业补偿的两倍」「将近一年的工资」), recomputed from the facts' amounts; spoken money the parser did not
read (Cantonese 蚊, 「5个多万」, a bare 12,345.00 in a table cell) is money, judged like any other."""

from __future__ import annotations

import pytest

from guardrails.numbers import find_numbers
from tests.guardrails.test_guards import assert_fails, assert_passes

CASE = {"figures": [
    {"label": "法定经济补偿（N，4个月）", "amount": "48000.00", "months": "4"},
    {"label": "月平均工资（解除前十二个月）", "amount": "12000.00"},
    {"label": "赔偿金（2N，8个月工资）", "amount": "96000.00", "months": "8"},
    {"label": "竞业限制补偿合计（6个月）", "amount": "21600.00"},
    {"label": "约定违约金", "amount": "43200.00"},
    {"label": "未休年休假工资报酬（2天）", "amount": "1103.45"},
], "multipliers": ["N", "2N"]}


@pytest.mark.parametrize("text", [
    "经济补偿48,000.00元，折合4个月的平均工资。",
    "赔偿金96,000.00元，相当于8个月工资。",
    "违约金43,200元，相当于竞业补偿合计的两倍。",
    "经济补偿48,000元，相当于你大概四个月的工资收入。",
    "赔偿金96,000元，差不多相当于大半年的工资。",
])
def test_ratio_the_facts_give_passes(text):
    assert_passes("numbers", text, **CASE)


@pytest.mark.parametrize("text", [
    "经济补偿48,000.00元，折合5个月的平均工资。",
    "赔偿金96,000.00元，相当于您将近一年的工资。",
    "违约金43,200元，相当于竞业补偿合计的四倍。",
    "经济补偿48,000元，相当于你半年多的工资收入。",
])
def test_ratio_the_facts_do_not_give_fails(text):
    assert_fails("numbers", text)


@pytest.mark.parametrize("text", [
    "年假工资大约一千一百蚊左右，月底一齐发。",
    "违法解除的话赔偿金要九个多万。",
    "项目｜金额\n经济补偿｜48,300.00\n",
])
def test_spoken_or_tabled_money_is_judged(text):
    assert_fails("numbers", text, "amount_not_in_facts", **CASE)


def test_spoken_money_parses():
    kinds = {m.text: (m.kind, m.value, m.approx) for m in find_numbers("一千一百蚊；九个多万；十多万；48,300.00；3个多月")}
    assert kinds["一千一百蚊"][:2] == ("amount", 1100)
    assert kinds["九个多万"] == ("amount", 90000, "over")
    assert kinds["十多万"] == ("amount", 100000, "over")
    assert kinds["48,300.00"][0] == "amount"
    assert kinds["3个多月"][0] == "months"


def test_exact_money_in_a_table_cell_passes():
    assert_passes("numbers", "项目｜金额\n经济补偿｜48,000.00\n赔偿金｜96,000.00\n", **CASE)


@pytest.mark.parametrize("text", [
    # the formula is equated, not the wage figure before it
    "月平均工资12,000元，二倍赔偿相当于8个月工资，两种算法结果一样。",
    "月平均工资12,000元，所以二倍赔偿相当于8个月工资。",
    # spoken cents in Cantonese: 毫 = 角
    "年假工资一千一百零三蚊四毫五，月底一齐发。",
])
def test_equated_formula_and_spoken_cents_pass(text):
    assert_passes("numbers", text, **CASE)


def test_figure_under_a_warning_not_to_rely_on_it_passes():
    facts = {"figures": [
        {"label": "法定经济补偿（N，4个月）", "amount": "48000.00", "months": "4"},
        {"label": "员工诉求（5个月）", "amount": "60000.00", "months": "5"},
    ]}
    assert_passes("numbers", "审批还没结果，请先别按60,000.00元安排支出，法定的48,000.00元是确定的。", **facts)
    assert_fails("numbers", "钱下周到账，你可以先按60,000.00元安排支出。", **facts)


@pytest.mark.parametrize("text", [
    "跟你说明一下，依法你最多可以拿到5个月补偿，即60,000元。",
    "给您说一下，按照法律规定经济补偿是5个月，也就是60,000元。",
])
def test_hr_telling_the_employee_is_not_the_employees_words(text):
    facts = {"figures": [
        {"label": "法定经济补偿（N，4个月）", "amount": "48000.00", "months": "4"},
        {"label": "员工诉求（5个月）", "amount": "60000.00", "months": "5"},
    ]}
    assert_fails("numbers", text, "demand_as_entitlement", **facts)
    assert_passes("numbers", "你说的5个月、60,000元，公司这边给不了。", **facts)


@pytest.mark.parametrize("text, ok", [
    ("多给的1个月，在法定4个月的基础上相当于上浮25%。", True),
    ("多给的1个月，在法定4个月的基础上相当于上浮15%。", False),
    ("额外补偿12,000元占经济补偿48,000元的25%。", True),
    ("额外补偿12,000元占经济补偿48,000元的33.3%。", False),
])
def test_percent_of_the_sentences_own_figures(text, ok):
    (assert_passes if ok else assert_fails)("numbers", text, **CASE)


@pytest.mark.parametrize("text, ok", [
    ("赔偿金是经济补偿的二倍，相当于8个月工资，金额96,000元。", True),
    ("赔偿金是经济补偿的二倍，相当于4个月工资，金额96,000元。", False),
    ("赔偿金相当于8个月工资，也就是96,000.00元。", True),
])
def test_count_glossed_with_the_amount_after_it(text, ok):
    (assert_passes if ok else assert_fails)("numbers", text, **CASE)


@pytest.mark.parametrize("text", [
    "去年社平工资144,000元，折合每月12,000元，三倍为36,000元。",
    "赔偿金96,000元，也就是2N，相当于8个月的平均工资（12,000元×8）。",
])
def test_product_of_a_named_base_and_a_bracketed_reckoning_pass(text):
    assert_passes("numbers", text, **{**CASE, "figures": CASE["figures"] + [
        {"label": "社平工资", "amount": "144000.00"}, {"label": "三倍封顶", "amount": "36000.00"}]})
