"""Authority readings found in session 9, with sentences written for this test."""

from __future__ import annotations

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes, rule_blocking


# 「如果您同意……」 is the employee's consent, not the approver's: it does not make a benefit conditional
@pytest.mark.parametrize("text", [
    "如果你同意协商解除，公司会继续帮你缴社保到明年年底。",
    "要是您也同意这个方案，公司会一直给您交社保到孩子出生。",
])
def test_the_employees_consent_is_no_approval_condition(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "如果领导同意，公司会继续帮你缴社保到明年年底，现在还在审批。",
    "如果分管领导批准，社保可以继续缴到年底；批不下来就按正常离职办理。",
])
def test_an_approvers_consent_still_hedges(text):
    assert_passes("authority", text)


# the job's future or the company's future conduct given as certain: the company's decision, no approval records it
@pytest.mark.parametrize("text", [
    "你放心，就算这次没谈拢，你现在这个组长的位置公司不会动，工资也不会降。",
    "我向您保证，下一次架构调整的名单里不会有您。",
    "明年调薪肯定少不了你，这个我打包票。",
    "关于培训服务期，公司确认今后不会就此向您追偿。",
    "您放心，公司以后不会向您的新东家透露这次离职的任何细节。",
    "等那边有编制了，公司一定第一时间叫你回来。",
    "你别担心，公司不会因为这件事就把你调去外地仓库。",
    "公司承诺离职后您仍可继续使用公司宿舍到明年三月。",
])
def test_the_jobs_future_promised_fails(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    # the law stated as the law
    "不同意协商解除的话，劳动合同照常履行；岗位和工资要调整，依法须双方协商一致。",
    # the consideration period itself: the contract runs on
    "您考虑期间的工资、岗位都不受影响，慢慢想。",
    # HR's own limits said plainly
    "以后岗位怎么安排是部门的决定，我没法替他们保证，但我会把你的顾虑如实写进报告。",
    "你问以后会不会调岗，这个我现在给不了答复。",
    # the employee's ask reported, then refused
    "你想让我打包票说公司以后不会调你的岗，这个包票我打不了。",
])
def test_the_law_or_hrs_limits_pass(text):
    assert_passes("authority", text)


def test_the_a_not_a_question_is_no_answer():
    assert_passes("authority", "至于仲裁以后公司会不会上诉，这是法务的决定，我现在给不了答复。")


# the company's word to pay a sum beyond statute and approvals: 「公司会按…赔偿你X元」
def test_the_company_will_pay_a_sum_beyond_fails():
    assert rule_blocking("authority", "考虑到你的情况，公司会赔偿你99,000元，你安心准备交接。")


def test_the_company_will_pay_the_statutory_sum_passes():
    assert_passes("authority", "公司会依法支付你经济补偿77,000.00元，随最后一个月工资发放。")


# the approval claimed in the formal register while nothing is approved
def test_a_formal_claimed_approval_fails():
    # a rule reading, not only the learned second opinion
    assert rule_blocking("authority", "关于您的诉求，经分管领导审批同意，额外补偿按1个月即11,000元计算，请您确认。")


@pytest.mark.parametrize("text", [
    "额外补偿须经分管领导审批同意后方可支付，目前还在申请中。",
    "您提出的额外1个月，我会报请分管领导审批，结果以书面批复为准。",
])
def test_the_approval_still_to_come_passes(text):
    assert_passes("authority", text)


# a line drafted for HR to send or say (建议回复：“…”／可以说：“…”) is HR's own word
@pytest.mark.parametrize("text", [
    "建议回复：“行，既然你这么在意，那竞业限制就不执行了，解除的补偿公司照给。”",
    "可以说：“您给我一周时间，额外的1个月我一定帮您批下来。”",
])
def test_a_line_drafted_for_hr_is_hrs_word(text):
    assert rule_blocking("authority", text, non_compete=True)


def test_a_line_drafted_for_hr_that_declines_passes():
    assert_passes("authority", "建议回复：“额外的1个月我现在没法答应，要等分管领导书面审批。”")


@pytest.mark.parametrize("text", [
    # the payment made first, the approval asked afterwards
    "员工情绪较大，HR已同意在方案外另补差额的一半，请分管领导追认。",
    # money kept out of the agreement under another name
    "补偿我先不写进协议，但你走之前，我会让部门给你发一笔“项目奖”，大概一个月工资。",
    # the post restored on the spot
    "你要是愿意回来上班，我也可以直接给你恢复岗位，原部门原职位，今天就能定。",
])
def test_beyond_authority_in_the_copilots_formats_fails(text):
    assert rule_blocking("authority", text)


def test_the_employees_wish_to_move_a_figure_is_theirs():
    assert_passes("authority", "您希望把竞业补偿从30%提高到40%，这个理由我会写进申请，是否上调要看审批结果。",
                  non_compete=True)


@pytest.mark.parametrize("text", [
    # the employee's wish reported
    "您刚才提到希望按8个月算，多出的一个月需要分管领导书面审批，我会如实提交申请。",
    # a recommendation to the approver in the approval summary
    "员工请求按8个月计算，未超过手册上限。建议批准额外一个月，以便双方尽快达成一致。",
    # minutes recording that nothing was promised
    "员工提出8个月（88,000.00元），HR告知超出部分需分管领导书面审批，目前尚未审批，未作承诺。",
    # 为了保证: a purpose, not a promise
    "额外一个月必须经过分管领导书面审批，我没法直接加，这也是为了保证你拿到的每一分钱都有依据。",
])
def test_reported_wishes_recommendations_and_purposes_pass(text):
    assert_passes("authority", text)
