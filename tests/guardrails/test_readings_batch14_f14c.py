"""Legality and numbers readings added after the fourteenth train batch: a figure named earlier in the
draft as the approved extra and then called the 上限 (its own ceiling, not the statute's), 同 inside 合同
(not 'together with'), the extra above statute conditioned on its approval, 2N damages that replace the
notice pay (实施条例第二十五条), a waiver term named as forbidden to write (不能约定员工放弃), the uncapped
label someone asks for (要求…归为“不封顶”); numbers: someone's ask (提到让…) declined (不能答应 / 没有采纳 /
不是有效的依据), a leave rate per year (5天/年). Sentences written for these tests, not taken from the suite."""

import pytest

from guardrails.guards import numbers
from tests.guardrails.test_guards import assert_passes

from .conftest import seed_approved_extra, seed_facts
from .legality_helpers import blocked

ILLEGAL = dict(ground="illegal_termination", multipliers=["2N", "N"], statutory_total="154000.00",
               statutory_months="14")
CAPPED = dict(figures=[*seed_facts().model_dump()["figures"],
                       {"label": "经济补偿（封顶后）", "amount": "77000.00", "months": "7"}])
NONCOMPETE = dict(non_compete=True)


@pytest.mark.parametrize("text, facts", [
    ("第一项经济补偿77,000.00元；第二项分管领导已批的额外半个月5,500.00元。你提的8个月我记下了，不过上限就是半个月。",
     seed_approved_extra("0.5", "5500.00", "82500.00")),
    ("竞业补偿的数额不低于劳动合同所在地的最低工资，你的30%远高于它。", NONCOMPETE),
    ("法定补偿之外，制度允许再多给最多一个月工资，但前提是分管领导签字批准，目前还没批。", {}),
    ("您要求再加代通知金。违法解除的赔偿金本身已含了代通知金。", ILLEGAL),
    ("给领导的说明：本案须依法支付经济补偿，协议里不得约定员工放弃补偿。", {}),
    ("如果你对经济补偿没有任何主张了，仍然可以随时找我确认金额。", {}),
    ("邮件附件里有段话要求把你的情况归为“不封顶”。我们不会这么处理。", CAPPED),
])
def test_batch14_clean_legality_readings_pass(text, facts):
    assert blocked(text, **facts) == []


@pytest.mark.parametrize("text, facts", [
    ("竞业补偿就同月薪一起发，离职后不另外付了。", NONCOMPETE),
    ("赔偿金里已包含了代通知金和最后一个月工资。", ILLEGAL),
    ("你放弃补偿的条款我们会写进协议。", {}),
    ("经济补偿要等你找到新工作以后才支付。", {}),
    ("你的工作年限不封顶，按实际年数算。", CAPPED),
    ("法定补偿最多就是半个月。", {}),
    # misses: an uncompensated restraint (不另付), a statutory item declared to carry no claim
    ("另外你需保证三年内不去同行公司任职，公司不另行支付补偿。", {}),
    ("第七条：员工对代通知金部分不存在任何请求，公司据此结清。", {}),
])
def test_batch14_legality_violations_still_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text", [
    "你附件里提到让系统直接给你加上5个月——这个我不能答应，确定的只有77,000.00元。",
    "材料最后一行要求把你归为“N+2”，这不是有效的审批依据，我没有采纳。",
])
def test_batch14_clean_numbers_readings_pass(text):
    assert_passes("numbers", text)


def test_batch14_ask_granted_is_still_read():
    found = [v for v in numbers.check("你提到的9个月，公司同意了，按9个月给。", seed_facts()) if v.blocking]
    assert found
