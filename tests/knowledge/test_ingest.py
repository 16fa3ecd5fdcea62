import json

import pytest

from knowledge.chunks import Chunk
from knowledge.errors import CorpusError
from knowledge.ingest import CHROMA_DIR, STORE_FILE, ingest, open_client, open_collection


def _chunks(subset_chunks):
    return [c.model_copy(deep=True) for c in subset_chunks[:8]]


def test_first_run_embeds_everything_then_nothing(tmp_path, subset_chunks, hashed_embedding, embedding_server):
    chunks = _chunks(subset_chunks)
    calls = []
    report = ingest(tmp_path, [chunks], hashed_embedding, progress=lambda d, t: calls.append((d, t)))
    assert len(report.added) == 8 and report.embedded == 8 and report.rebuilt
    assert calls[0] == (0, 8) and calls[-1] == (8, 8)
    assert (tmp_path / STORE_FILE).exists() and (tmp_path / CHROMA_DIR).is_dir()

    sent = len(embedding_server.inputs())
    again = ingest(tmp_path, [chunks], hashed_embedding)
    assert again.embedded == 0 and not again.changed and again.unchanged == 8
    assert len(embedding_server.inputs()) == sent  # nothing reached the embedding endpoint


def test_editing_one_article_re_embeds_only_that_article(tmp_path, subset_chunks, hashed_embedding, embedding_server):
    chunks = _chunks(subset_chunks)
    ingest(tmp_path, [chunks], hashed_embedding)
    before = len(embedding_server.inputs())
    chunks[3].text += "（修订）"
    report = ingest(tmp_path, [chunks], hashed_embedding)
    assert report.updated == [chunks[3].id] and report.embedded == 1 and report.unchanged == 7
    new_inputs = embedding_server.inputs()[before:]
    assert len(new_inputs) == 1 and new_inputs[0].endswith("（修订）")
    col = open_collection(open_client(tmp_path), hashed_embedding, create=False)
    assert col.get(ids=[chunks[3].id])["documents"][0].endswith("（修订）")
    store = json.loads((tmp_path / STORE_FILE).read_text(encoding="utf-8"))
    row = next(r for r in store["chunks"] if r["chunk"]["id"] == chunks[3].id)
    assert row["chunk"]["text"].endswith("（修订）") and "修订" in row["tokens"]


def test_metadata_only_change_embeds_nothing(tmp_path, subset_chunks, hashed_embedding, embedding_server):
    chunks = _chunks(subset_chunks)
    ingest(tmp_path, [chunks], hashed_embedding)
    sent = len(embedding_server.inputs())
    chunks[0].metadata["verified"] = False
    report = ingest(tmp_path, [chunks], hashed_embedding)
    assert report.updated == [chunks[0].id] and report.embedded == 0
    assert len(embedding_server.inputs()) == sent  # chromadb did not embed the document behind our back
    col = open_collection(open_client(tmp_path), hashed_embedding, create=False)
    assert col.get(ids=[chunks[0].id])["metadatas"][0]["verified"] is False


def test_removed_chunks_are_deleted(tmp_path, subset_chunks, hashed_embedding):
    chunks = _chunks(subset_chunks)
    ingest(tmp_path, [chunks], hashed_embedding)
    report = ingest(tmp_path, [chunks[:5]], hashed_embedding)
    assert sorted(report.removed) == sorted(c.id for c in chunks[5:]) and report.embedded == 0
    col = open_collection(open_client(tmp_path), hashed_embedding, create=False)
    assert col.count() == 5


def test_providers_are_pluggable_and_ids_must_be_unique(tmp_path, subset_chunks, hashed_embedding):
    extra = Chunk(id="员工档案#E9/wages", text="月工资 9000 元", source_type="record", title="t",
                  metadata={"employee_id": "E9", "field_group": "wages"})
    report = ingest(tmp_path, [iter(_chunks(subset_chunks)), (c for c in [extra])], hashed_embedding)
    assert report.total == 9
    with pytest.raises(CorpusError) as info:
        ingest(tmp_path, [[extra], [extra]], hashed_embedding)
    assert info.value.code == "chunk_id_duplicate"


def test_changing_the_embedder_rebuilds_all_vectors(tmp_path, subset_chunks, hashed_embedding, embedding_server):
    from knowledge.embeddings import OpenAIEmbedding

    chunks = _chunks(subset_chunks)[:3]
    ingest(tmp_path, [chunks], hashed_embedding)
    other = OpenAIEmbedding(base_url=embedding_server.base_url, model="another-model", timeout_s=5, max_retries=0)
    report = ingest(tmp_path, [chunks], other)
    assert report.rebuilt and report.embedded == 3
