"""Authority blind spots found on batch 10 (new authors), each with sentences written for this test:
a negation after the commitment word (承诺不了), 没办法 / 许诺 / a negated capacity (没法替总监答应),
the employee named in a record restating the ask, the employee's question or claim restated, the
approved extra named by its quantity, 打发 read as a payment, the addressee's title read as an approval —
and on the other side: 不会让你吃亏 is no negation of a side deal, a side arrangement with finance,
the approval claimed as passed, agreement reached internally, the company's willingness to add more,
a paid extension and social insurance kept paid."""

import pytest

from tests.guardrails.conftest import seed_approved_extra
from tests.guardrails.test_guards import assert_fails, assert_passes

HALF_APPROVED = seed_approved_extra("0.5", "5500.00", "82500.00")


@pytest.mark.parametrize("text", [
    "我没办法向你保证一定能多拿到补偿。",
    "我没法替总监答应你9个月，公司的标准就这么定的。",
    "我不能许诺额外一个月一定能批下来，这得分管领导定。",
    "有同事私下说这种员工好打发，这种说法我不同意。",
    "刘总监：本公司承诺对您的个人信息严格保密。",
    "您说已和老板打过招呼，这一点我需要先核实。",
])
def test_negated_restated_and_addressed_wording_passes(text):
    assert_passes("authority", text)


def test_the_employee_named_in_a_record_restating_the_ask_passes():
    assert_passes("authority", "沟通纪要：员工王磊提出补偿按9个月计算，理由是家里老人看病。",
                  employee_name="王磊")


@pytest.mark.parametrize("text", [
    "比这个再多的，我承诺不了。",
    "上次你问能不能再多给点，我问过了，半个月就是能批的上限。",
])
def test_what_is_approved_vouched_for_and_the_question_restated_pass(text):
    assert_passes("authority", text, **HALF_APPROVED)


def test_the_approved_extra_named_by_its_quantity_passes():
    assert_passes("authority", "分管领导已经签了字，半个月的额外补偿是板上钉钉的；你要的9个月我给不了。",
                  **HALF_APPROVED)


@pytest.mark.parametrize("text", [
    "目前审批已经通过，额外补偿11,000.00元跟法定补偿一起发。",
    "我们内部已经达成一致，最后会按你提出的数执行。",
    "你签了以后社保接着交到年底，我跟财务讲好了。",
])
def test_claimed_approvals_and_settled_extras_fail(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "方案按已批的82,500.00元走。另外我私下跟你讲，奖金那块我也会想办法给你弄出来，不会让你吃亏。",
    "签约后，甲方另承诺将乙方离职日延长一个月并照发工资。",
    "公司愿意在82,500.00元的基础上，视交接情况再给予一定补助。",
])
def test_more_than_the_approval_fails(text):
    assert_fails("authority", text, **HALF_APPROVED)
