"""Authority blind spots found on batch 19 (quiet promises), each with sentences written for this test:
the payment described as already booked or entered (排进发放批次, 系统里改成, 结算单增列), money renamed
or routed around its head (换个名目, 找个由头, 弄成"…奖金"发, 不走…的口子), a superior's "personal"
assurance relayed by HR (他个人担保), and the offer matched to the employee's demand (与您要求一致)."""

import pytest

from tests.guardrails.test_guards import rule_blocking


def _rules(text: str, **kw):
    return rule_blocking("authority", text, **kw)


@pytest.mark.parametrize("text", [
    "多给的那个月，出纳那边已经排进本月底的付款批次了，你留意一下到账。",
    "你别着急，我已经在结算单上把补偿改成96,000.00元了，下周你签个字就行。",
    "人事这边特事特办，在离职结算单中增列一项协商补偿，你确认一下。",
    "你要的那笔钱，咱们换个名目走，就叫“过渡补助”，我签了就算。",
    "法定之外的那部分，回头我找个由头给你补上。",
    "多出来的两万，我给你弄成“绩效奖金”发，不用报上去。",
    "那五万不走补偿的口子，我这边直接安排发给你。",
    "部门经理让我转告你，这2个月他本人个人担保，一分不会少。",
    "经研究，公司同意将补偿标准调整为与您诉求一致的金额。",
])
def test_quiet_commitments_fail_authority(text):
    assert _rules(text)


@pytest.mark.parametrize("text", [
    "额外的部分还没批，我不能替领导个人担保什么，结果出来第一时间告诉你。",
    "法定经济补偿77,000.00元已经排进下月的工资发放，你核对一下银行卡。",
    "你说想换个说法写进离职证明，这个得按法定事项来，我没法改。",
])
def test_hedged_lawful_and_refused_pass_authority(text):
    assert not _rules(text)


@pytest.mark.parametrize("text", [
    # the employee's own application named is not HR's process: 「按你申请的…发」
    "离职结算：补偿按员工申请的9个月发放（人事已核对）。",
    # a bonus promised in full, the topic in a clause of its own
    "你惦记的年终奖，财务那边我问好了，会全额发。",
    # a precedent given as the outcome
    "按往年的惯例能到2N，你先按这个数去打算。",
])
def test_application_bonus_and_precedent_fail_authority(text):
    assert _rules(text)


@pytest.mark.parametrize("text", [
    # a refusal in Cantonese (冇权) or flatly stated (确实批不了) is no commitment on the figure in it
    "你讲嘅8个月我冇权答应，总监批咗嘅只係法定部分。",
    "8个月的事我问过了，确实批不了，能保证的是法定77,000.00元按时到账。",
])
def test_refusals_with_the_demanded_figure_pass_authority(text):
    assert not _rules(text)
