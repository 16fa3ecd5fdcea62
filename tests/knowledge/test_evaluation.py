import json

import pytest

from knowledge.evaluation import (
    Question,
    QuestionsError,
    evaluate,
    hit_at_k,
    load_questions,
    recall_at_k,
    reciprocal_rank,
)


def test_metrics_by_hand():
    retrieved = ["a", "x", "b", "y", "z", "c"]
    assert recall_at_k(retrieved, ["a", "b", "c"], 5) == pytest.approx(2 / 3)
    assert hit_at_k(retrieved, ["c"], 5) == 0.0 and hit_at_k(retrieved, ["c"], 6) == 1.0
    assert reciprocal_rank(retrieved, "b") == pytest.approx(1 / 3)
    assert reciprocal_rank(retrieved, "q") == 0.0


def test_evaluate_groups_by_split_and_style():
    questions = [
        Question(id="1", question="q1", relevant_ids=["a", "b"], style="colloquial", split="dev"),
        Question(id="2", question="q2", relevant_ids=["c"], style="formal", split="dev"),
        Question(id="3", question="q3", relevant_ids=["d"], style="formal", split="heldout"),
    ]
    answers = {"q1": ["b", "a", "x"], "q2": ["x", "y", "c"], "q3": ["x"] * 10}

    report = evaluate(lambda q, mode, depth: answers[q][:depth], questions, modes=["hybrid"], k=2)
    m = report.metrics["hybrid"]
    # q1: recall 1, hit 1, rr of primary "a" = 1/2; q2: recall 0 at k=2, hit 0, rr 1/3; q3: all 0
    assert m["dev"].recall == 0.5 and m["dev"].hit == 0.5 and m["dev"].mrr == pytest.approx((1 / 2 + 1 / 3) / 2, abs=1e-4)
    assert m["dev/colloquial"].n == 1 and m["dev/formal"].n == 1
    assert m["heldout"].recall == 0 and m["all"].n == 3
    assert m["all"].p95_ms >= m["all"].p50_ms >= 0


def test_question_file_errors_name_the_line(tmp_path):
    path = tmp_path / "q.jsonl"
    good = {"id": "1", "question": "问", "relevant_ids": ["劳动合同法#47"], "style": "formal", "split": "dev"}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps({**good, "id": "2", "style": "slang"}) + "\n",
                    encoding="utf-8")
    with pytest.raises(QuestionsError, match="第2行.*style"):
        load_questions(path)
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(QuestionsError, match="第1行"):
        load_questions(path)
    with pytest.raises(QuestionsError) as info:
        load_questions(tmp_path / "missing.jsonl")
    assert info.value.code == "questions_missing"


def test_dev_fixture_is_well_formed():
    from pathlib import Path

    from knowledge.law_corpus import law_chunks

    qs = load_questions(Path(__file__).resolve().parent.parent / "fixtures" / "retrieval_dev.jsonl")
    ids = {c.id for c in law_chunks()}
    assert {q.style for q in qs} == {"colloquial", "scenario", "formal"}
    assert all(r in ids for q in qs for r in q.relevant_ids)
