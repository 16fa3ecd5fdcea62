"""The hand-written questions for the other statutes and the handbook name real chunks and are well formed."""
from collections import Counter
from pathlib import Path

import pytest
import yaml

from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import iter_policy_chunks

QUESTIONS = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "article_questions" / "other.yaml"


@pytest.fixture(scope="module")
def table() -> dict[str, list[str]]:
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("questions"), dict)
    return data["questions"]


def test_every_id_is_a_chunk_of_the_bundled_corpus(table):
    ids = {c.id for c in law_chunks()} | {c.id for c in iter_policy_chunks()}
    missing = sorted(set(table) - ids)
    assert not missing, f"other.yaml names ids the corpus does not have: {missing}"


def test_each_id_has_three_to_five_questions_of_sane_length(table):
    for cid, questions in table.items():
        assert isinstance(questions, list) and 3 <= len(questions) <= 5, cid
        for q in questions:
            assert isinstance(q, str) and 8 <= len(q) <= 60, (cid, q)


def test_no_question_is_repeated(table):
    counts = Counter(q.strip() for qs in table.values() for q in qs)
    repeated = [q for q, n in counts.items() if n > 1]
    assert not repeated, repeated
