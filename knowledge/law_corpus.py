"""Parse the statute files in ``knowledge/data/law`` into one :class:`Chunk` per article.

Rules (checked against the 13 files by tests/test_law_corpus.py):

- Front matter is skipped: the ``#`` heading, the ``>`` source note, the promulgation text and
  the 目录. The body starts at the first ``第一条`` (or, for a notice without articles, at the
  first ``一、`` section).
- An article runs from its ``第N条`` line to the next article, chapter/section heading, appendix
  or the trailing ``颁布日期/执行日期`` lines; its 款 and 项 stay together.
- Notices numbered ``一、二、…`` (no articles) give one chunk per section; the id uses the
  section number (``工资折算通知#2``).
- 481号 (经济补偿办法) holds two quoted articles and bullets marked ``要点`` that only summarise
  other articles: those become chunks with ``summary=True``. A bullet without an article number
  is appended to the bullet before it.
- The appendix of 女职工劳动保护特别规定 (the list of prohibited work) is kept with 第四条, the
  article that says the appendix lists it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import cn2an

from knowledge.chunks import Chunk
from knowledge.law_sources import LAW_SOURCES, LawSource

logger = logging.getLogger(__name__)

LAW_DIR = Path(__file__).resolve().parent / "data" / "law"

_CN_NUM = "零〇一二三四五六七八九十百两"
_ARTICLE = re.compile(rf"^第([{_CN_NUM}]+)条[ \u3000]*(.*)$")
_CHAPTER = re.compile(rf"^第([{_CN_NUM}]+)章[ \u3000]*(.*)$")
_SECTION_HEAD = re.compile(rf"^第([{_CN_NUM}]+)节[ \u3000]*(.*)$")
_NOTICE_SECTION = re.compile(rf"^([{_CN_NUM}]+)、(.*)$")
_BULLET = re.compile(rf"^[-*][ \u3000]*第([{_CN_NUM}]+)条(.*)$")
_TRAILER = re.compile(r"^(颁布日期|执行日期)[：:]")
_SIGNOFF_DATE = re.compile(r"^[一二三四五六七八九十〇○零0-9]{4}年[一二三四五六七八九十0-9]{1,3}月[一二三四五六七八九十0-9]{1,3}日$")


def cn_to_int(numeral: str) -> int:
    """``四十七`` -> 47, ``一百零八`` -> 108."""
    return int(cn2an.cn2an(numeral.replace("〇", "零").replace("两", "二"), "normal"))


def _squash(title: str) -> str:
    """``促 进 就 业`` -> ``促进就业`` (headings in some files are letter-spaced)."""
    return re.sub(r"[ \u3000]+", "", title)


class _Draft:
    def __init__(self, number: int, label: str, chapter: str, summary: bool) -> None:
        self.number = number
        self.label = label  # 第四十七条 / 五、… as printed
        self.chapter = chapter
        self.summary = summary
        self.lines: list[str] = []


# Some source texts run two articles into one line: "…事项。 第二十三条 劳动合同…".
_INLINE_ARTICLE = re.compile(rf"(?<=[。；：）])[ \u3000]+(?=第[{_CN_NUM}]+条[ \u3000])")


def _body_lines(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith(">"):
            continue
        lines.extend(part.strip() for part in _INLINE_ARTICLE.split(line) if part.strip())
    return lines


def parse_law_file(source: LawSource, path: Path | None = None) -> list[Chunk]:
    """Parse one statute file into chunks, in file order."""
    path = path or LAW_DIR / source.file
    lines = _body_lines(path)
    has_articles = any(_ARTICLE.match(line) for line in lines)

    drafts: list[_Draft] = []
    chapter = ""
    part = ""  # 第N节 inside a chapter
    started = False
    in_appendix = False
    appendix: list[str] = []
    current: _Draft | None = None

    for line in lines:
        if _TRAILER.match(line):
            break
        if has_articles:
            if m := _ARTICLE.match(line):
                started = True
                current = _Draft(cn_to_int(m.group(1)), f"第{m.group(1)}条", _chapter(chapter, part), False)
                drafts.append(current)
                current.lines.append(line)
                continue
            if m := _CHAPTER.match(line):
                chapter, part = f"第{m.group(1)}章 {_squash(m.group(2))}".strip(), ""
                current = None
                continue
            if m := _SECTION_HEAD.match(line):
                part = f"第{m.group(1)}节 {_squash(m.group(2))}".strip()
                current = None
                continue
            if not started:
                continue
            if line.startswith("附录"):
                in_appendix = True
                current = None
                continue
            if in_appendix:
                appendix.append(line)
                continue
            if m := _BULLET.match(line):
                current = _Draft(cn_to_int(m.group(1)), f"第{m.group(1)}条", _chapter(chapter, part), True)
                drafts.append(current)
                current.lines.append(f"第{m.group(1)}条{m.group(2)}")
                continue
            if line in ("要点：", "要点:"):
                current = None
                continue
            if current is not None:
                current.lines.append(line.lstrip("-* \u3000"))
        else:
            if m := _NOTICE_SECTION.match(line):
                started = True
                current = _Draft(cn_to_int(m.group(1)), f"{m.group(1)}、", "", False)
                drafts.append(current)
                current.lines.append(line)
                continue
            if started and current is not None:
                current.lines.append(line)

    if appendix:
        target = next((d for d in drafts if d.number == 4 and not d.summary), None)
        if target is None:
            raise ValueError(f"{source.file}: appendix found but no 第四条 to attach it to")
        target.lines.append("附录：" + "\n".join(appendix))

    if drafts and not has_articles:
        # A notice ends with the issuing office and date: not part of the last section.
        last = drafts[-1].lines
        while len(last) > 1 and (_SIGNOFF_DATE.match(last[-1]) or _looks_like_signoff(last[-1])):
            last.pop()

    seen: set[int] = set()
    chunks: list[Chunk] = []
    for d in drafts:
        if d.number in seen:
            raise ValueError(f"{source.file}: article {d.number} appears twice")
        seen.add(d.number)
        chunks.append(_to_chunk(source, d))
    return chunks


def _chapter(chapter: str, part: str) -> str:
    return f"{chapter} {part}".strip()


def _looks_like_signoff(line: str) -> bool:
    return len(line) <= 16 and not re.search(r"[。；：，、]", line)


def _to_chunk(source: LawSource, d: _Draft) -> Chunk:
    name = source.full_name.replace("《", "〈").replace("》", "〉")
    # A notice's section 五、 is cited as 第五条 (e.g. 财税〔2018〕164号第五条第（一）项).
    label = d.label if d.label.endswith("条") else f"第{d.label.rstrip('、')}条"
    title = f"《{name}》{label}"
    if d.summary:
        title += "（要点）"
    metadata: dict[str, str | int | float | bool] = {
        "law": source.short_name,
        "law_full": source.full_name,
        "version": source.version,
        "effective_date": source.effective_date,
        "article": d.number,
        "chapter": d.chapter,
        "excerpt": source.excerpt,
        "verified": source.verified,
        "summary": d.summary,
        "historical": source.historical,
    }
    for prefix, later_law in source.superseded_chapters.items():
        if d.chapter.startswith(prefix):
            metadata["superseded_by"] = later_law
    if source.applies_before:
        metadata["applies_before"] = source.applies_before
    return Chunk(
        id=f"{source.short_name}#{d.number}",
        text="\n".join(d.lines),
        source_type="law",
        title=title,
        metadata=metadata,
    )


def iter_law_chunks(law_dir: Path | None = None, sources: list[LawSource] | None = None) -> Iterator[Chunk]:
    """Every article of every statute file, in the order of :data:`LAW_SOURCES`."""
    base = law_dir or LAW_DIR
    for source in sources or LAW_SOURCES:
        chunks = parse_law_file(source, base / source.file)
        logger.debug("parsed %s: %d chunks", source.file, len(chunks))
        yield from chunks


def law_chunks(law_dir: Path | None = None) -> list[Chunk]:
    return list(iter_law_chunks(law_dir))
