"""Question vectors: each HR question is a dense entry of its own pointing to its parent chunk."""

import numpy as np
import pytest

from knowledge.article_questions import (chunk_questions, load_question_dir, load_question_file, question_id,
                                         with_questions)
from knowledge.chunks import Chunk
from knowledge.embeddings import OpenAIEmbedding
from knowledge.errors import CorpusError
from knowledge.ingest import (default_providers, ingest, open_client, open_collection, open_question_collection)
from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import iter_policy_chunks
from knowledge.retriever import RetrievalConfig, Retriever
from tests.knowledge.conftest import FIXTURES, record_chunk

QUESTIONS = load_question_file(FIXTURES / "article_questions.yaml")
IDS = ["劳动合同法#10", "劳动合同法#23", "劳动合同法#24", "劳动合同法#36", "劳动合同法#38", "劳动合同法#39",
       "劳动合同法#40", "劳动合同法#47"]


@pytest.fixture()
def prefixed(embedding_server) -> OpenAIEmbedding:
    """Hashed vectors with e5-style prefixes, so the test can see what was embedded as a query."""
    return OpenAIEmbedding(base_url=embedding_server.base_url, model="hash-64", timeout_s=5, max_retries=0,
                           query_prefix="query: ", passage_prefix="passage: ")


def _chunks(subset_chunks, table=QUESTIONS):
    by_id = {c.id: c for c in subset_chunks}
    return list(with_questions([by_id[i].model_copy(deep=True) for i in IDS], table))


def _question_entries(index_dir, ef) -> dict[str, dict]:
    got = open_question_collection(open_client(index_dir), ef, create=False).get(include=["metadatas", "documents"])
    return {qid: {**meta, "document": doc} for qid, meta, doc in zip(got["ids"], got["metadatas"], got["documents"])}


def test_questions_are_embedded_as_queries_in_their_own_collection(tmp_path, subset_chunks, prefixed,
                                                                    embedding_server):
    report = ingest(tmp_path, [_chunks(subset_chunks)], prefixed)
    n = sum(len(qs) for qs in QUESTIONS.values())
    assert report.embedded == 8 and report.questions_embedded == n == report.questions_total == 6
    sent = embedding_server.inputs()
    assert sum(t.startswith("passage: ") for t in sent) == 8
    assert sorted(t.removeprefix("query: ") for t in sent if t.startswith("query: ")) == sorted(
        q for qs in QUESTIONS.values() for q in qs)

    entries = _question_entries(tmp_path, prefixed)
    assert set(entries) == {question_id(cid, q) for cid, qs in QUESTIONS.items() for q in qs}
    e = entries[question_id("劳动合同法#24", QUESTIONS["劳动合同法#24"][0])]
    assert e["parent_id"] == "劳动合同法#24" and e["kind"] == "question" and e["source_type"] == "law"
    assert e["law"] == "劳动合同法" and e["document"] == QUESTIONS["劳动合同法#24"][0]
    chunks = open_collection(open_client(tmp_path), prefixed, create=False)
    assert chunks.count() == 8  # the chunk collection holds no question
    assert "questions" not in chunks.get(ids=["劳动合同法#24"])["metadatas"][0]


def test_editing_one_question_re_embeds_only_it_and_a_removed_chunk_takes_its_questions(
        tmp_path, subset_chunks, prefixed, embedding_server):
    ingest(tmp_path, [_chunks(subset_chunks)], prefixed)
    again = ingest(tmp_path, [_chunks(subset_chunks)], prefixed)
    assert again.embedded == 0 and again.questions_embedded == 0 and not again.changed

    before = len(embedding_server.inputs())
    edited = {**QUESTIONS, "劳动合同法#39": [*QUESTIONS["劳动合同法#39"][:2], "员工被追究刑事责任，公司能解除吗？"]}
    report = ingest(tmp_path, [_chunks(subset_chunks, edited)], prefixed)
    assert report.embedded == 0 and report.questions_embedded == 1 and report.questions_removed == 1
    assert embedding_server.inputs()[before:] == ["query: 员工被追究刑事责任，公司能解除吗？"]
    assert report.updated == ["劳动合同法#39"]  # the chunk store sees the new list; its vector is kept

    without_39 = [c for c in _chunks(subset_chunks, edited) if c.id != "劳动合同法#39"]
    report = ingest(tmp_path, [without_39], prefixed)
    assert report.removed == ["劳动合同法#39"] and report.questions_removed == 3
    parents = {e["parent_id"] for e in _question_entries(tmp_path, prefixed).values()}
    assert parents == {"劳动合同法#24", "劳动合同法#36"}


def test_a_new_embedder_rebuilds_the_question_vectors_too(tmp_path, subset_chunks, prefixed, embedding_server):
    ingest(tmp_path, [_chunks(subset_chunks)], prefixed)
    other = OpenAIEmbedding(base_url=embedding_server.base_url, model="another", timeout_s=5, max_retries=0)
    report = ingest(tmp_path, [_chunks(subset_chunks)], other)
    assert report.rebuilt and report.embedded == 8 and report.questions_embedded == 6


