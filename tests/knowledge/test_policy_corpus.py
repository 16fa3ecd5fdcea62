import pytest

from knowledge.errors import CorpusError
from knowledge.policy_corpus import iter_policy_chunks, parse_policy_text


def test_one_chunk_per_clause(handbook_chunks):
    assert [c.id for c in handbook_chunks] == ["员工手册#1.1", "员工手册#5.1", "员工手册#5.2", "员工手册#6.1"]
    c = handbook_chunks[2]
    assert c.source_type == "policy"
    assert c.title == "《员工手册（离职管理篇）》5.2 协商解除的额外补偿"
    assert c.text.startswith("5.2 协商解除的额外补偿\n经协商一致解除劳动合同的")
    assert c.metadata == {"handbook": "员工手册", "handbook_title": "员工手册（离职管理篇）", "clause": "5.2",
                          "section": "第五章 经济补偿", "version": "2025.1", "effective_date": "2025-01-01"}


def test_multi_paragraph_clause_and_deeper_numbers():
    text = "# 员工手册（离职管理篇）\n## 第二章 审批\n### 2.1.3 审批链\n第一段。\n\n第二段。\n"
    (chunk,) = parse_policy_text(text)
    assert chunk.id == "员工手册#2.1.3" and chunk.text.endswith("第一段。\n第二段。")


@pytest.mark.parametrize("text, code", [
    ("### 1.1 无标题\n正文", "policy_no_title"),
    ("# 员工手册\n### 标题没有编号\n正文", "policy_bad_clause_heading"),
    ("# 员工手册\n### 1.1 甲\n正文\n### 1.1 乙\n正文", "policy_duplicate_clause"),
    ("# 员工手册\n### 1.1 空条款\n", "policy_empty_clause"),
])
def test_bad_handbook_is_a_clear_error(text, code):
    with pytest.raises(CorpusError) as info:
        parse_policy_text(text, source="handbook.md")
    assert info.value.code == code and "handbook.md" in info.value.message_zh


def test_missing_policy_directory_yields_nothing(tmp_path):
    assert list(iter_policy_chunks(tmp_path / "none")) == []


def test_real_handbook_parses_when_present():
    chunks = list(iter_policy_chunks())  # knowledge/data/policy/*.md, once another branch ships it
    assert all(c.id.startswith(c.metadata["handbook"] + "#") for c in chunks)
