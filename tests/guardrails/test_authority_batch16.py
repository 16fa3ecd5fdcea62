"""Authority blind spots found on batch 16 (new authors), each with sentences written for this test:
the employee's ask named as theirs (你对9个月的要求) inside a promise of HR's own process, the
approval named as not needed for the statutory sum (不用谁批) — and the misses: the ask accepted in the
company's formal voice (予以认可), a bonus promised in full, an open-ended offer of whatever else is
needed with the process bypassed (不用再走流程), the approver's assent declared unconditional."""

import pytest

from tests.guardrails.conftest import seed_approved_extra
from tests.guardrails.test_guards import assert_fails, assert_passes, rule_blocking

HALF = seed_approved_extra("0.5", "5500.00", "82500.00")


def _rules(text: str, **kw):
    return rule_blocking("authority", text, **kw)


@pytest.mark.parametrize("text", [
    "我保证把您对9个月的诉求连同理由原样交给分管领导。",
    "你关于10个月的要求我一定一字不落地写进签报，这点我保证。",
])
def test_the_employees_ask_named_in_a_promise_of_process_passes(text):
    assert_passes("authority", text, **HALF)


@pytest.mark.parametrize("text", [
    "您对9个月的要求，公司同意了，我保证下个月发到您卡上。",
    "我保证公司会按9个月给你，下月到账。",
])
def test_the_ask_granted_still_fails(text):
    assert_fails("authority", text, **HALF)


def test_the_statutory_sum_needing_no_approval_is_no_commitment():
    found = _rules("法定的77,000.00元板上钉钉，这是按法律算出来的，不用谁批。")
    assert not found, found


def test_a_sum_beyond_statute_with_no_approval_needed_fails():
    assert _rules("120,000.00元板上钉钉，不用谁批，你放心签。")


@pytest.mark.parametrize("text", [
    "关于员工所提按9个月计发补偿的请求，公司予以认可，差额随当月工资发放。",
    "经研究，对您提出的按10个月补偿之请求予以同意。",
])
def test_the_ask_accepted_in_the_formal_voice_fails(text):
    assert_fails("authority", text, **HALF)


def test_the_ask_refused_in_the_formal_voice_passes():
    assert_passes("authority", "关于员工所提按9个月计发补偿的请求，公司无法予以认可，已批准的0.5个月照常支付。", **HALF)


@pytest.mark.parametrize("text", [
    "年终奖我去帮你按全额要，包你满意。",
    "奖金那块照发全额，这事稳了。",
])
def test_a_bonus_promised_in_full_fails(text):
    assert_fails("authority", text, **HALF)


def test_an_open_ended_offer_bypassing_the_process_fails():
    assert_fails("authority", "以后你有任何额外的需求，直接找我，我都能给你办好，不需要走流程。", **HALF)


def test_an_open_question_about_needs_passes():
    assert_passes("authority", "你还有什么其他需求，可以跟我说，我如实报给分管领导，结果以审批为准。", **HALF)


def test_the_approvers_assent_declared_unconditional_fails():
    assert_fails("authority", "领导那边说什么都会同意的，你放心签。", **HALF)


def test_the_approvers_assent_doubted_passes():
    assert_passes("authority", "不管你提什么条件，领导那边都不一定会同意，我只能如实反映。", **HALF)
