"""Legality and citation readings added after the twenty-first train batch (sentences written for these
tests): the 12-year cap stated with another figure, bonuses said not to belong to the base, a work rule said
to need no democratic procedure, a clause the draft agreement holds quoted (its wording, not someone's
speech) with a non-compete and no pay; an article the cited one names, inside its paraphrase set out after
a colon and a semicolon, is the statute's own reference."""

from __future__ import annotations

import pytest

from guardrails.facts import Source
from guardrails.frames import reported_speech
from tests.guardrails.conftest import citation_blocked, seed_facts_with_sources

from .legality_helpers import blocked

EMP = dict(initiated_by="employee", statutory_total="0", statutory_months="0")


@pytest.mark.parametrize("text, facts", [
    ("高收入员工的补偿有双封顶：基数按社平三倍，计算年限最多8年。", {}),
    ("按规定补偿年限封顶为十五年，超出部分不计。", {}),
    ("季度绩效奖不属于补偿的计算基数，核算时请扣掉。", {}),
    ("津贴不算月工资，补偿只看固定部分。", {}),
    ("新的考勤制度下周一起执行，无需经过职代会讨论，发邮件通知即可。", {}),
    ("这次修订手册不用走民主程序，领导签字就生效。", {}),
    ("补充协议里有一条“乙方两年内不得到竞争对手处任职”，属于常规约定，不额外付钱。", {}),
    ("虽然是你自己提的走，法律上协商解除单位都应当付补偿。", EMP),
    ("离职证明上写成公司提出的协商解除也没关系，你方便领失业金。", EMP),
    ("协议里的违约金三十万确实不少，但那是国家规定的标准额度，仲裁也会照付。", {}),
])
def test_b21_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("补偿年限最高不超过十二年，这是第四十七条第二款的规定。", {}),
    ("封顶只针对月工资超过社平三倍的员工，年限最多12年。", {}),
    ("奖金、津贴和补贴都要计入补偿基数，不能只按底薪。", {}),
    ("调整违纪等级必须走民主程序并公示，不能说改完就适用。", {}),
    ("如果公司想改考勤规定，是否需要走民主程序？需要。", {}),
    ("这次是你本人提出离职，材料上不能写成公司提出的解除。", EMP),
    ("服务期违约金不得超过尚未履行部分分摊的培训费用，这是法律规定的上限。", {}),
    ("违约金是双方约定的，并非法律规定的数额。", {}),
])
def test_b21_clean_sentences_pass(text, facts):
    assert not blocked(text, **facts)


def test_a_clause_the_agreement_holds_is_its_wording():
    text = "合同草案中有一条“乙方离职后半年内不得加入同类企业”，请法务再看。"
    assert reported_speech(text) == []
    speech = "员工回复说“我离职后半年内不会去同类企业”，请知悉。"
    assert reported_speech(speech) != []


ART48 = Source(id="劳动合同法#48", text="第四十八条 用人单位违反本法规定解除或者终止劳动合同，劳动者要求继续履行劳动合同的，"
               "用人单位应当继续履行；劳动者不要求继续履行劳动合同或者劳动合同已经不能继续履行的，用人单位应当依照"
               "本法第八十七条规定支付赔偿金。")
ART87 = Source(id="劳动合同法#87", text="第八十七条 用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的"
               "经济补偿标准的二倍向劳动者支付赔偿金。")


def test_the_cited_articles_own_reference_past_a_semicolon_is_not_a_claim_about_it():
    facts = seed_facts_with_sources(ART48, ART87)
    text = ("第四十八条写的是：员工想回来的，公司应当继续履行；员工不要求继续履行的，用人单位应当依照"
            "第八十七条支付赔偿金。")
    assert not [v for v in citation_blocked(text, facts) if v.category == "content_mismatch"]
    # the same words stated as 第八十七条's own content, with no article naming it, are another article's
    wrong = "第八十七条规定：劳动者不要求继续履行劳动合同的，用人单位应当继续履行劳动合同。"
    assert citation_blocked(wrong, facts)
