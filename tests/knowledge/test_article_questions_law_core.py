"""The hand-written HR questions for the core statutes (劳动合同法, its 实施条例, 经济补偿办法,
劳动争议解释一) point at real chunks and stay within the agreed shape."""

from pathlib import Path

import pytest
import yaml

from knowledge.doc_expansion import load_keywords
from knowledge.law_corpus import law_chunks

QUESTIONS = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "article_questions" / "law_core.yaml"
SCOPE_LAWS = ("劳动合同法", "劳动合同法实施条例", "经济补偿办法", "劳动争议解释一")


@pytest.fixture(scope="module")
def table() -> dict[str, list[str]]:
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("questions"), dict)
    return data["questions"]


def test_every_id_is_a_chunk_of_the_bundled_corpus(table):
    ids = {c.id for c in law_chunks()}
    missing = sorted(set(table) - ids)
    assert not missing, f"law_core.yaml names ids the corpus does not have: {missing}"


def test_every_id_belongs_to_the_scope(table):
    outside = sorted(cid for cid in table if cid.split("#", 1)[0] not in SCOPE_LAWS)
    assert not outside, outside


def test_every_scope_id_of_the_keyword_table_has_questions(table):
    scope = {cid for cid in load_keywords() if cid.split("#", 1)[0] in SCOPE_LAWS}
    assert len(scope) >= 100  # the scope filter found the four laws
    uncovered = sorted(scope - set(table))
    assert not uncovered, uncovered


def test_three_to_five_questions_each(table):
    wrong = {cid: len(qs) for cid, qs in table.items() if not isinstance(qs, list) or not 3 <= len(qs) <= 5}
    assert not wrong, wrong


def test_questions_are_text_of_eight_to_sixty_characters(table):
    bad = [(cid, q) for cid, qs in table.items() for q in qs
           if not isinstance(q, str) or not 8 <= len(q.strip()) <= 60]
    assert not bad, bad


def test_no_question_is_repeated_anywhere_in_the_file(table):
    seen: dict[str, str] = {}
    dupes = []
    for cid, qs in table.items():
        for q in qs:
            key = q.strip()
            if key in seen:
                dupes.append((seen[key], cid, key))
            seen[key] = cid
    assert not dupes, dupes
