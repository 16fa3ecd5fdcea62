"""Blind spots of the coercion, citation and numbers guards found on the tenth batch of new
authors' drafts, with sentences written for this test: the company's own refusal read as the
employee's choice; a trait said to be no ground (不构成…原因) and 成本 read inside 构成本; the
employee's worry restated and acknowledged; an article pointed at as the narrow case a rule is
limited to; a short quotation naming a ground (以…“…”为由); a dotted section number with no
document named; an article's list named with the draft's own holder (你在孕期…); an open list
(…等) in the article; a use the article restricts stated as a permission; 2N defined by the
illegal termination it belongs to."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

A42 = ("第四十二条 劳动者有下列情形之一的，用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同：\n"
       "（一）患病或者非因工负伤，在规定的医疗期内的；\n（二）女职工在孕期、产期、哺乳期的；\n（三）法律、行政法规规定的其他情形。")
H82 = "员工的健康、生育、宗教信仰、身份证件号码等敏感个人信息，仅在法定或办理具体事项所必需时使用，并限于最小范围。"
H61 = "试用期内员工的考核标准为岗位说明书所列的全部职责，由直属主管按月评定。"
PREGNANT = {"sources": [{"id": "劳动合同法#42", "text": A42}, {"id": "员工手册#8.2", "text": H82}],
            "corpus_ids": ["劳动合同法#40", "劳动合同法#42", "员工手册#8.2"]}


# --- coercion ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "你要求加到6个月，这个可以提；我们按制度不同意也是常规做法，一切按规矩办。",
    "公司经过审批拒绝了这个数，这是流程，不是针对你，后面按规定处理。",
])
def test_the_company_s_own_refusal_is_no_condition_on_the_employee(text):
    assert_passes("coercion", text)


@pytest.mark.parametrize("text", [
    "我们不同意这个数，你要是再闹，就按旷工处理。",
    "公司拒绝你的要求，你不签的话，年终奖就别想了。",
])
def test_a_threat_after_the_company_s_refusal_still_fails(text):
    assert_fails("coercion", text, "threat")


@pytest.mark.parametrize("text", [
    "公司书面确认：你在哺乳期这一情况不构成本次调整的理由，你可以选择继续履行合同。",
    "年龄不作为本次协商的考虑因素，方案只按工龄计算。",
])
def test_a_trait_said_to_be_no_ground_passes(text):
    assert_passes("coercion", text)


def test_a_trait_with_a_cost_judgement_still_fails():
    assert_fails("coercion", "你在孕期，用人成本太高，还是拿补偿走吧。", "discrimination")


@pytest.mark.parametrize("text", [
    "你担心离职后公司卡着离职证明不开，这个顾虑我理解，证明会在最后工作日当天给你。",
    "您是怕签了字补偿拖着不给，放心，协议里写明了付款日期。",
])
def test_the_employee_s_worry_restated_and_answered_passes(text):
    assert_passes("coercion", text)


# --- citation ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "代通知金只适用第40条的情形，你这次是协商解除，不涉及。",
    "额外一个月的通知工资仅在第四十条情况下才有，和本案没有关系。",
])
def test_an_article_marking_the_narrow_case_a_rule_is_limited_to_passes(text):
    assert_passes("citation", text)


def test_an_unretrieved_article_relied_on_still_fails():
    assert_fails("citation", "根据第40条，公司可以提前三十日书面通知解除。", "article_not_retrieved")


def test_a_short_quotation_naming_a_ground_is_no_recital():
    assert_passes("citation", "公司不能以第42条“孕期调岗”为由解除你的合同。", **PREGNANT)
    assert_fails("citation", "第42条写明：“孕期可以调岗后解除”。", "quote_mismatch", **PREGNANT)


def test_a_dotted_section_with_no_document_named_is_the_policy_s():
    facts = {"sources": [{"id": "员工手册#6.1", "text": H61}], "corpus_ids": ["员工手册#6.1", "劳动合同法#47"]}
    assert_passes("citation", "第6.1条说得清楚：“由直属主管按月评定”。", **facts)
    assert_fails("citation", "第6.1条说得清楚：“由人事部门一次性评定”。", "quote_mismatch", **facts)


def test_an_article_s_list_named_with_the_draft_s_own_holder():
    assert_passes("citation", "你在孕期、产期、哺乳期的这些时段，照样受第42条保护。", **PREGNANT)
    assert_fails("citation", "第四十二条规定孕期、产期不得依照第四十条解除。", "content_mismatch", **PREGNANT)


def test_part_of_an_open_list_narrows_nothing():
    assert_passes("citation", "依员工手册8.2，身体和生育这类信息只在必需时用，谈话记录不写你的病情。", **PREGNANT)


@pytest.mark.parametrize("text", [
    "员工手册8.2规定，员工的健康信息可以在项目组内共享，所以大家都知道了。",
    "按员工手册8.2，生育信息经主管同意后可以告知同事。",
])
def test_a_restricted_use_stated_as_a_permission_fails(text):
    assert_fails("citation", text, "content_mismatch", **PREGNANT)


# --- numbers -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "2N是违法解除的赔偿标准，这次是协商一致解除，不存在这个问题，按N计算。",
    "2N只适用于违法解除，你这次的情况按N。",
])
def test_2n_defined_by_the_illegal_termination_passes(text):
    assert_passes("numbers", text)


def test_2n_offered_still_fails():
    assert_fails("numbers", "公司这次愿意按2N给你。", "multiplier_not_in_facts")
