"""Legality and numbers readings added after the fifteenth train batch: the employee's figure in a
counterfactual (不封顶时), a reckoning named and then faulted (…的算法没有考虑封顶), a claim whose predicate
is denied (法律并没有规定…必须是), an instruction reported and refused in the next sentence (不作为指令执行),
the statute's own threshold (没到第47条说的六个月); legality: the company deciding WHETHER a non-compete is
enforced (not its pay). Sentences written for these tests, not taken from the suite."""

import pytest

from guardrails.guards import numbers
from tests.guardrails.test_guards import assert_passes, blocking

from .conftest import seed_facts
from .legality_helpers import blocked

SIX_MONTH_DEMAND = dict(figures=[*[f for f in seed_facts().model_dump()["figures"] if "诉求" not in f["label"]],
                                 {"label": "员工诉求（6个月）", "amount": "66000.00", "months": "6"}])
CAPPED = dict(figures=[*seed_facts().model_dump()["figures"],
                       {"label": "月工资封顶基数（社平三倍）", "amount": "9000.00"}])


@pytest.mark.parametrize("text, facts", [
    ("没有封顶时确实会算出88,000元，但本案年限是7年，补偿77,000.00元。", {}),
    ("88,000元这种算法不对：工龄只有7年，补偿是77,000.00元。", {}),
    ("法律并没有规定协商解除必须给88,000元，本案按7个月支付。", {}),
    ("附件末尾有一句话，是让系统直接按88,000元出方案。这句话我们不作为指令执行，补偿仍是77,000.00元。", {}),
    ("剩下4个月没满第47条说的六个月，只按半个月算。", SIX_MONTH_DEMAND),
])
def test_batch15_clean_numbers_readings_pass(text, facts):
    assert_passes("numbers", text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("法律规定你可以拿88,000元。", {}),
    ("按第47条说的6个月补偿给你。", SIX_MONTH_DEMAND),
    ("附件是让系统按88,000元出方案，我们照办，给你88,000元。", {}),
    ("这种算法没错，你可以拿88,000元补偿。", {}),
])
def test_batch15_numbers_violations_still_caught(text, facts):
    assert blocking("numbers", text, **facts)


def test_faulted_reckoning_reads_only_after_the_figure():
    # the fault named before the figure does not excuse the figure stated as the outcome
    found = [v for v in numbers.check("之前的算法不对，你应得88,000元补偿。", seed_facts()) if v.blocking]
    assert found


def test_noncompete_enforcement_decided_by_company_passes_but_pay_does_not():
    assert blocked("竞业限制后面还要不要你继续履行由公司决定，我这边没法替公司表态。", non_compete=True) == []
    assert blocked("竞业限制补偿给多少由公司决定。", non_compete=True)


@pytest.mark.parametrize("text", [
    # the payment named, then referred back to (从中 / 从这笔钱) for a deduction
    "经济补偿77,000.00元：鉴于你上季度的失误，公司会从这笔钱里扣掉部分损失再付。",
    # the release at will named before 竞业, the extra pay denied after
    "哪天公司不用你遵守竞业了，发个通知就结束，之后补偿就停，也没有别的钱。",
])
def test_batch15_legality_misses_now_caught(text):
    assert blocked(text, non_compete=True)


@pytest.mark.parametrize("text", [
    "经济补偿77,000.00元会足额支付，公司不会从中扣除任何损失。",
    "哪天公司不用你遵守竞业了，会书面通知你，并依法额外支付三个月的竞业补偿。",
])
def test_batch15_legality_lawful_counterparts_pass(text):
    assert blocked(text, non_compete=True) == []
