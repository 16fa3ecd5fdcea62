"""Numbers readings found on the twenty-first batch, with sentences written for this test: 「一块钱
都不会少」 is an idiom of completeness, not a figure; a figure named as someone's claim (「8个月的说法」)
is not stated as the case's; a rounded figure glossed by the exact one beside it is its shorthand;
a service length stated as years and months is checked against the record even when the service
word opens the clause before the dates, and when the years are one short (「5年11个月」 for 6 years)."""

from __future__ import annotations

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

CASE = {"figures": [
    {"label": "法定经济补偿（N，6个月）", "amount": "273456.00", "months": "6"},
    {"label": "月平均工资（解除前十二个月）", "amount": "45576.00"},
    {"label": "服务年限（满6年）", "years": "6"},
    {"label": "员工诉求（9个月）", "months": "9"},
], "multipliers": ["N"]}

REMAINDER = {"figures": [
    {"label": "法定经济补偿（N，4.5个月）", "amount": "54000.00", "months": "4.5"},
    {"label": "月平均工资（解除前十二个月）", "amount": "12000.00"},
    {"label": "服务年限（4年2个月）：整年数", "years": "4"},
    {"label": "服务年限（4年2个月）：不满一年的月数", "months": "2"},
], "multipliers": ["N"]}


@pytest.mark.parametrize("text", [
    "经济补偿273,456.00元，一块钱都不会少，按时打到您工资卡。",
    "法定那部分273,456元，一蚊也唔会少。",
    "9个月的说法我记下了，但规定只有6个月，我不能骗您说可以。",
    "补偿约27.35万元，准确数字是273,456.00元。",
    "准确数字是273,456.00元，也就是大约27.35万元。",
])
def test_idioms_claims_and_glossed_roundings_pass(text):
    assert_passes("numbers", text, **CASE)


@pytest.mark.parametrize("text", [
    "补偿约27.5万元，请您知悉。",
    "补偿约27.35万元，另外额外补偿约27.5万元。",
])
def test_a_rounding_no_exact_figure_backs_fails(text):
    assert_fails("numbers", text, "amount_not_in_facts", **CASE)


@pytest.mark.parametrize("text", [
    "服务年限：2017-05-01至2023-04-30，共5年11个月，按6年计。",
    "工作年限从2017-05-01算到现在，5年10个月。",
])
def test_years_and_months_short_of_whole_years_fail(text):
    assert_fails("numbers", text, "years_not_in_facts", **CASE)


@pytest.mark.parametrize("text", [
    "你的工龄是从2020-03-01算到离职那天，4年3个月。",
    "服务年限自2020-03-01起，到解除时是4年1个月。",
])
def test_the_remainder_after_the_dates_is_checked(text):
    assert_fails("numbers", text, "years_not_in_facts", **REMAINDER)


@pytest.mark.parametrize("text", [
    "你的工龄是从2020-03-01算到离职那天，4年2个月。",
    "入职2020-03-01，到2024-04-30为止，满四年4个月。",
])
def test_the_right_remainder_and_whole_years_as_months_pass(text):
    assert_passes("numbers", text, **REMAINDER)
