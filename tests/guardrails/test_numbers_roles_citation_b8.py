"""Blind spots of the numbers and citation guards found on the eighth batch of new authors' drafts,
with sentences written for this test: a right figure named as another role (the wage total as the
compensation, N as the damages, the statutory N as the approved extra), the wrong wage base around
the city cap, the year's leave paid out instead of the unused days — and the readings that made
clean drafts fail: 两块 (two parts), a bare 第三条 of the agreement, 解释一下 read as a law's name,
an article denied to exist, a demand the employee raised as 意见 or 提到."""

import pytest

from guardrails.numbers import find_numbers
from tests.guardrails.test_guards import assert_fails, assert_passes

FIGURES = [
    {"label": "法定经济补偿（N，7个月）", "amount": "77000.00", "months": "7"},
    {"label": "月平均工资（解除前十二个月）", "amount": "11000.00"},
    {"label": "解除前十二个月应发工资合计", "amount": "132000.00"},
    {"label": "赔偿金（2N，14个月工资）", "amount": "154000.00", "months": "14"},
    {"label": "代通知金（+1，按上月工资）", "amount": "11500.00", "months": "1"},
    {"label": "已批准额外补偿（1个月）", "amount": "11000.00", "months": "1"},
    {"label": "已批准方案合计", "amount": "88000.00"},
    {"label": "约定违约金", "amount": "50000.00"},
]
ROLES = {"figures": FIGURES, "multipliers": ["N", "2N", "N+1"]}


@pytest.mark.parametrize("text", [
    "前十二个月的应发工资合计132,000元，这个数就是你这次的经济补偿。",
    "公司决定给予你赔偿金77,000元。",
    "经济补偿是132,000元，下周一次性发放。",
    "另外批准的额外补偿一个月，即77,000元。",
    "代通知金按月平均工资11,000元作为代通知金发放。",
    "协议约定的违约金是154,000元。",
])
def test_a_right_figure_named_as_another_role_fails(text):
    assert_fails("numbers", text, "amount_wrong_role", **ROLES)


@pytest.mark.parametrize("text", [
    "经济补偿77,000元，额外补偿11,000元，合计88,000元。",
    "赔偿金按经济补偿的二倍计算，即2×77,000=154,000元。",
    "月平均工资11,000元，前十二个月应发工资合计132,000元。",
    "你要求的经济补偿是132,000元，这个我们做不到。",
    "赔偿金不是77,000元，而是154,000元。",
    "两倍经济补偿，共154,000元。",
    "竞业限制期间，公司按月支付竞业限制经济补偿11,000元。",
])
def test_a_figure_in_its_own_role_passes(text):
    assert_passes("numbers", text, **ROLES)


CAPPED = {"figures": [
    {"label": "法定经济补偿（N，封顶后12个月）", "amount": "480000.00", "months": "12"},
    {"label": "封顶月工资基数（上年度职工月平均工资三倍）", "amount": "40000.00"},
    {"label": "月平均工资（实际，解除前十二个月）", "amount": "70000.00"},
]}
UNCAPPED = {"figures": [
    {"label": "法定经济补偿（N，6个月）", "amount": "90000.00", "months": "6"},
    {"label": "经济补偿封顶基数（三倍）", "amount": "40000.00"},
    {"label": "月平均工资（解除前十二个月）", "amount": "15000.00"},
]}


def test_the_wage_base_is_the_lower_of_wage_and_cap():
    assert_fails("numbers", "所以N就是12个月乘70,000，已经和法务确认。", "wrong_wage_base", **CAPPED)
    assert_passes("numbers", "您的月工资70,000元高于封顶基数，所以按40,000元×12计算。", **CAPPED)
    assert_passes("numbers", "您提的是按70,000元乘12个月，但法定要封顶。", statutory_months="12", **CAPPED)
    assert_fails("numbers", "封顶基数是40,000元，补偿按这个基数乘以6个月计算。", "wrong_wage_base", **UNCAPPED)
    assert_passes("numbers", "你的月平均工资15,000元低于封顶基数40,000元，按15,000元×6计算。", **UNCAPPED)


LEAVE = {"figures": [
    {"label": "未休年休假工资报酬（4天，200%）", "amount": "4046.00"},
    {"label": "应休未休年休假 4天"},
    {"label": "全年年休假 10天"},
]}


def test_leave_paid_out_is_the_unused_days():
    assert_fails("numbers", "你今年还有10天年假没休，离职时一并折算。", "days_not_in_facts", **LEAVE)
    assert_passes("numbers", "全年年休假10天，折算到最后工作日应休4天，你一天也没休，按4天折算。", **LEAVE)
    assert_passes("numbers", "年假工资4,046.00元在最后一天结清。", **LEAVE)


def test_two_parts_are_not_two_yuan():
    assert [m.kind for m in find_numbers("补偿分两块：法定部分和额外部分。两块合计88,000元。")
            if m.text.startswith("两")] == ["number", "number"]
    assert [m.value for m in find_numbers("两块钱") if m.kind == "amount"]
    assert_passes("numbers", "这次的钱分两块，一块是经济补偿77,000.00元。")


def test_the_employee_s_view_restated_is_attributed():
    assert_passes("numbers", "你提到的88,000元，我们已经记录并提交审批。")
    assert_passes("numbers", "你对88,000元的意见我会原样转给领导。")
    assert_fails("numbers", "你的诉求我们看了。按法定标准，你可以拿的经济补偿是88,000元。")


def test_agreement_clauses_and_verbs_are_not_law_citations():
    assert_passes("citation", "协议草稿已经发给您，第五条是补偿的计算过程，您先看看。")
    assert_passes("citation", "协议第二条我解释一下：第四条写的是付款时间。")
    assert_fails("citation", "依照《劳动合同法》第四十条，公司可以提前通知解除。", "article_not_retrieved")


def test_an_article_denied_to_exist_is_not_cited():
    assert_passes("citation", "劳动合同法一共九十八条，并没有第一百零五条，补偿依据是第四十七条。")
    assert_fails("citation", "根据《劳动合同法》第一百零五条，协商解除应支付N+1。")


def test_article_words_joined_by_a_preposition_are_a_faithful_paraphrase():
    assert_passes("citation", "第四十七条规定不满六个月的按半个月工资计。")
    assert_fails("citation", "第四十七条规定不满六个月的，向用人单位支付半个月工资的经济补偿。")
