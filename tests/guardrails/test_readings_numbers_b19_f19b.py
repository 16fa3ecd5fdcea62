"""Numbers readings found on the nineteenth batch (authority drafts that restate or discuss figures),
with sentences written for this test: the employee's figure as the topic of a refusal that follows it
(「8个月我们给不了」), an item of a list read under the list's header (「员工诉求：①……；②……」), and a
formula given its own value under a plan heading (「方案：N为7个月77,000元」) is an item, not the plan.
The figure stated as given or as the law's still fails."""

from __future__ import annotations

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

PERCENT_DEMAND = {"figures": [
    {"label": "法定经济补偿（N）", "amount": "77000.00", "months": "7"},
    {"label": "月平均工资", "amount": "11000.00"},
    {"label": "竞业限制补偿（月平均工资的30%）", "amount": "3300.00"},
    {"label": "员工诉求（竞业限制补偿提高到月平均工资的45%）", "amount": "4950.00"},
]}
PLAN = {"figures": [
    {"label": "法定经济补偿（N，7个月）", "amount": "77000.00", "months": "7"},
    {"label": "月平均工资（解除前十二个月）", "amount": "11000.00"},
    {"label": "赔偿金（2N，14个月工资）", "amount": "154000.00", "months": "14"},
    {"label": "已批准额外补偿（1个月）", "amount": "11000.00", "months": "1"},
    {"label": "已批准方案合计", "amount": "88000.00"},
], "multipliers": ["N", "2N"]}


@pytest.mark.parametrize("text", [
    "老陈，88,000元我们确实给不了，法定的77,000元一分不会少。",
    "88,000元，公司这边没办法答应，能给的是法定标准77,000元。",
])
def test_demand_figure_as_the_topic_of_a_refusal_passes(text):
    assert_passes("numbers", text)


@pytest.mark.parametrize("text", [
    "我们商量过了，经济补偿给你88,000元，这个没办法再多了。",
    "8个月我们给不了。经济补偿88,000元，下周发放。",
])
def test_demand_figure_given_still_fails(text):
    assert_fails("numbers", text, "demand_as_entitlement")


@pytest.mark.parametrize("text", [
    "【转呈】员工诉求：①补偿按法定标准；②竞业补偿从30%调到45%。请领导批示。",
    "员工的申请：①补偿按法定标准；②经济补偿88,000元一次付清。",
])
def test_list_item_under_a_demand_header_passes(text):
    facts = PERCENT_DEMAND if "45%" in text else {}
    assert_passes("numbers", text, **facts)


@pytest.mark.parametrize("text", [
    "处理结果如下：①补偿按法定标准；②经济补偿88,000元一次付清。",
    "【结论】员工诉求已批准：①补偿按法定标准；②经济补偿88,000元一次付清。",
])
def test_list_item_under_another_header_still_fails(text):
    assert_fails("numbers", text, "demand_as_entitlement")


@pytest.mark.parametrize("text", [
    "面谈要点：方案：N为7个月77,000元，另经分管领导批准1个月11,000元，合计88,000元。",
    "告知方案：N是7个月77,000元，额外补偿11,000元。",
    "方案：2N为154,000元的风险已向领导说明，按N支付77,000元。",
])
def test_formula_valued_under_a_plan_heading_passes(text):
    assert_passes("numbers", text, **PLAN)


@pytest.mark.parametrize("text", ["方案为N，即77,000元，下周签字。", "告知方案合计：77,000元。"])
def test_plan_named_as_the_formula_amount_still_fails(text):
    assert_fails("numbers", text, "amount_wrong_role", **PLAN)


@pytest.mark.parametrize("text", [
    "按法律算，法定N是88,000元，下个月一起发。",
    "你关心的那部分我查了，你的N就是88,000元，材料按这个准备。",
])
def test_demand_figure_labelled_as_the_statutory_n_fails(text):
    assert_fails("numbers", text, "demand_as_entitlement")


@pytest.mark.parametrize("text", [
    "法定N是77,000元，你要的88,000元超出了法定部分，需要另行审批。",
    "你说你的N就是88,000元，这个算法没有考虑工龄的起算日。",
])
def test_statutory_n_stated_right_or_the_demand_reported_passes(text):
    assert_passes("numbers", text)
