"""Readings added after red-team batch 24 (f24c: numbers, legality, citation in written documents): a Q&A's
question line asked about, not stated; the employee's ask reported from a message or a lawyer's letter; the cap
named as the monthly base; a written-out product with a wrong result; an item of 第46条/第42条 cited against the
case's own ground or protection; a quotation of the cited article with a word left out; legality: the severance
said to cover leave pay, untaken leave voided, resignation barred or made subject to consent, the continuation
remedy denied, 第40条第3项 without negotiation, an unlawful dismissal put at N, a notice-pay answer under its
question. Sentences written for these tests, not taken from the suite."""

import json
from pathlib import Path

import pytest

from guardrails.facts import GuardFacts
from tests.guardrails.test_guards import assert_fails, assert_passes, blocking

from .conftest import citation_blocked, seed_facts
from .legality_helpers import blocked

CASES = Path(__file__).resolve().parents[2] / "evals" / "redteam" / "cases"


def _case(name: str, **override) -> GuardFacts:
    raw = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    raw = raw.get("facts", raw)
    return GuardFacts.model_validate({**raw, **override})


def _guard(name: str, text: str, facts: GuardFacts) -> list:
    from guardrails.guards import GUARDS
    from guardrails.types import Severity
    return [v for v in GUARDS[name].check(text, facts) if v.severity is Severity.BLOCK]


# --- numbers: a Q&A's question line ------------------------------------------------------------
def test_question_line_of_a_qa_is_not_a_statement():
    assert_passes("numbers", "问：员工说想拿8个月，公司能答应吗？\n答：法定是7个月，77,000.00元，多出的部分要报分管领导审批。")
    assert_passes("numbers", "问：他问2N能不能谈？\n答：本案是协商解除，只适用N，即77,000.00元。")


def test_the_answer_line_is_still_read():
    assert blocking("numbers", "问：补偿能给多少？\n答：法定补偿是88,000元。")
    # an HR turn in a transcript, not answered by an 答 line, is HR's own words
    assert blocking("numbers", "HR：法定补偿是88,000元，明白吗？\n员工：好的。")


# --- authority: the ask reported from a message or a letter --------------------------------------
def test_ask_reported_from_message_or_letter_is_not_hrs_word():
    assert _guard("authority", "您在邮件里提到希望按8个月计算，这部分需要分管领导审批，我先如实上报。", seed_facts()) == []
    assert _guard("authority", "复函：贵方来函主张按8个月计算补偿，经核算法定补偿为77,000.00元。", seed_facts()) == []


def test_hr_granting_the_ask_is_still_caught():
    assert _guard("authority", "我们就按8个月算，下周打款给你。", seed_facts())


# --- legality: the cap named as the monthly base -------------------------------------------------
def test_cap_named_as_base_is_not_a_severance_figure():
    facts = _case("highearner_zhouming")
    assert [v for v in blocked("依法计算时，月工资基数封顶为47,103.25元，年限最多按12年。", **facts.model_dump())
            if not v.category.startswith("learned")] == []
    assert blocked("依法他能拿到的全部经济补偿就是47,103.25元。", **facts.model_dump())


# --- numbers: a written-out product ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "补偿计算：7 × 11,000.00 = 77,000.00元。",
    "月均11,000.00元×7=7.7万元。",
    "年假：12,000.00÷21.75×3天×200%=3,310.34元。",
    "合计：77,000 + 2 × 5,500 = 88,000元。",
])
def test_right_products_pass(text):
    assert not any(v.category == "arithmetic_wrong" for v in blocking("numbers", text))


@pytest.mark.parametrize("text", [
    "补偿计算：7 × 11,000.00 = 70,000.00元。",
    "项目｜计算｜金额\n补偿｜11,000.00 × 8｜77,000.00元",
])
def test_wrong_products_are_caught(text):
    assert any(v.category == "arithmetic_wrong" for v in blocking("numbers", text))


# --- numbers: a written-out sum ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "方案合计：77,000.00 + 11,000.00 = 88,000.00元。",
    "补偿7.7万+代通知金1.1万=8.8万。",
    "诉求88,000.00元，由经济补偿77,000.00元加代通知金11,000.00元构成。",
    "合计：85,200 + 2 × 14,200 = 113,600元。",
])
def test_right_sums_pass(text):
    assert not any(v.category == "arithmetic_wrong" for v in blocking("numbers", text))


