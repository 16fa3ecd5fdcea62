"""The sample handbook keeps the exact layout its parser relies on: a title line, a version line,
``## 第N章 标题`` chapters and ``### N.M 标题`` clauses numbered within their chapter, each clause
short enough to be one retrievable chunk."""

from __future__ import annotations

import re
from pathlib import Path

HANDBOOK = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "policy" / "employee-handbook.md"


def _lines() -> list[str]:
    return HANDBOOK.read_text(encoding="utf-8").splitlines()


def test_title_and_version_lines():
    lines = [line for line in _lines() if line.strip()]
    assert lines[0] == "# 员工手册（离职管理篇）"
    assert re.match(r"^版本：\S+\s+生效日期：\d{4}-\d{2}-\d{2}$", lines[1]), lines[1]


def test_chapters_and_clauses_are_numbered_in_order():
    chapter, clause, count = 0, 0, 0
    for line in _lines():
        if line.startswith("## "):
            m = re.fullmatch(r"## 第(\d+)章 \S.*", line)
            assert m, f"章标题格式不对：{line!r}"
            assert int(m[1]) == chapter + 1, f"章号不连续：{line!r}"
            chapter, clause = int(m[1]), 0
        elif line.startswith("### "):
            m = re.fullmatch(r"### (\d+)\.(\d+) \S.*", line)
            assert m, f"条款标题格式不对：{line!r}"
            assert (int(m[1]), int(m[2])) == (chapter, clause + 1), f"条款号不连续：{line!r}"
            clause += 1
            count += 1
        elif line.startswith("#"):
            assert line == "# 员工手册（离职管理篇）", f"多余的标题：{line!r}"
    assert chapter >= 10 and 40 <= count <= 70


def test_each_clause_is_one_self_contained_chunk():
    text = HANDBOOK.read_text(encoding="utf-8")
    parts = re.split(r"^### (\d+\.\d+) .*$", text, flags=re.M)
    for number, body in zip(parts[1::2], parts[2::2]):
        body = body.split("\n## ")[0].strip()
        assert 80 <= len(body) <= 400, f"{number}: {len(body)} 字"
