"""Citation content checks (wrong article/item, flipped negation, shortened lists, changed
numbers inside the statute's wording), chunk-id citations, and the numbers guard's role checks.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from guardrails.facts import Source
from guardrails.guards import GUARDS
from guardrails.numbers import find_numbers
from guardrails.types import Severity
from tests.guardrails.conftest import seed_facts

WOMEN_5 = Source(id="女职工劳动保护特别规定#5",
                 text="第五条 用人单位不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。")


def blocked(guard: str, text: str, **override) -> list:
    facts = seed_facts(**override)
    return [v for v in GUARDS[guard].check(text, facts) if v.severity is Severity.BLOCK]


@pytest.mark.parametrize("text", [
    "依据《劳动合同法》第四十六条第二项，用人单位依照本法第四十条规定解除劳动合同的，要付经济补偿。",
    "《劳动合同法》第四十七条第三款：月工资是指劳动者在劳动合同解除或者终止前六个月的平均工资。",
    "参考依据：劳动合同法#36、#40。",
    "员工手册3.2：“经分管领导口头同意，可额外支付不超过1个月工资的补偿。”",
])
def test_citation_content_fails(text):
    assert blocked("citation", text), text


def test_shortened_list_fails_and_open_list_passes():
    base = seed_facts()
    facts = {"sources": [*base.sources, WOMEN_5], "corpus_ids": [*base.corpus_ids, WOMEN_5.id]}
    bad = blocked("citation", "《女职工劳动保护特别规定》第五条规定，用人单位不得因女职工怀孕、生育降低其工资。", **facts)
    assert [v.category for v in bad] == ["content_mismatch"]
    assert not blocked("citation", "《女职工劳动保护特别规定》第五条规定，用人单位不得因女职工怀孕、生育等降低其工资。", **facts)
    flipped = blocked("citation", "《女职工劳动保护特别规定》第五条规定，公司可以因女职工怀孕调整工资。", **facts)
    assert [v.category for v in flipped] == ["content_mismatch"]


@pytest.mark.parametrize("text", [
    "《劳动合同法》第四十七条规定，经济补偿按工作年限计算，每满一年付一个月工资。",
    "依据劳动合同法#47、#46，你的补偿按N计算。",
    "补充协议\n第一条 甲方向乙方支付经济补偿77,000.00元。\n第二条 本协议一式两份。",
    "员工手册3.2规定，公司提出协商解除的，按国家规定支付经济补偿。",
])
def test_citation_content_passes(text):
    assert not blocked("citation", text), text


@pytest.mark.parametrize("text", ["你的经济补偿是88,000.00元。", "你的工龄是7年零3个月。"])
def test_numbers_role_fails(text):
    assert blocked("numbers", text), text


@pytest.mark.parametrize("text", ["你提出的88,000.00元我们记下了，但目前只能按法定77,000.00元。",
                                  "你要求的8个月超出了法定标准。", "你在公司工作了7年。"])
def test_numbers_role_passes(text):
    assert not blocked("numbers", text), text


def test_multiplier_does_not_swallow_a_month_count():
    found = [(m.kind, m.text) for m in find_numbers("你主张2N加一个月代通知金")]
    assert ("multiplier", "2N") in found and ("months", "一个月") in found


def test_parts_are_not_money():
    assert not [m for m in find_numbers("补偿分三块：第一块是经济补偿") if m.kind == "amount"]


@pytest.mark.parametrize("text", [
    "听说你上周刚做完胆囊手术，这次调整对你也是个休养的机会。",
    "你是团员又是少数民族，组织上相信你会配合。",
    "工资会打到你的建设银行6217000011112222333，请核对。",
    "你的补偿明细已经同步到部门群里了，大家都能看到你的诉求。",
    "为了核查，请把你的护照首页拍照发我。",
])
def test_privacy_sensitive_fails(text):
    assert blocked("privacy", text), text


@pytest.mark.parametrize("text", [
    "办理离职不需要你的病历或检查资料。",
    "工作交接人：李明（财务）。交接内容：报销台账。",
    "这笔钱进您的工资卡，一般在下个发薪日。",
])
def test_privacy_passes(text):
    assert not blocked("privacy", text), text


# --- citation readings (batch-4 blind spots; sentences written for these tests) ------------
@pytest.mark.parametrize("text", [
    "协议初稿第三条写明：甲方一次性支付经济补偿77,000.00元。",           # the agreement's own clause
    "附件扫描件第五条有一段手写批注，我们不作为协议内容。",
    "未获批准的，甲方按第一条约定的金额支付，双方均无异议。",
    "第二条 付款方式\n甲方于最后工作日后十日内支付。",
    "依《劳动合同法》第三十六条协商解除，工资照常结到最后一天。",          # an idiom, not a period
    "依第四十六条、第四十七条：你的月均工资11,000.00元低于12,000.00元，不涉及封顶。",
    "手册3.2写明：“经分管领导书面批准，补偿可在法定标准之上增加不超过一个月工资。”",  # 手册 = the handbook
    "第四十六条列明的情形包括用人单位依照第三十六条提出并协商一致解除的。",  # the statute's cross-reference
])
def test_citation_readings_pass(text):
    assert not blocked("citation", text), text


@pytest.mark.parametrize("text", [
    "第四十七条规定：“每满一年支付两个月工资的标准向劳动者支付。”",          # a citation opening a line is one
    "手册3.2里也说了：“经分管领导口头同意，补偿可以增加两个月工资。”",
    "第三十六条规定：“用人单位与劳动者协商一致，不得解除劳动合同。”",
    "《员工手册》9.9的规定，离职前须交还工牌。",
    "依据第四十六条，用人单位依照第三十九条向劳动者提出解除劳动合同的，应当支付经济补偿。",
])
def test_citation_readings_fail(text):
    assert blocked("citation", text), text
