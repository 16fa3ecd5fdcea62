"""The shipped hand-written HR questions (knowledge/data/article_questions/*.yaml) name real chunks,
cover every id the keyword table covers, and keep the agreed shape: 7–9 questions of 8–60
characters per id, none repeated anywhere."""

from collections import Counter

import pytest

from knowledge.article_questions import ARTICLE_QUESTIONS_DIR, load_question_file
from knowledge.doc_expansion import load_keywords
from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import iter_policy_chunks

FILES = sorted(ARTICLE_QUESTIONS_DIR.glob("*.yaml"))


@pytest.fixture(scope="module")
def tables() -> dict[str, dict[str, list[str]]]:
    return {p.name: load_question_file(p) for p in FILES}


def test_both_question_files_ship():
    assert {p.name for p in FILES} >= {"law_core.yaml", "other.yaml"}


def test_every_id_is_a_chunk_of_the_bundled_corpus(tables):
    ids = {c.id for c in law_chunks()} | {c.id for c in iter_policy_chunks()}
    missing = {name: sorted(set(t) - ids) for name, t in tables.items() if set(t) - ids}
    assert not missing, missing


def test_every_id_of_the_keyword_table_has_questions_in_exactly_one_file(tables):
    owners = Counter(cid for t in tables.values() for cid in t)
    assert not [cid for cid, n in owners.items() if n > 1]
    assert not sorted(set(load_keywords()) - set(owners))


def test_seven_to_nine_questions_of_eight_to_sixty_characters(tables):
    bad = [(name, cid) for name, t in tables.items() for cid, qs in t.items()
           if not 7 <= len(qs) <= 9 or any(not 8 <= len(q.strip()) <= 60 for q in qs)]
    assert not bad, bad


def test_no_question_is_repeated_anywhere(tables):
    counts = Counter(q.strip() for t in tables.values() for qs in t.values() for q in qs)
    assert not [q for q, n in counts.items() if n > 1]
