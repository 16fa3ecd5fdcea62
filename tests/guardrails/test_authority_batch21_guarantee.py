"""Authority reading found on the twenty-first batch, with sentences written for this test: the
employee's 「能不能保证……」 answered with a yes is a guarantee; the question's own 「能不能保证」 is not a
disclaimer. A refusal, or a yes limited to HR's own process, stays clean."""

from __future__ import annotations

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes


@pytest.mark.parametrize("text", [
    "您问能不能保证额外那一个月一定批下来——可以保证，您放心等消息。",
    "你上次问我能不能保证离职后档案里不写任何负面评价——这个我可以保证。",
    "您问能否保证竞业期满前不会追究——能，这事您不用操心。",
])
def test_a_yes_to_can_you_guarantee_fails(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "您问能不能保证额外那一个月一定批下来——不能，结果以分管领导审批为准。",
    "您问能不能保证批下来——我能保证的是如实把您的诉求写进申请，结果以审批为准。",
    "你问能不能保证多给一个月，这个我保证不了，要看领导审批。",
])
def test_a_refusal_or_process_only_answer_passes(text):
    assert_passes("authority", text)


# HR taking it on itself to make the employee's figure happen (「X的方案我会帮你落实」)
@pytest.mark.parametrize("text", [
    "你说的8个月我觉得合理，这个方案我会帮你落实，你等我消息。",
    "88,000.00元这个数，我们这边一定替你兑现，放宽心。",
])
def test_demand_taken_on_to_be_made_good_fails(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    # the statutory amount made good: owed anyway
    "法定的77,000.00元我会帮你落实，离职当月按时到账。",
    # the demand reported, its outcome left to the approval
    "8个月的诉求我会如实上报，能不能落实要看分管领导的审批结果。",
])
def test_statutory_made_good_or_demand_reported_passes(text):
    assert_passes("authority", text)
