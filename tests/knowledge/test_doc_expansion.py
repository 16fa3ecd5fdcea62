import pytest

from knowledge.chunks import Chunk
from knowledge.doc_expansion import load_keywords, with_keywords
from knowledge.errors import CorpusError
from knowledge.ingest import bm25_text, default_providers, embed_hash, index_text
from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import iter_policy_chunks
from knowledge.tokenize import tokenize


def test_every_keyword_id_exists_in_the_corpus():
    ids = {c.id for c in law_chunks()} | {c.id for c in iter_policy_chunks()}
    table = load_keywords()
    assert len(table) >= 150
    missing = sorted(set(table) - ids)
    assert not missing, f"article_keywords.yaml names ids the corpus does not have: {missing}"


def test_keywords_reach_bm25_text_but_not_the_displayed_text_or_the_vector():
    chunks = {c.id: c for p in default_providers() for c in p}
    art40 = chunks["劳动合同法#40"]
    plain = next(c for c in law_chunks() if c.id == "劳动合同法#40")
    assert art40.text == plain.text
    assert "代通知金" in art40.metadata["keywords"]
    assert "代通知金" not in art40.text
    assert "代通知金" in tokenize(bm25_text(art40))
    assert "代通知金" not in index_text(art40)
    assert embed_hash(art40) == embed_hash(plain)  # adding keywords re-embeds nothing


def test_chunks_without_an_entry_pass_through_unchanged():
    chunk = Chunk(id="劳动法#1", text="第一条 …", source_type="law", title="t", metadata={"law": "劳动法"})
    out = list(with_keywords([chunk], {"劳动合同法#47": "N 工龄"}))
    assert out == [chunk]
    assert bm25_text(chunk) == index_text(chunk)


@pytest.mark.parametrize("body, reason", [
    ("other: {}\n", "缺少 keywords"),
    ("keywords:\n  劳动合同法#47: ''\n", "劳动合同法#47"),
])
def test_a_malformed_keyword_file_is_a_clear_error(tmp_path, body, reason):
    path = tmp_path / "kw.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_keywords(path)
    assert reason in err.value.message_zh
    assert err.value.code == "keywords_invalid"
