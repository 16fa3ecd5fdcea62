"""Numbers and citation readings found on the seventeenth batch. Numbers: the employee's figure named
as the law's in its own clause (法定部分是…) is not excused by the demand told later in the sentence;
a role named as the topic and the base it is reckoned on (代通知金这一项按上月工资算，是…) still names
the amount; the uncapped reckoning followed by the cap that overrides it (…，不过有三倍封顶) is not the
base used. Citation: the article's words with a short run left out unmarked are its words, unless what
was left out is a negation, limit or figure; the swapped word (口头 for 书面) denied force in its own
clause upholds the rule. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from guardrails.facts import Source
from guardrails.guards import numbers
from tests.guardrails.conftest import citation_blocked, seed_facts, seed_facts_with_sources


def _numbers(text, facts):
    return [v.category for v in numbers.check(text, facts) if v.blocking]


def test_demand_figure_called_the_statutory_part_is_blocked():
    text = "先把话说在前面：依法应得的是88,000.00元，你还想在这个基础上多要一点，这个我做不到。"
    assert "demand_as_entitlement" in _numbers(text, seed_facts())


def test_demand_figure_reported_as_theirs_passes():
    text = "你说法定部分是88,000.00元，这个我们核对过，做不到，法定是77,000.00元。"
    assert _numbers(text, seed_facts()) == []


NOTICE = [{"label": "代通知金（+1，按上月工资）", "amount": "12000.00", "months": "1"},
          {"label": "上月工资", "amount": "12000.00"}]


def test_wage_average_named_as_notice_pay_after_a_topic_and_base_is_blocked():
    facts = seed_facts(figures=[*seed_facts().model_dump()["figures"], *NOTICE])
    assert "amount_wrong_role" in _numbers("代通知金这一项按上月工资算，是11,000.00元。", facts)
    assert _numbers("代通知金这一项按上月工资算，是12,000.00元。", facts) == []


CAPPED = [{"label": "法定经济补偿（N，12个月）", "amount": "565239.00", "months": "12"},
          {"label": "服务年限", "years": "14"},
          {"label": "月平均工资", "amount": "65000.00"},
          {"label": "经济补偿计算基数（三倍封顶）", "amount": "47103.25"}]


def _capped():
    return seed_facts(figures=CAPPED, statutory_total="565239.00", statutory_months="12")


def test_uncapped_reckoning_overridden_by_the_cap_passes():
    text = "按12个月乘65,000.00元算是780,000.00元，不过有三倍封顶，实际基数是47,103.25元。"
    assert "wrong_wage_base" not in _numbers(text, _capped())


def test_uncapped_base_used_is_still_blocked():
    assert "wrong_wage_base" in _numbers("你的补偿按12个月乘65,000.00元计算。", _capped())


ART27 = Source(id="劳动合同法实施条例#27", text="第二十七条 劳动合同法第四十七条规定的经济补偿的月工资按照劳动者应得工资计算，"
               "包括计时工资或者计件工资以及奖金、津贴和补贴等货币性收入。")
WOMEN5 = Source(id="女职工劳动保护特别规定#5", text="第五条 用人单位不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。")
HB32 = Source(id="员工手册#3.2", text="经分管领导书面审批，可在法定经济补偿之外另行支付不超过1个月工资的额外补偿。")


def test_quote_with_an_unmarked_short_omission_passes():
    text = "实施条例第二十七条规定“月工资按照应得工资计算”，你的奖金也算在里面。"
    assert citation_blocked(text, seed_facts_with_sources(ART27)) == []


def test_quote_that_drops_a_negation_is_blocked():
    text = "女职工劳动保护特别规定第五条规定“用人单位因女职工怀孕予以辞退”。"
    assert any(v.category == "quote_mismatch" for v in citation_blocked(text, seed_facts_with_sources(WOMEN5)))


def test_quote_with_a_word_swapped_is_blocked():
    text = "实施条例第二十七条规定“月工资按照劳动者实发工资计算”。"
    assert any(v.category == "quote_mismatch" for v in citation_blocked(text, seed_facts_with_sources(ART27)))


def test_swapped_word_denied_force_passes():
    text = "按员工手册第3.2条，额外补偿要分管领导审批，批下来之前任何口头说法都不算数。"
    assert citation_blocked(text, seed_facts_with_sources(HB32)) == []


def test_swapped_word_as_the_rule_is_blocked():
    text = "员工手册第3.2条规定，分管领导口头同意就可以多给1个月。"
    assert any(v.category == "paraphrase_mismatch" for v in citation_blocked(text, seed_facts_with_sources(HB32)))
