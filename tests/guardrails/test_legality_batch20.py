"""Legality readings added after the twentieth train batch (sentences written for these tests): instalments,
the wage base narrowed to base pay, a receipt's first-person promise not to arbitrate, the 12-year cap without
its condition, notice pay said to be replaced by N, the union's notice waived, expiry said to owe no N, 第42条
declared inapplicable, a failed negotiation as a dismissal ground, statutory money called goodwill; and the
clean side: a proposal reported and refused, an FAQ's question, a non-compete pay said NOT to come from N."""

import pytest

from guardrails.frames import reported_speech

from .legality_helpers import blocked

ART40 = dict(ground="art40_restructure", multipliers=["N+1"], statutory_total="66000.00", statutory_months="6")
PROT = dict(protected=["孕期"])
NC = dict(non_compete=True)


@pytest.mark.parametrize("text, facts", [
    ("补偿款分期给付，具体每次多少由财务视情况定。", {}),
    ("算补偿用的月工资只按基本工资来，绩效奖金不算。", {}),
    ("核一下口径：季度奖和各类补贴都不计入补偿基数。", {}),
    ("收条第二项：本人以后不就解除一事提起劳动仲裁或诉讼。", {}),
    ("无论收入高低，补偿最高也就12个月封顶。", {}),
    ("你的代通知金就不单独给了，已经付了经济补偿就不再另付代通知金。", ART40),
    ("这次是组织架构调整，不用事先通知工会，你签收即可。", ART40),
    ("合同期满公司不续签，到期终止不用给补偿。", {}),
    ("她这次属于业务线整体关停，第四十二条不适用，照常走裁员流程。", PROT),
    ("如果你一直不同意协商，公司会直接解除合同。", {}),
    ("经济补偿并不是必须给的，给你的这笔算公司的额外关照。", ART40),
    ("A：能。试用期本就是考察期，单位随时可以辞退，也不必讲原因。", {}),
])
def test_batch20_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("业务部门提议把离职原因写成“本人因家庭原因辞职”，我不同意，这不符合事实。", {}),
    ("Q：试用期的同事公司能随便辞退吗？A：不能，要证明不符合录用条件并说明理由。", {}),
    ("竞业补偿单独按月发放，不会从经济补偿里扣除。", NC),
    ("经济补偿在办完交接当天一次性支付。", {}),
    ("如果您自己不愿意按原条件续签，合同到期终止就没有经济补偿。", {}),
    ("依第四十条解除的，公司会事先把理由书面通知工会。", ART40),
])
def test_batch20_clean_sentences_pass(text, facts):
    assert not blocked(text, **facts)


def test_a_record_changed_to_a_quoted_ground_is_the_agreement_wording():
    text = "补充协议：双方同意把离职原因更改为“员工因个人发展原因申请离职”。"
    assert reported_speech(text) == []
    assert blocked(text)
