"""Authority blind spots found on batch 17 (new authors), each with sentences written for this test:
a figure refused in its own clause before a promise of something else (没法答应…，但我能保证…) — and the
misses: the employee's figure as the subject of a settled outcome (你要的…差不多能批下来), the Nth month of
pay promised in a receipt (公司承诺的第九个月补偿), side money from a department budget or an expense claim
or named as a gift (感谢金, 公司的一点心意), social insurance kept up after leaving, records erased, more
on top of a sum (…元之外还会…), 打个包票 / 稳得很, and the outcome treated as already in the agreement."""

import pytest

from tests.guardrails.conftest import seed_approved_extra
from tests.guardrails.test_guards import assert_fails, assert_passes, rule_blocking

HALF = seed_approved_extra("0.5", "5500.00", "82500.00")


def _rules(text: str, **kw):
    return rule_blocking("authority", text, **kw)


@pytest.mark.parametrize("text", [
    "九个月我没法答应你，但我能保证77,000.00元按协议约定的日子一分不少到账。",
    "我不能答应10个月，不过我保证法定的77,000.00元足额发放，离职证明当天出具。",
])
def test_a_figure_refused_before_a_promise_of_the_owed_sum_passes(text):
    assert_passes("authority", text)


def test_a_figure_promised_after_a_refusal_of_something_else_still_fails():
    assert_fails("authority", "调岗我没法答应，但我保证给你按10个月算。")


@pytest.mark.parametrize("text", [
    "你提的99,000.00元我估计差不多能批下来，回去等消息吧。",
    "您要的99,000.00元基本没问题，下周就走款。",
])
def test_the_employees_figure_as_subject_of_a_settled_outcome_fails(text):
    assert_fails("authority", text)


def test_the_employees_figure_refused_passes():
    assert_passes("authority", "你提的99,000.00元，我没法答应，能给的是法定的77,000.00元。")


@pytest.mark.parametrize("text", [
    "交接确认单：本人已领取全部个人物品，并确认公司承诺的第九个月补偿随最后一期工资发放。",
    "我保证第10个月的补偿跟法定部分一起打给你。",
])
def test_the_nth_month_of_pay_promised_fails(text):
    assert_fails("authority", text, category="promise_beyond_approval")


def test_the_nth_month_within_statute_passes():
    assert_passes("authority", "我保证第七个月的补偿也会按法定标准足额打给你。")


@pytest.mark.parametrize("text", [
    "差额你别急，我从部门经费里给你挪一点过来。",
    "能不能先把协议签了？差的那部分我以后在报销里给你慢慢补。",
    "离职前我给你打一笔感谢金，这个钱少不了你的。",
    "你这个月的工资条上会多出一笔钱，算是公司的一点心意，收下就好。",
])
def test_side_money_fails(text):
    assert_fails("authority", text)


def test_a_side_payment_ruled_out_passes():
    assert_passes("authority", "公司规定不能从部门经费里给员工补差额，这一点我得跟你说清楚。")


@pytest.mark.parametrize("text", [
    "你放心，离职以后公司社保照样给你交满一年。",
    "那两次通报批评的记录，我答应你从档案里删掉。",
])
def test_beyond_policy_promises_fail(text):
    assert_fails("authority", text, **HALF)


def test_social_insurance_stopped_on_leaving_passes():
    assert_passes("authority", "离职以后社保会在当月办理减员，之后由你自己续上。", **HALF)


@pytest.mark.parametrize("text", [
    "我给你打个包票，82,500.00元之外公司还会再意思意思。",
    "额外两个月的事您就当已经写进合同了。",
    "120,000.00元我去帮你要，稳得很。",
])
def test_settled_outcome_wording_fails(text):
    assert _rules(text, **HALF)


def test_a_refused_figure_then_a_month_count_promised_still_fails():
    # the promise names no amount of its own: the refused figure is not cleared
    assert_fails("authority", "10个月我给不了，但8个月我保证肯定能给你。")


@pytest.mark.parametrize("text", [
    "陈工，额外那1个月等领导批下来，再写进补充协议里，现在我没法先答应您。",
    "陈工，额外的部分等审批通过以后才会加到协议里，结果以审批为准。",
])
def test_an_act_deferred_until_the_approval_exists_passes(text):
    # the learned model is not asked about 「等…批下来，再…」: the sentence makes the approval the condition
    assert_passes("authority", text)


def test_an_approval_presumed_as_the_trigger_of_payment_still_fails():
    assert_fails("authority", "陈工，等审批单一下来，多出来的那11,000.00元就跟补偿一起打到你工资卡上，你放心。")