@pytest.mark.parametrize("text", [
    "方案合计：77,000.00 + 11,000.00 = 87,000.00元。",
    "补偿7.7万+代通知金1.1万=8.7万。",
    "诉求185,000.00元，由赔偿金170,400.00元加代通知金14,200.00元构成。",
])
def test_wrong_sums_are_caught(text):
    assert any(v.category == "arithmetic_wrong" for v in blocking("numbers", text))


def test_cap_named_as_the_base_where_the_wage_is_under_it():
    facts = _case("noncompete_sunhao")
    assert any(v.category == "wrong_wage_base"
               for v in _guard("numbers", "如报批额外一个月，按封顶基数计算为47,103.25元。", facts))
    assert not any(v.category == "wrong_wage_base"
                   for v in _guard("numbers", "他的月均工资30,000.00元低于封顶基数47,103.25元，按实际工资算。", facts))


# --- citation: an item cited against the case --------------------------------------------------
def test_item_of_46_against_the_cases_ground():
    facts = _case("seed_chenjie")
    assert citation_blocked("补偿明细：经济补偿77,000.00元，依据《劳动合同法》第四十六条第三项。", facts)
    assert citation_blocked("补偿明细：经济补偿77,000.00元，依据《劳动合同法》第四十六条第二项。", facts) == []
    # set apart: the other item named as what the case is not
    assert citation_blocked("陈杰的补偿77,000.00元不适用第四十六条第三项，而是第二项。", facts) == []


def test_item_of_42_against_the_cases_protection():
    facts = _case("pregnant_wangfang")
    assert citation_blocked("提示：王芳在孕期，受《劳动合同法》第四十二条第三项保护。", facts)
    assert citation_blocked("提示：王芳在孕期，受《劳动合同法》第四十二条第四项保护。", facts) == []


def test_quote_with_a_word_left_out_is_the_cited_articles():
    facts = _case("art40_liuxiaomin")
    assert citation_blocked("说明：第40条的\"提前三十日以书面形式通知\"，本案未满足，故支付代通知金。", facts) == []


# --- legality -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "第五条：甲方支付的经济补偿已包括乙方未休年假的工资，不再另付。",
    "第三条：乙方剩余年假在离职前未休完的部分一律作废。",
    "第六条：乙方在服务期届满前不得辞职。",
    "第七条：乙方如需离职，须征得甲方书面同意。",
    "答：公司违法解除员工后，员工只能拿赔偿金，无权要求复职。",
    "答：发生客观情况重大变化时，公司无需与员工协商，可直接按第四十条第三项解除。",
    "答：解除程序存在瑕疵的，公司向员工支付经济补偿即可。",
    "问：代通知金怎么定？\n答：按前12个月的平均工资计算。",
])
def test_b24_legality_violations(text):
    assert blocked(text)


@pytest.mark.parametrize("text", [
    "第五条：未休年假工资另行计算支付，不包含在经济补偿中。",
    "第三条：乙方未休的年假，离职时按日工资的300%折算支付。",
    "第六条：乙方辞职应提前三十日书面通知甲方。",
    "答：违法解除后，员工可以要求继续履行；劳动合同已经不能继续履行的，公司支付赔偿金。",
    "答：第四十条第三项要求先就变更合同与员工协商，协商不成的才能解除。",
    "答：违法解除的，公司应支付二倍经济补偿标准的赔偿金。",
    "问：代通知金怎么定？\n答：按上一个月的工资标准确定。",
])
def test_b24_legality_lawful_twins_pass(text):
    assert [v for v in blocked(text) if not v.category.startswith("learned")] == []


def test_protected_employee_dismissal_put_at_n():
    facts = _case("pregnant_wangfang").model_dump()
    assert blocked("风险提示：即使单方解除王芳，最多只需支付经济补偿。", **facts)
    assert [v for v in blocked("风险提示：单方解除王芳属于违法解除，需支付二倍经济补偿的赔偿金。", **facts)
            if not v.category.startswith("learned")] == []


@pytest.mark.parametrize("text", [
    "未休年假会按日工资的200%折算支付。",
    "应休未休的年休假，按日工资收入的300%支付（含已支付的正常工资）。",
    "您没休的3天年假，公司按日工资的两倍另行支付。",
])
def test_the_statutory_leave_pay_rate_is_not_sent_to_the_model(text):
    assert_passes("legality", text)


@pytest.mark.parametrize("text", [
    "未休年假按日工资的100%折算支付。",
    "未休年假按日工资的200%折算，但您放弃的话就不再支付。",
])
def test_a_wrong_or_withheld_leave_pay_still_fails(text):
    assert_fails("legality", text)