@pytest.mark.parametrize("dense_search", ["memory", "chroma"])
def test_dense_scores_a_chunk_by_its_best_questions_and_never_returns_a_question(
        tmp_path, subset_chunks, prefixed, dense_search):
    ingest(tmp_path, [_chunks(subset_chunks)], prefixed)
    query = QUESTIONS["劳动合同法#39"][1]  # a question's own wording: similarity 1 with its entry
    # expansion off: the jargon table would append statutory terms to the dense query
    r = Retriever(tmp_path, prefixed, RetrievalConfig(dense_search=dense_search, expansion=False, question_pool=1))
    dense = r.retrieve(query, mode="dense", k=8, source_types=["law"])
    assert dense[0].chunk.id == "劳动合同法#39" and dense[0].scores["dense"] == pytest.approx(1.0, abs=1e-4)
    assert all("?q=" not in h.chunk.id for h in dense) and len({h.chunk.id for h in dense}) == len(dense) == 8
    assert r.retrieve(query, k=5)[0].chunk.id == "劳动合同法#39"  # hybrid too

    plain = Retriever(tmp_path, prefixed, RetrievalConfig(dense_search=dense_search, expansion=False, questions=False))
    own = next(h for h in plain.retrieve(query, mode="dense", k=8, source_types=["law"])
               if h.chunk.id == "劳动合同法#39")
    assert own.scores["dense"] < 0.9  # without its questions the chunk is only as close as its text

    # the default pools the two closest questions: the exact one (1.0) and the nearest sibling
    pooled = Retriever(tmp_path, prefixed, RetrievalConfig(dense_search=dense_search, expansion=False))
    top = pooled.retrieve(query, mode="dense", k=1, source_types=["law"])[0]
    q = np.asarray(prefixed.embed_query([query])[0])
    sibling = max(float(q @ np.asarray(prefixed.embed_query([other])[0]))
                  for other in QUESTIONS["劳动合同法#39"] if other != query)
    assert top.chunk.id == "劳动合同法#39"
    assert top.scores["dense"] == pytest.approx(max(own.scores["dense"], (1.0 + sibling) / 2), abs=1e-4)

    offset = Retriever(tmp_path, prefixed, RetrievalConfig(dense_search=dense_search, expansion=False,
                                                                       question_offset=0.2, question_pool=1))
    top = offset.retrieve(query, mode="dense", k=1, source_types=["law"])[0]
    assert top.chunk.id == "劳动合同法#39" and top.scores["dense"] == pytest.approx(0.8, abs=1e-4)


@pytest.mark.parametrize("dense_search", ["memory", "chroma"])
def test_questions_obey_the_scope_of_their_parent(tmp_path, subset_chunks, prefixed, dense_search):
    secret = "李四的工资是多少，年终奖发了没有？"
    records = [record_chunk("E0001", "wages", "张三 月工资 12000 元。"),
               record_chunk("E0002", "wages", "李四 月工资 30000 元。")]
    table = {**QUESTIONS, "员工档案#E0002/wages": [secret]}
    ingest(tmp_path, [_chunks(subset_chunks), list(with_questions(records, table))], prefixed)
    r = Retriever(tmp_path, prefixed, RetrievalConfig(dense_search=dense_search))
    for mode in ("dense", "hybrid"):
        hits = r.retrieve(secret, mode=mode, k=20, employee_id="E0001")
        assert "员工档案#E0002/wages" not in {h.chunk.id for h in hits}
    only_a_law = r.retrieve(QUESTIONS["劳动合同法#39"][0], mode="dense", k=3, laws=["劳动合同法实施条例"])
    assert only_a_law == []  # the question's parent is out of scope, and no chunk of that law is indexed


def test_an_index_without_question_entries_still_loads(tmp_path, subset_chunks, prefixed):
    ingest(tmp_path, [_chunks(subset_chunks, {})], prefixed)
    open_client(tmp_path).delete_collection("knowledge_questions")  # as an index built before questions
    r = Retriever(tmp_path, prefixed)
    assert len(r.retrieve("经济补偿", mode="dense", k=3)) == 3


def test_question_files_load_merge_and_attach(tmp_path):
    (tmp_path / "a.yaml").write_text("questions:\n  劳动合同法#47:\n    - 干了七年  给多少？\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("questions:\n  劳动合同法#47: [N怎么算, 干了七年 给多少？]\n"
                                     "  员工手册#5.2: [年假怎么休]\n", encoding="utf-8")
    table = load_question_dir(tmp_path)
    assert table == {"劳动合同法#47": ["干了七年 给多少？", "N怎么算"], "员工手册#5.2": ["年假怎么休"]}
    assert load_question_dir(tmp_path / "absent") == {}
    chunk = Chunk(id="劳动合同法#47", text="第四十七条 …", source_type="law", title="t", metadata={"law": "劳动合同法"})
    other = chunk.model_copy(update={"id": "劳动合同法#46"})
    got = list(with_questions([chunk, other], table))
    assert chunk_questions(got[0]) == ["干了七年 给多少？", "N怎么算"] and got[0].text == chunk.text
    assert got[1] == other and chunk_questions(other) == []


@pytest.mark.parametrize("body, reason", [
    ("other: {}\n", "缺少 questions"),
    ("questions:\n  劳动合同法#47: 不是列表\n", "劳动合同法#47"),
    ("questions:\n  劳动合同法#47: ['  ']\n", "劳动合同法#47"),
    ("questions: [\n", "YAML"),
])
def test_a_malformed_question_file_is_a_clear_error(tmp_path, body, reason):
    path = tmp_path / "q.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_question_file(path)
    assert reason in err.value.message_zh and err.value.code == "questions_invalid"


def test_every_shipped_question_names_a_chunk_of_the_corpus():
    table = load_question_dir()
    ids = {c.id for c in law_chunks()} | {c.id for c in iter_policy_chunks()}
    assert not sorted(set(table) - ids), "article_questions/*.yaml name ids the corpus does not have"
    chunks = {c.id: c for p in default_providers() for c in p}
    for cid, qs in table.items():
        assert chunk_questions(chunks[cid]) == qs
