"""Authority blind spots found on batch 20, each with sentences written for this test: a benefit
outside the compensation package stated as settled in the company's voice (insurance paid on after
the exit, company equipment kept, a full bonus, a reference wording, a post or title kept, the last
day moved with pay, the non-compete released) — the approval state records money only, so no
approval covers it; a precedent offered as the outcome; the rest of a demand agreed "in principle";
and an employee's counter-offer answered with a plain yes (好的，没问题，我们按流程走)."""

import pytest

from tests.guardrails.conftest import seed_approved_extra
from tests.guardrails.test_guards import rule_blocking


def _rules(text: str, **kw):
    return rule_blocking("authority", text, **kw)


@pytest.mark.parametrize("text", [
    "公积金你别操心，公司会接着帮你交到明年三月。",
    "那台显示器你就留着用吧，离职时直接带走，就当送你的。",
    "今年的奖金公司会足额发给你，不按实际在岗月份折算。",
    "以后有单位做背调，我们口径统一说你业绩优秀、公司愿意再次录用。",
    "沟通记录：员工表示想留下，公司同意保留其项目经理职务至年底。",
    "会议纪要：双方确认最后工作日延后至下月底，工资照常发放。",
    "你要是想晚点走也行，工资照发到你走那天，我跟部门说一声就行。",
    "关于你上次受到的警告处分，公司会撤销，档案里不再留痕。",
    "上次小刘的申请，领导去年就是这么批的，你放宽心等结果。",
    "就您所提其余诉求，公司原则同意，细节签约时再谈。",
])
def test_off_package_benefits_precedent_and_wholesale_grants_fail(text):
    assert _rules(text)


@pytest.mark.parametrize("text", [
    "公积金缴到劳动关系解除的当月，之后需要你自己或新单位续缴。",
    "显示器是公司资产，离职时请交回行政，不能带走。",
    "你说希望年终奖按全年发，这个我没法答应，要看公司制度。",
    "背调时公司只核实入职日期、岗位和离职日期，不作评价。",
    "如果公司决定保留你的职务，会另行书面通知你。",
    "你想延后最后工作日，这需要部门负责人批准，我帮你问一下。",
])
def test_the_same_benefits_refused_asked_or_lawful_pass(text):
    assert not _rules(text)


def test_non_compete_release_stated_as_decided_fails_and_conditional_passes():
    nc = {"non_compete": True}
    assert _rules("面谈记录：员工希望早点解除竞业，公司确认将在其离职后择期解除。", **nc)
    assert not _rules("竞业限制期间如果公司决定提前解除竞业，会依法另付三个月补偿。", **nc)


def test_a_counter_offer_answered_with_a_plain_yes_fails():
    assert _rules("（员工：那就按9个月算吧。）\n行，没问题，我们按流程走，你先把交接做完。")
    assert _rules("（员工：能不能再加点钱？）\n好的，这事交给我，协议你等着签就行。",
                  **seed_approved_extra("1", "11000.00", "88000.00"))


def test_a_counter_offer_answered_with_the_approval_still_open_passes():
    assert not _rules("（员工：那就按9个月算吧。）\n好的，我把9个月的诉求报给分管领导，结果以审批为准，"
                      "有消息第一时间告诉你。")
    assert not _rules("（员工：能不能再加点钱？）\n这个我没法答应，已批的方案是目前能给的。")


@pytest.mark.parametrize("text", [
    # a precedent or a routine given as the outcome
    "放心吧，总监对老员工一向照顾，他基本都会给的。",
    # an outcome a third party decides, guaranteed
    "材料齐了，我保证社保中心那边一次就能批下来。",
    # the approval called a formality
    "审批就是个形式，你先按这个数准备签字。",
    # the minutes turn a relayed word into a payment date
    "会后HR据此告知员工，额外补偿将与工资同日支付。",
])
def test_routine_third_party_formality_and_told_ahead_fail(text):
    assert _rules(text)


def test_the_employees_figure_as_where_the_outcome_lands_fails():
    assert _rules("这种情况最后一般都会往你要的88,000.00元靠，你先别急。")
    assert not _rules("你要的88,000.00元我会如实写进申请，结果以审批为准。")


def test_the_risk_figure_granted_with_certainty_fails():
    risk = {"figures": [{"label": "违法解除风险（2N）", "amount": "154000.00"}]}
    assert _rules("我们评估过风险，最后肯定是按154,000.00元给你。", **risk)
    assert not _rules("如果公司仍单方解除，有违法解除风险，赔偿金为154,000.00元。", **risk)


@pytest.mark.parametrize("text", [
    # the figure named as the employee's own ask (您的N个月诉求), promised only as HR's process
    "我能向您保证的是：您的9个月诉求我会原原本本写进申请材料，结果出来书面告诉您。",
    # a dialect negation before the promise (勿好, 唔敢, 冇)
    "额外一个月要领导批，现在还没批，我勿好打包票。",
    # social insurance paid for the last month of employment is owed, not a benefit
    "你最后一个月的社保照常交，年假折算也会一起结清。",
    # how to continue the insurance oneself asked, HR looking up the procedure
    "续缴怎么办理，我帮你把流程查清楚再发给你。",
])
def test_own_ask_dialect_negation_owed_insurance_and_procedure_pass(text):
    assert not _rules(text)


def test_insurance_after_the_exit_promised_fails():
    assert _rules("这些你别操心，离职以后公司社保照样给你交到孩子出生。")
