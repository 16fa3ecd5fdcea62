"""Retrieval evaluation: recall@k, hit@k, MRR and latency per mode, split and style.

Question file: JSON lines ``{"id", "question", "relevant_ids": [primary, ...], "style":
"colloquial|scenario|formal", "split": "dev|heldout"}``.

- recall@k: share of a question's relevant ids found in its top k, averaged over questions;
- hit@k: share of questions with at least one relevant id in the top k;
- MRR: mean of 1/rank of the **primary** (first) relevant id, searched to depth ``mrr_depth``
  (0 when it is not there);
- latency: wall time of each ``retrieve`` call (after one warm-up query), p50 and p95.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field, ValidationError

from knowledge.errors import KnowledgeError

Style = Literal["colloquial", "scenario", "formal"]
Split = Literal["dev", "heldout", "fresh"]


class Question(BaseModel):
    id: str
    question: str = Field(min_length=1)
    relevant_ids: list[str] = Field(min_length=1, description="Primary first.")
    style: Style
    split: Split


class QuestionsError(KnowledgeError):
    code = "questions_invalid"


def load_questions(path: Path) -> list[Question]:
    path = Path(path)
    if not path.exists():
        raise QuestionsError(f"问题文件不存在：{path}", code="questions_missing")
    questions: list[Question] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            q = Question.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise QuestionsError(f"{path.name} 第{lineno}行：不是合法的 JSON（{exc.msg}）") from exc
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "(整行)"
            raise QuestionsError(f"{path.name} 第{lineno}行：字段 {field} 无效（{err['msg']}）") from exc
        if q.id in seen:
            raise QuestionsError(f"{path.name} 第{lineno}行：问题编号 {q.id} 重复")
        seen.add(q.id)
        questions.append(q)
    if not questions:
        raise QuestionsError(f"问题文件为空：{path}", code="questions_empty")
    return questions


def recall_at_k(retrieved: Sequence[str], relevant: Sequence[str], k: int) -> float:
    top = set(retrieved[:k])
    return sum(1 for r in set(relevant) if r in top) / len(set(relevant))


def hit_at_k(retrieved: Sequence[str], relevant: Sequence[str], k: int) -> float:
    top = set(retrieved[:k])
    return 1.0 if any(r in top for r in relevant) else 0.0


def reciprocal_rank(retrieved: Sequence[str], primary: str) -> float:
    for rank, cid in enumerate(retrieved, start=1):
        if cid == primary:
            return 1.0 / rank
    return 0.0


class QuestionResult(BaseModel):
    id: str
    mode: str
    style: str
    split: str
    retrieved: list[str]
    recall: float
    hit: float
    rr: float
    latency_ms: float


class Metrics(BaseModel):
    n: int
    recall: float
    hit: float
    mrr: float
    p50_ms: float
    p95_ms: float


class EvalReport(BaseModel):
    k: int
    mrr_depth: int
    questions: int
    modes: list[str]
    # mode -> group ("all", "split:dev", "style:formal", "dev/formal"…) -> metrics
    metrics: dict[str, dict[str, Metrics]]
    results: list[QuestionResult] = Field(default_factory=list)

    def groups(self) -> list[str]:
        first = next(iter(self.metrics.values()), {})
        return list(first)


def summarise(results: Sequence[QuestionResult]) -> Metrics:
    lat = np.array([r.latency_ms for r in results]) if results else np.zeros(1)
    n = len(results)
    return Metrics(
        n=n,
        recall=round(float(np.mean([r.recall for r in results])) if n else 0.0, 4),
        hit=round(float(np.mean([r.hit for r in results])) if n else 0.0, 4),
        mrr=round(float(np.mean([r.rr for r in results])) if n else 0.0, 4),
        p50_ms=round(float(np.percentile(lat, 50)), 2),
        p95_ms=round(float(np.percentile(lat, 95)), 2),
    )


# A retrieve function: (question, mode, depth) -> ranked chunk ids.
RetrieveFn = Callable[[str, str, int], list[str]]


def evaluate(retrieve: RetrieveFn, questions: Sequence[Question], *, modes: Sequence[str] = ("hybrid", "bm25", "dense"),
             k: int = 5, mrr_depth: int = 10, progress: Callable[[int, int], None] | None = None) -> EvalReport:
    depth = max(k, mrr_depth)
    results: list[QuestionResult] = []
    total = len(questions) * len(modes)
    done = 0
    for mode in modes:
        retrieve(questions[0].question, mode, depth)  # warm-up: model load, caches
        for q in questions:
            t0 = time.perf_counter()
            ids = retrieve(q.question, mode, depth)
            ms = (time.perf_counter() - t0) * 1000
            results.append(QuestionResult(
                id=q.id, mode=mode, style=q.style, split=q.split, retrieved=ids,
                recall=recall_at_k(ids, q.relevant_ids, k), hit=hit_at_k(ids, q.relevant_ids, k),
                rr=reciprocal_rank(ids[:mrr_depth], q.relevant_ids[0]), latency_ms=round(ms, 2),
            ))
            done += 1
            if progress:
                progress(done, total)

    metrics: dict[str, dict[str, Metrics]] = {}
    splits = sorted({q.split for q in questions})
    styles = [s for s in ("colloquial", "scenario", "formal") if any(q.style == s for q in questions)]
    for mode in modes:
        rows = [r for r in results if r.mode == mode]
        groups: dict[str, Metrics] = {"all": summarise(rows)}
        for sp in splits:
            in_split = [r for r in rows if r.split == sp]
            groups[f"{sp}"] = summarise(in_split)
            for st in styles:
                sub = [r for r in in_split if r.style == st]
                if sub:
                    groups[f"{sp}/{st}"] = summarise(sub)
        metrics[mode] = groups
    return EvalReport(k=k, mrr_depth=mrr_depth, questions=len(questions), modes=list(modes),
                      metrics=metrics, results=results)


def retriever_fn(retriever, *, source_types: Sequence[str] | None = ("law", "policy")) -> RetrieveFn:
    """Adapt a :class:`knowledge.retriever.Retriever` to :func:`evaluate`."""

    def run(question: str, mode: str, depth: int) -> list[str]:
        return [r.chunk.id for r in retriever.retrieve(question, k=depth, mode=mode, source_types=source_types)]

    return run
