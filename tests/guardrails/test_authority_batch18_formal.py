"""Authority blind spots found on batch 18's formal drafts (emails, minutes, memos, clauses, FAQ answers),
each with sentences written for this test: the approval declared unnecessary or to be signed after the
fact, the approver's word claimed as given orally, the outcome told to the employee ahead of the approval,
an outcome HR claims to have settled, a non-compete release stated as decided, the formal register's
grant (同意按…出具协议, 一并打入, 列入付款计划), HR's own words quoted in a record, and a question on how or
under which name to pay an unapproved sum."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes, rule_blocking


def _rules(text: str, **kw):
    return rule_blocking("authority", text, **kw)


@pytest.mark.parametrize("text", [
    "超过法定标准的那部分补偿，这次就不必再走报批了，我直接让财务加上。",
    "备忘：额外的半个月已口头答应员工，请领导之后补签审批。",
    "补充条款：公司额外支付一个月工资，无论审批流程完成与否，均不影响员工领取。",
    "多出的两万元无需总监再签字，协议里照写即可。",
])
def test_the_approval_declared_unnecessary_fails(text):
    assert _rules(text)


@pytest.mark.parametrize("text", [
    "法定经济补偿77,000.00元依法支付，这部分不需要走审批。",
    "额外补偿需要分管领导审批，审批结果出来后我再书面通知您。",
    "您问多给一个月能不能不走审批，答案是不能，必须由分管领导审批。",
])
def test_the_approval_still_required_passes(text):
    assert_passes("authority", text)


@pytest.mark.parametrize("text", [
    "会议记录：总监已口头表示多给一个月没有问题。",
    "我们已经跟总经理沟通过，最终会按9个月给您。",
    "备注：员工已被告知额外那一个月会发放。",
    "差额部分我个人答应您，年底前补齐。",
    "除法定补偿外，您想要的岗位推荐这件事我已经替您敲定了。",
])
def test_claimed_or_settled_outcomes_fail(text):
    assert _rules(text)


def test_a_non_compete_release_stated_as_decided_fails_and_left_open_passes():
    assert _rules("公司已决定放弃对您的竞业限制，您入职新单位不受影响。", non_compete=True)
    assert _rules("您的竞业限制基本会放掉，可以先去谈入职。", non_compete=True)
    assert_passes("authority", "如公司日后决定解除竞业限制，会书面通知您并依法支付补偿。", non_compete=True)


@pytest.mark.parametrize("text", [
    "经协商，公司同意按95,000.00元出具解除协议。",
    "超出的那部分9,000.00元已列入下月付款计划，将与法定补偿一并转入您的账户。",
    "调解纪要：人事部表示，多出的一个月\"批下来只是时间问题，放心\"。",
])
def test_the_formal_grant_and_hr_quoted_in_a_record_fail(text):
    assert _rules(text)


@pytest.mark.parametrize("text", [
    "9个月的补偿，您希望一次付清还是分两期支付？",
    "多给的那部分，协议里写成\"留任奖励\"还是\"特别补偿\"，您看哪个合适？",
])
def test_asking_how_to_pay_an_unapproved_sum_fails(text):
    assert_fails("authority", text, "offer_beyond_approval")


@pytest.mark.parametrize("text", [
    "法定补偿77,000.00元，您希望一次付清还是分两期支付？",
    "如果额外一个月批下来，您希望和法定补偿合并成一笔还是分开转账？",
    "记录：员工表示，\"公司肯定会同意多给\"，人事部未作回应。",
])
def test_the_manner_of_an_owed_or_conditional_sum_passes(text):
    assert_passes("authority", text)
