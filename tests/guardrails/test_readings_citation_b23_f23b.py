"""Citation readings found on the twenty-third batch: an unretrieved article pointed at as a kind of
case (described before its noun, or pointed back at with 那是…的情形/规定 and set apart), a statute's
article followed by 约定 (the statute's, not the parties' clause), and a document outside the corpus
relied on by name without an article. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.guardrails.conftest import citation_blocked, seed_facts

blocked = citation_blocked


@pytest.mark.parametrize("text", [
    "代通知金只在第四十条这种由公司单方提出、未提前三十天通知的情况下才有，你这次是协商，不涉及。",
    "别拿第三十九条说事，那是员工严重违纪被辞退的情形，跟这次没关系，和本案无关。",
    "您信里说要按第八十七条翻倍，这是违法解除的规定，这次不适用。",
])
def test_unretrieved_article_set_apart_as_a_kind_of_case_passes(text):
    assert blocked(text, seed_facts()) == [], text


@pytest.mark.parametrize("text", [
    "依据第四十条，公司可以提前三十日书面通知后解除合同，那是法定的程序。",
    "第八十七条是违法解除的规定，所以您可以拿双倍。",
])
def test_unretrieved_article_relied_on_as_a_kind_of_case_still_fails(text):
    assert "article_not_retrieved" in [v.category for v in blocked(text, seed_facts())], text


def test_statute_article_followed_by_agreed_is_the_statute():
    text = "培训服务期违约金按《劳动合同法》第二十二条约定执行，金额以协议为准。"
    cats = [v.category for v in blocked(text, seed_facts())]
    assert {"article_not_retrieved", "article_not_in_corpus"} & set(cats), cats


def test_parties_clause_followed_by_agreed_stays_a_clause():
    assert blocked("补偿金额按第二条约定的数额，分两期支付。", seed_facts()) == []


@pytest.mark.parametrize("text", [
    "月工资上限依据《上海市社会平均工资发布公告（2023）》确定，补偿按此计算。",
    "根据《人力资源内部操作指引》，离职补偿最多发六个月。",
])
def test_document_outside_the_corpus_relied_on_fails(text):
    assert "unknown_law" in [v.category for v in blocked(text, seed_facts())], text


@pytest.mark.parametrize("text", [
    "依据《劳动合同法》，协商解除要支付经济补偿。",
    "根据《离职协议》的内容，补偿分两期支付。",
    "您说“依据《内部通知》可以多拿”，这份通知我们没有见过。",
])
def test_known_law_or_case_document_relied_on_passes(text):
    assert "unknown_law" not in [v.category for v in blocked(text, seed_facts())], text
