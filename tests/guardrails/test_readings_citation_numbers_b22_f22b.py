"""Citation readings added after the train residuals (sentences written for these tests): an item citation
whose surrounding words describe another item of the same article (the item number swapped), told apart from
an item named beside words that describe no item, or an item set apart as what the case is not."""

from __future__ import annotations

import pytest

from guardrails.facts import Source
from tests.guardrails.conftest import citation_blocked, seed_facts_with_sources

ART46 = Source(id="劳动合同法#46", text=(
    "第四十六条 有下列情形之一的，用人单位应当向劳动者支付经济补偿：\n"
    "（一）劳动者依照本法第三十八条规定解除劳动合同的；\n"
    "（二）用人单位依照本法第三十六条规定向劳动者提出解除劳动合同并与劳动者协商一致解除劳动合同的；\n"
    "（三）用人单位依照本法第四十条规定解除劳动合同的；\n"
    "（四）用人单位依照本法第四十一条第一款规定解除劳动合同的；\n"
    "（五）除用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的情形外，依照本法第四十四条第一项规定终止固定期限劳动合同的；\n"
    "（六）依照本法第四十四条第四项、第五项规定终止劳动合同的；\n"
    "（七）法律、行政法规规定的其他情形。"))
ART40 = Source(id="劳动合同法#40", text=(
    "第四十条 有下列情形之一的，用人单位提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后，可以解除劳动合同：\n"
    "（一）劳动者患病或者非因工负伤，在规定的医疗期满后不能从事原工作，也不能从事由用人单位另行安排的工作的；\n"
    "（二）劳动者不能胜任工作，经过培训或者调整工作岗位，仍不能胜任工作的；\n"
    "（三）劳动合同订立时所依据的客观情况发生重大变化，致使劳动合同无法履行，经用人单位与劳动者协商，未能就变更劳动合同内容达成协议的。"))


def _items(text: str) -> list:
    facts = seed_facts_with_sources(ART46, ART40)
    return [v for v in citation_blocked(text, facts) if v.category == "item_mismatch"]


@pytest.mark.parametrize("text", [
    "这回是单位主动提出、大家协商一致分开，按第四十六条第一项你可以拿补偿。",
    "依照《劳动合同法》第四十六条第三项，公司提出的协商解除才给补偿。",
    "第四十六条第四项讲的就是员工先提出再协商一致的那种情况。",
    "补偿的依据是第四十六条第二项，也就是“用人单位依照本法第四十条规定解除劳动合同的”。",
    "按第四十条第一项，订立合同时的客观情况发生了重大变化，所以解除。",
])
def test_an_item_described_by_another_items_words_is_swapped(text):
    assert _items(text)


@pytest.mark.parametrize("text", [
    "这回是公司提出、双方协商一致解除，依据第四十六条第二项支付补偿。",
    "依第四十条第三项，客观情况发生重大变化，双方协商后仍未达成变更协议。",
    "部门重新调整后，你原来的岗位已经没有了，按第四十条第三项解除并支付补偿。",
    "我们核实过你不属于患病、医疗期的情形，按第四十条第三项处理。",
    "依据第四十六条第三项，这次补偿按工作年限计算。",
])
def test_an_item_with_its_own_words_or_no_others_passes(text):
    assert not _items(text)


def _period_flags(text: str) -> list:
    from guardrails.facts import Figure
    from guardrails.guards import numbers
    from tests.guardrails.conftest import seed_facts

    base = seed_facts()
    facts = seed_facts(figures=[*base.figures,
                                Figure(label="本市上年度职工平均工资（年）", amount="120000.00"),
                                Figure(label="本市上年度职工平均工资（月）", amount="10000.00")])
    return [v for v in numbers.check(text, facts) if v.category == "amount_wrong_period"]


@pytest.mark.parametrize("text", [
    "本市上年度职工月平均工资为120,000.00元，按三倍封顶。",
    "社平工资每月120,000.00元，你的工资没超过三倍。",
    "本市职工年平均工资是10,000.00元。",
    "社平工资120,000.00元/月，三倍就是封顶线。",
])
def test_a_figure_stated_with_the_other_period_is_caught(text):
    assert _period_flags(text)


@pytest.mark.parametrize("text", [
    "本市上年度职工年平均工资为120,000.00元，折合每月10,000.00元。",
    "月平均工资10,000.00元的三倍是封顶基数。",
    "社平工资120,000.00元是全年的数，不是每月的。",
])
def test_a_figure_with_its_own_period_passes(text):
    assert not _period_flags(text)


def test_the_statutory_standard_doubled_is_the_cases_2n():
    from tests.guardrails.conftest import seed_facts
    from tests.guardrails.test_guards import blocking
    facts = seed_facts(multipliers=["2N"])
    assert not blocking("numbers", "依法按第四十七条标准的二倍计算赔偿金。", **facts.model_dump(include={"multipliers"}))
    # the same doubling where the case has no 2N stays a violation
    assert blocking("numbers", "依法按第四十七条标准的二倍计算赔偿金。")
