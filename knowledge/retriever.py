"""Hybrid retrieval over the index that :mod:`knowledge.ingest` builds.

Two signals, fused by weighted reciprocal rank:

- **BM25** (bm25s) over jieba tokens with the legal user dictionary. The query's own words
  and the statutory terms the jargon table adds (``N+1`` → ``额外支付劳动者一个月工资``…) are
  scored separately and summed, the expansion at a lower weight, each normalised by its best
  score so a long expansion cannot swamp the words the user wrote.
- **Dense** cosine similarity of e5 vectors in chromadb; the query is embedded as written
  (``expand_dense`` appends the statutory terms; measured worse once questions were embedded). A chunk with hand-written HR
  questions (:mod:`knowledge.article_questions`) scores the best of its own similarity and the mean
  similarity of its two closest questions (less ``question_offset``); questions are never results themselves.

The fused score of a chunk marked ``summary`` (481号 要点 bullets: one-line paraphrases, not
statute text) is multiplied by ``summary_weight`` so that those short lines, which match
almost any severance question, do not crowd out the articles they summarise.

Scope: law and policy by default. Employee records are returned only for one
``employee_id``; asking for records without one is an error, and records of any other
employee are never candidates (the filter is applied before ranking, on both signals).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import bm25s
import numpy as np
from pydantic import BaseModel, Field

from knowledge.chunks import Chunk, ScoredChunk
from knowledge.errors import RetrievalInputError
from knowledge.ingest import (bm25_text, embedder_identity, load_store, open_client, open_collection,
                              open_question_collection)
from knowledge.query_expansion import Expansion, JargonTable, default_table
from knowledge.tokenize import fingerprint, tokenize

logger = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import

Mode = Literal["hybrid", "bm25", "dense"]
MODES: tuple[Mode, ...] = ("hybrid", "bm25", "dense")
SOURCE_TYPES = ("law", "policy", "record")

# A query that names a period before the Labour Contract Law (2008) may need the superseded rules.
_EARLIER_PERIOD = re.compile(
    r"(19[5-9]\d|200[0-7])年|(?<!\d)(0[0-7]|9\d)年(入职|进|参加工作|开始)|(2008|08)年(以|之)?前|"
    r"旧(法|规定|办法|标准)|481号|分段(计算|计)?|(新法|劳动合同法)(实施|施行)?(以|之)前")


# Figures in a worked scenario (dates, amounts, head counts) say nothing about which article
# applies and match stray numerals in the statutes: BM25 reads the query without them.
_FIGURES = re.compile(
    r"\d{2,4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|"
    r"(?<![nN+＋])\d[\d,，.]*(?![\dnN])\s*(万元|元|万|千|块)?")


# Where a scenario happens (苏州工厂, 北京研发中心) is a case fact, not a legal question, unless the query asks
# about regional standards: BM25 reads the query without place names, which otherwise match the handbook's
# clauses that name the company's sites (履行地 rules) whatever the question.
_PLACES = re.compile(
    r"(北京|上海|天津|重庆|苏州|无锡|南京|杭州|宁波|深圳|广州|东莞|佛山|成都|武汉|西安|长沙|郑州|青岛|济南|合肥|厦门|"
    r"福州|昆山|常州|南通|嘉兴|大连|沈阳|哈尔滨|长春|石家庄|太原|南昌|南宁|昆明|贵阳|海口|兰州|乌鲁木齐|呼和浩特)"
    r"(市|的)?(工厂|厂区|分公司|子公司|公司|研发中心|办公室|总部|门店|园区)?")
_REGIONAL = re.compile(r"社平|平均工资|封顶|最低工资|履行地|注册地|哪个城市|哪里的标准|哪地|当地|本地区|外派|异地|标准不同")


def strip_places(query: str) -> str:
    """The query without city and site names, unless it asks about regional standards."""
    return query if _REGIONAL.search(query) else _PLACES.sub(" ", query)


def strip_figures(query: str) -> str:
    """The query without Arabic figures and dates (``N+1`` and ``2N`` stay)."""
    return _FIGURES.sub(" ", query)


_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9+]+")


def char_bigrams(text: str) -> list[str]:
    """Overlapping character bigrams of each run of Chinese characters (a single-character run
    is kept as itself); Latin/digit runs stay whole words (N+1, 2N)."""
    out: list[str] = []
    for run in _RUN.findall(text):
        if run[0].isascii():
            out.append(run.lower())
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


def _law_names(chunks: Sequence[Chunk]) -> list[tuple[str, str]]:
    """(name as a query may write it, short law name), longest first."""
    names: dict[str, str] = {}
    for c in chunks:
        law = c.metadata.get("law")
        if not law:
            continue
        full = str(c.metadata.get("law_full", ""))
        for name in (str(law), full, full.removeprefix("中华人民共和国")):
            if len(name) >= 3:
                names.setdefault(name, str(law))
    return sorted(names.items(), key=lambda kv: -len(kv[0]))


def mentioned_laws(query: str, names: list[tuple[str, str]]) -> list[str]:
    """Short names of the laws a query names (``劳动合同法实施条例`` is not also ``劳动合同法``)."""
    found: list[str] = []
    rest = query
    for name, law in names:
        if name in rest:
            found.append(law)
            rest = rest.replace(name, "\u0000")
    return found


class RetrievalConfig(BaseModel):
    """Ranking parameters. Defaults were chosen on the dev split (see docs/knowledge.md)."""

    k: int = Field(default=5, ge=1, le=100, description="Chunks returned.")
    candidates: int = Field(default=80, ge=1, description="Depth read from each signal before fusion.")
    rrf_k: float = Field(
        default=5.0, gt=0,
        description="Reciprocal-rank constant. Small: each signal's first few results count most, so the top 5 "
                    "holds the best of both lists (session 11: 10 -> 5 on dev + the fresh set; docs/knowledge.md).")
    bm25_weight: float = Field(default=2.0, ge=0)
    dense_weight: float = Field(default=1.0, ge=0)
    expansion: bool = Field(default=True, description="Apply the HR-jargon table.")
    expansion_weight: float = Field(default=1.0, ge=0, description="BM25 weight of the added terms.")
    expansion_match: Literal["phrase", "tokens"] = Field(
        default="phrase", description="phrase: a chunk scores for an added term only if it holds it verbatim.")
    expand_dense: bool = Field(
        default=False, description="Append the added terms to the dense query (off since the question vectors "
        "match HR wording directly: dev hybrid and dense both better without, and the query embeds faster).")
    dense_expansion_chars: int = Field(
        default=20, ge=0, description="At most this many characters of added terms go into the dense query "
        "(embedding time grows with its length).")
    summary_weight: float = Field(default=0.5, ge=0, le=1, description="Score factor for 要点 summaries.")
    historical_weight: float = Field(
        default=0.5, ge=0, le=1,
        description="Score factor for superseded rules (481号) unless the query names an earlier period.")
    dense_search: Literal["memory", "chroma"] = Field(
        default="memory",
        description="memory: exact cosine over the vectors read from chromadb at load (fast, fits "
                    "~10^5 chunks); chroma: ask chromadb's HNSW index per query (a Chroma server at scale).")
    superseded_weight: float = Field(
        default=0.6, ge=0, le=1,
        description="Score factor for chapters a later law now governs (劳动法 第三章 -> 劳动合同法).")
    policy_weight: float = Field(
        default=0.85, ge=0, description="Score factor for handbook clauses (they paraphrase the statutes in HR words).")
    law_mention_weight: float = Field(
        default=1.0, ge=1, description="Score factor for chunks of a law the query names.")
    strip_figures: bool = Field(default=True, description="BM25 reads the query without dates and amounts.")
    strip_places: bool = Field(default=True, description="BM25 reads the query without city and site names "
                               "unless it asks about regional standards.")
    law_weights: dict[str, float] = Field(
        default_factory=lambda: {"劳动法": 0.8},
        description="Score factor per law (short name); naming the law lifts it. 劳动法 (1995) is the "
                    "general law whose employment rules the later, specific laws restate.")
    questions: bool = Field(default=True, description="Score chunks by their HR questions' vectors too.")
    question_pool: int = Field(
        default=2, ge=1,
        description="A chunk's question score is the mean of its this-many most similar questions: with 5–7 "
                    "questions per article, the single best one is too often a lucky match for another article.")
    question_offset: float = Field(
        default=0.0, ge=0, le=1,
        description="Subtracted from a question's similarity before it competes with the chunk's own "
                    "(e5 query-query similarities run higher than query-passage ones).")
    bm25_k1: float = Field(default=1.2, gt=0)
    bm25_b: float = Field(default=0.75, ge=0, le=1)
    bigram_weight: float = Field(
        default=1.0, ge=0,
        description="Weight of a character-bigram BM25 (over the same BM25 text) added inside the BM25 score: "
                    "it matches wording that jieba segments differently in the question and the statute "
                    "(0 = off; see docs/knowledge.md, session 10).")


class Retriever:
    def __init__(self, index_dir: Path, embedding_function, config: RetrievalConfig | None = None,
                 jargon: JargonTable | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.config = config or RetrievalConfig()
        self.embedding_function = embedding_function
        self.jargon = jargon or default_table()

        store = load_store(self.index_dir)
        if store.get("embedding") != embedder_identity(embedding_function):
            raise RetrievalInputError(
                "embedding", f"索引由“{store.get('embedding')}”生成，与当前向量模型"
                f"“{embedder_identity(embedding_function)}”不一致，请重新运行 `copilot ingest`",
                code="index_embedding_mismatch")
        rows = store["chunks"]
        self.chunks: list[Chunk] = [Chunk.model_validate(r["chunk"]) for r in rows]
        self._pos = {c.id: i for i, c in enumerate(self.chunks)}
        tokens = [r["tokens"] for r in rows]
        if store.get("tokenizer") != fingerprint():
            logger.info("tokenizer changed since ingest: re-tokenising %d chunks", len(rows))
            tokens = [tokenize(bm25_text(c)) for c in self.chunks]
        self._bm25 = bm25s.BM25(k1=self.config.bm25_k1, b=self.config.bm25_b)
        if self.chunks:
            self._bm25.index([t or [""] for t in tokens], show_progress=False)

        self._source_type = np.array([c.source_type for c in self.chunks], dtype=object)
        self._law = np.array([str(c.metadata.get("law", "")) for c in self.chunks], dtype=object)
        self._employee = np.array([str(c.metadata.get("employee_id", "")) for c in self.chunks], dtype=object)
        self._summary_factor = np.array(
            [self.config.summary_weight if c.metadata.get("summary") else 1.0 for c in self.chunks])
        self._historical = np.array([bool(c.metadata.get("historical")) for c in self.chunks], dtype=bool)
        self._superseded = np.array([bool(c.metadata.get("superseded_by")) for c in self.chunks], dtype=bool)
        self._law_names = _law_names(self.chunks)
        self._bigram: bm25s.BM25 | None = None
        if self.config.bigram_weight > 0 and self.chunks:
            self._bigram = bm25s.BM25(k1=self.config.bm25_k1, b=self.config.bm25_b)
            self._bigram.index([char_bigrams(bm25_text(c)) or [""] for c in self.chunks], show_progress=False)
        client = open_client(self.index_dir)
        self._collection = open_collection(client, embedding_function, create=False)
        self._q_collection = open_question_collection(client, embedding_function, create=False) \
            if self.config.questions else None
        self._vectors: np.ndarray | None = None
        self._q_vectors: np.ndarray | None = None
        self._q_parent = np.zeros(0, dtype=np.int64)
        if self.config.dense_search == "memory":
            self._vectors = self._load_vectors()
            if self._q_collection is not None:
                self._q_vectors, self._q_parent = self._load_question_vectors()
        self.last_expansion: Expansion = Expansion()
        self._phrase_cache: dict[str, np.ndarray] = {}
        self._mask_cache: dict[tuple, np.ndarray] = {}
        for entry in self.jargon.entries:  # the table is fixed: find its phrases once, at load
            self._phrase_hits(entry.terms)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.chunks]

    def get(self, chunk_id: str) -> Chunk | None:
        pos = self._pos.get(chunk_id)
        return self.chunks[pos] if pos is not None else None

    # -- scope -------------------------------------------------------------------------------

    def _scope(self, source_types: Sequence[str] | None, laws: Sequence[str] | None,
               employee_id: str | None) -> tuple[list[str], list[str] | None, str | None]:
        if employee_id is not None and not str(employee_id).strip():
            raise RetrievalInputError("employee_id", "员工编号不能为空", code="employee_id_empty")
        if source_types is None and laws:
            types = ["law"]  # naming laws asks for law chunks only
        elif source_types is None:
            types = ["law", "policy"] + (["record"] if employee_id else [])
        else:
            types = list(dict.fromkeys(source_types))
            bad = [t for t in types if t not in SOURCE_TYPES]
            if bad:
                raise RetrievalInputError("source_types", f"不支持的来源类型：{'、'.join(bad)}（可选 law、policy、record）",
                                          code="source_type_unknown")
            if not types:
                raise RetrievalInputError("source_types", "至少指定一种来源类型", code="source_type_empty")
        if "record" in types and not employee_id:
            raise RetrievalInputError("employee_id", "检索员工档案时必须指定员工编号（只能检索单个员工的档案）",
                                      code="employee_id_required")
        return types, (list(laws) if laws else None), employee_id

    def _mask(self, types: list[str], laws: list[str] | None, employee_id: str | None) -> np.ndarray:
        key = (tuple(types), tuple(laws or ()), employee_id)
        cached = self._mask_cache.get(key)
        if cached is not None:
            return cached
        mask = self._compute_mask(types, laws, employee_id)
        if len(self._mask_cache) > 256:
            self._mask_cache.clear()
        self._mask_cache[key] = mask
        return mask

    def _compute_mask(self, types: list[str], laws: list[str] | None, employee_id: str | None) -> np.ndarray:
        mask = np.zeros(len(self.chunks), dtype=bool)
        if "law" in types:
            law_ok = self._source_type == "law"
            if laws:
                law_ok &= np.isin(self._law, laws)
            mask |= law_ok
        if "policy" in types:
            mask |= self._source_type == "policy"
        if "record" in types:
            mask |= (self._source_type == "record") & (self._employee == employee_id)
        return mask

    @staticmethod
    def _where(types: list[str], laws: list[str] | None, employee_id: str | None) -> dict:
        conds: list[dict] = []
        if "law" in types:
            conds.append({"$and": [{"source_type": "law"}, {"law": {"$in": laws}}]} if laws
                         else {"source_type": "law"})
        if "policy" in types:
            conds.append({"source_type": "policy"})
        if "record" in types:
            conds.append({"$and": [{"source_type": "record"}, {"employee_id": employee_id}]})
        return conds[0] if len(conds) == 1 else {"$or": conds}

    def _prior(self, pos: int, earlier: bool, named: set[str]) -> float:
        """Source priors: superseded chapters, superseded rules (unless the query names an earlier
        period) and handbook clauses count less; naming a law lifts its penalties."""
        c = self.config
        prior = 1.0
        if self._historical[pos] and not earlier:
            prior *= c.historical_weight
        if self._superseded[pos]:
            prior *= c.superseded_weight
        if self._source_type[pos] == "policy":
            prior *= c.policy_weight
        prior *= c.law_weights.get(self._law[pos], 1.0)
        if named and self._law[pos] in named:
            prior = max(prior, 1.0) * c.law_mention_weight
        return prior

    # -- signals -----------------------------------------------------------------------------

    def _bm25_scores(self, query: str, expansion: Expansion, mask: np.ndarray) -> np.ndarray:
        def scores(tokens: list[str]) -> np.ndarray:
            tokens = [t for t in tokens if t in self._bm25.vocab_dict]
            if not tokens:
                return np.zeros(len(self.chunks), dtype=np.float32)
            return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

        total = np.zeros(len(self.chunks), dtype=np.float32)
        plain = strip_figures(query) if self.config.strip_figures else query
        if self.config.strip_places:
            plain = strip_places(plain)
        own = scores(tokenize(plain)) * mask
        if own.max(initial=0) > 0:
            total += own / own.max()
        if self._bigram is not None:
            grams = [g for g in char_bigrams(plain) if g in self._bigram.vocab_dict]
            if grams:
                bi = np.asarray(self._bigram.get_scores(grams), dtype=np.float32) * mask
                if bi.max(initial=0) > 0:
                    total += self.config.bigram_weight * bi / bi.max()
        if expansion.terms and self.config.expansion_weight > 0:
            if self.config.expansion_match == "phrase":
                extra = self._phrase_scores(expansion.terms) * mask
            else:
                extra = scores(list(dict.fromkeys(tokenize(expansion.text)))) * mask
            if extra.max(initial=0) > 0:
                total += self.config.expansion_weight * extra / extra.max()
        return total

    def _phrase_scores(self, terms: list[str]) -> np.ndarray:
        """Chunks that contain an added statutory phrase verbatim, weighted by how rare the phrase is."""
        out = np.zeros(len(self.chunks), dtype=np.float32)
        n = len(self.chunks)
        for hits in self._phrase_hits(terms):
            df = int(hits.sum())
            if df:
                out += hits * np.log(1.0 + n / df)
        return out

    def _phrase_hits(self, terms: list[str]) -> list[np.ndarray]:
        out = []
        for term in terms:
            hits = self._phrase_cache.get(term)
            if hits is None:
                hits = np.fromiter((term in c.text for c in self.chunks), dtype=bool, count=len(self.chunks))
                self._phrase_cache[term] = hits
            out.append(hits)
        return out

    def _load_vectors(self) -> np.ndarray:
        got = self._collection.get(include=["embeddings"])
        dim = len(got["embeddings"][0]) if len(got["ids"]) else 0
        matrix = np.zeros((len(self.chunks), dim), dtype=np.float32)
        for cid, vec in zip(got["ids"], got["embeddings"]):
            pos = self._pos.get(cid)
            if pos is not None:
                matrix[pos] = vec
        missing = len(self.chunks) - sum(1 for cid in got["ids"] if cid in self._pos)
        if missing:
            logger.warning("%d chunks have no vector: run ingest again", missing)
        return matrix

    def _load_question_vectors(self) -> tuple[np.ndarray | None, np.ndarray]:
        got = self._q_collection.get(include=["embeddings", "metadatas"])
        keep = [(self._pos[m["parent_id"]], vec) for vec, m in zip(got["embeddings"], got["metadatas"] or [])
                if m and m.get("parent_id") in self._pos]
        if not keep:
            return None, np.zeros(0, dtype=np.int64)
        parents = np.array([p for p, _ in keep], dtype=np.int64)
        return np.asarray([v for _, v in keep], dtype=np.float32), parents

    def _dense_sims(self, vector: np.ndarray) -> np.ndarray:
        """Per chunk: max(own similarity, mean of its best ``question_pool`` question similarities - offset)."""
        sims = self._vectors @ vector
        if self.config.questions and self._q_vectors is not None and len(self._q_parent):
            q = self._q_vectors @ vector
            order = np.lexsort((-q, self._q_parent))  # by parent, best question first
            parent, q = self._q_parent[order], q[order]
            first = np.r_[True, parent[1:] != parent[:-1]]
            at = np.arange(len(parent))
            rank = at - np.maximum.accumulate(np.where(first, at, 0))
            top = rank < self.config.question_pool
            total = np.bincount(parent[top], weights=q[top], minlength=len(sims))
            count = np.bincount(parent[top], minlength=len(sims))
            pooled = np.where(count > 0, total / np.maximum(count, 1), -np.inf) - self.config.question_offset
            sims = np.maximum(sims, pooled.astype(np.float32))
        return sims

    def _dense(self, query: str, expansion: Expansion, where: dict, n: int,
               mask: np.ndarray) -> list[tuple[int, float]]:
        text = query
        if self.config.expand_dense:
            budget = self.config.dense_expansion_chars
            for term in expansion.terms:
                if len(term) > budget:
                    break
                text += " " + term
                budget -= len(term)
        vector = np.asarray(self.embedding_function.embed_query([text])[0], dtype=np.float32)
        if self._vectors is not None:
            sims = np.where(mask, self._dense_sims(vector), -np.inf)
            top = np.argpartition(-sims, n - 1)[:n] if n < len(sims) else np.arange(len(sims))
            top = top[np.argsort(-sims[top], kind="stable")]
            return [(int(p), float(sims[p])) for p in top if np.isfinite(sims[p])]
        res = self._collection.query(query_embeddings=[list(map(float, vector))], n_results=n,
                                     where=where, include=["distances"])
        best: dict[int, float] = {}
        for cid, dist in zip(res["ids"][0], res["distances"][0]):
            pos = self._pos.get(cid)
            if pos is not None:  # a vector whose chunk left the store: ignore
                best[pos] = 1.0 - float(dist)
        if self.config.questions and self._q_collection is not None and self._q_collection.count():
            # Several questions share a parent: read deeper so n distinct parents can come back.
            res = self._q_collection.query(query_embeddings=[list(map(float, vector))],
                                           n_results=min(4 * n, self._q_collection.count()), where=where,
                                           include=["distances", "metadatas"])
            found: dict[int, list[float]] = {}
            for meta, dist in zip(res["metadatas"][0], res["distances"][0]):  # nearest first
                pos = self._pos.get((meta or {}).get("parent_id"))
                if pos is not None and len(found.setdefault(pos, [])) < self.config.question_pool:
                    found[pos].append(1.0 - float(dist))
            for pos, near in found.items():
                best[pos] = max(best.get(pos, -np.inf), sum(near) / len(near) - self.config.question_offset)
        return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    # -- public --------------------------------------------------------------------------------

    def retrieve(self, query: str, *, k: int | None = None, mode: Mode = "hybrid",
                 source_types: Sequence[str] | None = None, laws: Sequence[str] | None = None,
                 employee_id: str | None = None) -> list[ScoredChunk]:
        if not query or not query.strip():
            raise RetrievalInputError("query", "检索问题不能为空", code="query_empty")
        if mode not in MODES:
            raise RetrievalInputError("mode", f"不支持的检索方式“{mode}”（可选 hybrid、bm25、dense）",
                                      code="mode_unknown")
        k = k or self.config.k
        types, laws, employee_id = self._scope(source_types, laws, employee_id)
        mask = self._mask(types, laws, employee_id)
        n_allowed = int(mask.sum())
        if n_allowed == 0:
            return []
        started = time.perf_counter()
        expansion = self.jargon.expand(query) if self.config.expansion else Expansion()
        self.last_expansion = expansion
        depth = min(max(self.config.candidates, k), n_allowed)

        bm25_rank: dict[int, tuple[int, float]] = {}
        if mode in ("hybrid", "bm25"):
            s = self._bm25_scores(query, expansion, mask)
            top = np.argsort(-s, kind="stable")[:depth]
            for r, pos in enumerate(p for p in top if s[p] > 0):
                bm25_rank[int(pos)] = (r + 1, float(s[pos]))
        dense_rank: dict[int, tuple[int, float]] = {}
        if mode in ("hybrid", "dense"):
            for r, (pos, sim) in enumerate(self._dense(query, expansion, self._where(types, laws, employee_id), depth, mask)):
                dense_rank[pos] = (r + 1, sim)

        c = self.config
        named = set(mentioned_laws(query, self._law_names))
        earlier = bool(_EARLIER_PERIOD.search(query))
        fused: dict[int, float] = {}
        for pos in set(bm25_rank) | set(dense_rank):
            if mode == "bm25":
                score = bm25_rank[pos][1]
            elif mode == "dense":
                score = dense_rank[pos][1]
            else:
                score = 0.0
                if pos in bm25_rank:
                    score += c.bm25_weight / (c.rrf_k + bm25_rank[pos][0])
                if pos in dense_rank:
                    score += c.dense_weight / (c.rrf_k + dense_rank[pos][0])
            fused[pos] = score * self._summary_factor[pos] * self._prior(pos, earlier, named)

        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
        results = []
        for rank, (pos, score) in enumerate(ranked, start=1):
            scores: dict[str, float] = {}
            if pos in bm25_rank:
                scores["bm25"], scores["bm25_rank"] = bm25_rank[pos][1], float(bm25_rank[pos][0])
            if pos in dense_rank:
                scores["dense"], scores["dense_rank"] = dense_rank[pos][1], float(dense_rank[pos][0])
            results.append(ScoredChunk(chunk=self.chunks[pos], score=float(score), rank=rank, scores=scores))
        logger.debug("retrieve(%s) %s in %.1f ms: %s", mode, query[:30], (time.perf_counter() - started) * 1000,
                     [r.chunk.id for r in results])
        return results
