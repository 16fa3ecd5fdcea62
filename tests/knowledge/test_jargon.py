import re

import pytest

from knowledge.law_corpus import law_chunks
from knowledge.query_expansion import default_table


@pytest.fixture(scope="module")
def corpus_text():
    return "\n".join(c.text for c in law_chunks())


def test_every_added_term_is_the_statutes_own_wording(corpus_text):
    table = default_table()
    assert len(table.entries) >= 30
    for entry in table.entries:
        for term in entry.terms:
            assert term in corpus_text, f"{entry.name}: {term!r} does not occur in the statutes"
        for pattern in entry.when:
            re.compile(pattern)
        assert entry.basis, entry.name


def test_entry_names_are_unique():
    names = [e.name for e in default_table().entries]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("query, entry", [
    ("N+1怎么算", "notice_pay_plus_one"),
    ("Ｎ＋１怎么算", "notice_pay_plus_one"),  # full-width input
    ("公司违法辞退要赔2N吗", "illegal_dismissal_2n"),
    ("签了竞业还能去同行吗", "non_compete"),
    ("公司一直没跟我签合同", "no_written_contract"),
    ("裸辞要提前多久说", "resignation"),
    ("年假折现怎么算", "annual_leave"),
    ("公司不给开离职证明", "separation_certificate"),
    ("社保断缴了", "social_insurance"),
    ("怀孕被辞退", "pregnancy_maternity"),
])
def test_jargon_is_recognised(query, entry):
    assert entry in default_table().expand(query).entries


def test_plain_statutory_question_adds_little():
    exp = default_table().expand("劳务派遣单位的注册资本是多少")
    assert exp.entries == ["dispatch"]
