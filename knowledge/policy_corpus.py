"""Parse a company handbook (``knowledge/data/policy/*.md``) into one :class:`Chunk` per clause.

The expected shape::

    # 员工手册（离职管理篇）
    版本：2025.1　生效日期：2025-01-01
    ## 第五章 经济补偿
    ### 5.2 协商解除的补偿上限
    clause text …

Chunk id ``员工手册#5.2`` (the handbook name is the ``#`` heading without its parenthesised
part); metadata ``handbook``, ``clause``, ``section`` (the chapter heading), ``version`` and
``effective_date`` when the version line names them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from knowledge.chunks import Chunk
from knowledge.errors import CorpusError

logger = logging.getLogger(__name__)

POLICY_DIR = Path(__file__).resolve().parent / "data" / "policy"

_H1 = re.compile(r"^#\s+(.+)$")
_H2 = re.compile(r"^##\s+(.+)$")
_H3 = re.compile(r"^###\s+(\d+(?:\.\d+)+)\s*(.*)$")
_VERSION = re.compile(r"版本[：:]\s*([^\s，,；;　]+)")
_EFFECTIVE = re.compile(r"(?:生效|施行|实施)(?:日期|时间)?[：:]?\s*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?)")


def _handbook_name(heading: str) -> str:
    return re.split(r"[（(]", heading, maxsplit=1)[0].strip()


def parse_policy_text(text: str, *, source: str = "<text>") -> list[Chunk]:
    title = ""
    version = ""
    effective = ""
    section = ""
    clauses: list[tuple[str, str, str, list[str]]] = []  # (number, heading, section, lines)

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if m := _H3.match(line):
            if not title:
                raise CorpusError(source, lineno, "条款出现在手册标题（# …）之前", code="policy_no_title")
            clauses.append((m.group(1), m.group(2).strip(), section, []))
            continue
        if line.startswith("###"):
            raise CorpusError(source, lineno, f"条款标题缺少编号（应为“### 5.2 标题”）：{line}",
                              code="policy_bad_clause_heading")
        if m := _H2.match(line):
            section = m.group(1).strip()
            continue
        if m := _H1.match(line):
            if title:
                raise CorpusError(source, lineno, "手册只能有一个一级标题", code="policy_two_titles")
            title = m.group(1).strip()
            continue
        if clauses:
            clauses[-1][3].append(line)
            continue
        if not version and (m := _VERSION.search(line)):
            version = m.group(1)
        if not effective and (m := _EFFECTIVE.search(line)):
            effective = m.group(1)

    if not title:
        raise CorpusError(source, 1, "缺少手册标题（# 员工手册…）", code="policy_no_title")
    handbook = _handbook_name(title)
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for number, heading, chapter, lines in clauses:
        if number in seen:
            raise CorpusError(source, 0, f"条款编号重复：{number}", code="policy_duplicate_clause")
        seen.add(number)
        body = "\n".join(lines).strip()
        if not body:
            raise CorpusError(source, 0, f"条款 {number} 没有正文", code="policy_empty_clause")
        metadata: dict[str, str | int | float | bool] = {
            "handbook": handbook,
            "handbook_title": title,
            "clause": number,
            "section": chapter,
        }
        if version:
            metadata["version"] = version
        if effective:
            metadata["effective_date"] = effective
        chunks.append(Chunk(
            id=f"{handbook}#{number}",
            text=f"{number} {heading}\n{body}" if heading else f"{number}\n{body}",
            source_type="policy",
            title=f"《{title}》{number} {heading}".strip(),
            metadata=metadata,
        ))
    return chunks


def parse_policy_file(path: Path) -> list[Chunk]:
    return parse_policy_text(path.read_text(encoding="utf-8"), source=path.name)


def iter_policy_chunks(policy_dir: Path | None = None) -> Iterator[Chunk]:
    """Every clause of every handbook under ``policy_dir`` (none yet is not an error)."""
    base = policy_dir or POLICY_DIR
    if not base.is_dir():
        return
    for path in sorted(base.glob("*.md")):
        chunks = parse_policy_file(path)
        logger.debug("parsed %s: %d clauses", path.name, len(chunks))
        yield from chunks
