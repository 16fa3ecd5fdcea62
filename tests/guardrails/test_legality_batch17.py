"""Legality readings added after the seventeenth train batch. Misses: a signed settlement put as final and
beyond arbitration; social-insurance arrears agreed away in a receipt; a right named after a statute's title
(《…》 counts as one unit); a 就-clause listing the rights before 提出任何主张; the capped base put as the
minimum wage; a statutory ceiling put as 最高不超过; a clause to be signed or written quoted after 签一份 /
写成您 (and after an idiomatic 不: 要不、行不行), which is the draft's own wording, not reported speech.
FP: how a struck-out clause would read (像是让您放弃权利). Sentences written for these tests."""

import pytest

from guardrails.frames import reported_speech

from .legality_helpers import blocked

ART40 = dict(ground="art40_incompetence", multipliers=["N+1"], statutory_total="66000.00", statutory_months="6")
CAPPED = dict(statutory_total="600000.00", statutory_months="12", figures=[
    {"label": "法定经济补偿（N，封顶后12个月）", "amount": "600000.00", "months": "12"},
    {"label": "封顶月工资基数（当地上年度职工月平均工资三倍）", "amount": "50000.00"},
])


@pytest.mark.parametrize("text, facts", [
    ("这份协议你一旦签了，就是终局的，以后再去仲裁也没用。", {}),
    ("签完之后劳动仲裁委都不会再受理你的申请了。", {}),
    ("乙方确认甲方不再为其补缴入职当年漏缴的社会保险。", {}),
    ("你签一份“自愿放弃年休假工资”的声明，流程就快了。", {}),
    ("要不这样，你签一个“本人放弃加班费及年休假工资”的确认，我们这边尽快办手续。", {}),
    ("乙方放弃依据《中华人民共和国劳动合同法》第八十二条主张二倍工资差额的权利。", {}),
    ("员工承诺今后不再就医疗期、工伤期间的各项待遇向甲方提出任何请求。", {}),
    ("您的补偿年限按12年封顶，计算基数按本市最低工资标准确定。", CAPPED),
    ("依第四十条解除的，经济补偿最高不超过三个月工资。", ART40),
    ("您看行不行，协议里写成您“因家庭原因主动申请离职”，钱一分不少。", {}),
])
def test_batch17_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("封顶是法律规定的，写上这句反而好像要您放弃什么权利，所以我把它删了。", {}),
    ("我们不会让你签一个“自愿放弃加班费”的声明。", {}),
    ("协议签了也不等于终局，有欺诈、胁迫情形的仍可申请撤销。", {}),
    ("超过一年仲裁时效的，仲裁委一般不予受理，所以有问题请尽早提出。", {}),
    ("补偿计算基数不得低于当地最低工资标准。", CAPPED),
    ("按员工手册，额外补偿最高不超过1个月。", ART40),
])
def test_batch17_clean_sentences_pass(text, facts):
    assert not blocked(text, **facts)


def test_idiomatic_not_before_a_quote_is_no_refusal():
    # the clause quoted after 签一个 is the draft's own wording even after 要不; after 不会让 it is refused
    assert not reported_speech("要不你签一个“本人自愿放弃全部加班费”的说明")
    assert reported_speech("我们不会让你签一个“本人自愿放弃全部加班费”的说明")
