"""Authority blind spots found on batch 15 (new authors), each with sentences written for this test:
the employee's wish to settle restated (你想早点定下来), the money topic (钱的事) settled on the statutory
sum — and the misses: the extra named as the clause's subject with its month count after (额外补偿…按1个月),
the employee's demand restated then committed to by anaphora (让它落地), the part above the statutory cap
promised, costs reimbursed after the employee has left."""

import pytest

from tests.guardrails.conftest import seed_approved_extra, seed_facts
from tests.guardrails.test_guards import assert_fails, assert_passes, blocking

HALF = seed_approved_extra("0.5", "5500.00", "82500.00")
DOUBLE = {"figures": [*seed_facts().model_dump()["figures"],
                      {"label": "违法解除赔偿金（2N）", "amount": "154000.00", "months": "14"}],
          "multipliers": ["N", "2N"]}


@pytest.mark.parametrize("text", [
    "我知道您希望早点定下来，可比例的事我做不了主，只能帮您报上去。",
    "你想尽快定下来我理解，方案还得等分管领导看过。",
])
def test_the_employees_wish_to_settle_passes(text):
    assert_passes("authority", text)


def test_the_money_topic_settled_on_the_statutory_sum_is_no_commitment():
    # the rule reading alone (the learned second opinion is judged elsewhere)
    found = blocking("authority", "钱的事公司这边已经定了：按违法解除的2N计，共154,000.00元，下个月随工资结清。", **DOUBLE)
    assert "unauthorized_commitment" not in {v.category for v in found}, found


def test_the_money_topic_settled_on_more_than_statute_fails():
    assert_fails("authority", "钱的事我这边已经定了，一共200,000.00元，你别再去仲裁了。", **DOUBLE)


@pytest.mark.parametrize("text", [
    "好消息，领导那边点头了，额外补偿能按2个月给，明天把协议发你。",
    "额外的部分就按1个月给你，这事已经定了。",
])
def test_the_extra_as_subject_above_the_approved_fails(text):
    assert_fails("authority", text, **HALF)


def test_the_extra_as_subject_within_the_approved_passes():
    assert_passes("authority", "额外补偿按0.5个月给，这是分管领导已经书面批准的，合计82,500.00元。", **HALF)


@pytest.mark.parametrize("approved", [HALF, {}])
def test_the_demand_restated_then_made_to_happen_fails(approved):
    assert_fails("authority", "你要求的9个月我觉得在理，我会把这事落实，过两天给你回话。", "unauthorized_commitment",
                 **approved)


@pytest.mark.parametrize("text", [
    "您放心，超过封顶的那部分，公司会想办法补给您。",
    "你走了以后体检的钱公司继续给你报销，你放心。",
])
def test_benefits_outside_policy_fail(text):
    assert_fails("authority", text, "unauthorized_commitment")
