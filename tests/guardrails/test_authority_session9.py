"""Authority readings found in session 9, with sentences written for this test."""

from __future__ import annotations

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes


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
