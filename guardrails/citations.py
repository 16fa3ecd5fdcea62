"""Find the article citations a text makes and the quotations attached to them.

Reads 《中华人民共和国劳动合同法》第四十七条, 劳动合同法第47条, 实施条例第二十七条, 第四十六条、
第四十七条 and 第46、47条 (lists), a bare 第四十七条 after a law was named earlier in the text
(or, with no law named at all, 劳动合同法 — the statute this product is about), 员工手册5.2条 /
《员工手册》第5.2条 (any handbook whose name the corpus ids hold), and a quotation in 「」 or “”
that follows a citation (「…规定：“…”」). Citations inside quotations (本法第三十八条 in a quoted
article) are part of the quote, not citations of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from guardrails.lexicon import DATA
from guardrails.numbers import parse_number
from guardrails.text import Quote, in_spans, normalize, quotes

DEFAULT_LAW = "劳动合同法"
_NUM = r"[\d零〇一二两三四五六七八九十百千]+(?:\.\d+)*"
_ARTICLE = re.compile(
    rf"(第)?\s?({_NUM}(?:\s?[、,，和及与至到-]\s?第?{_NUM}(?=[、,，和及与至到-]|\s?条))*)\s?条"
)
_LEAD_IN = re.compile(
    r"(?:第[^「“\"。]{0,6}?[款项])*\s?(?:中|里)?(?:的)?(?:规定|明确规定|明确|写明|指出|载明|原文|表述)?(?:为|是|如下)?"
    r"\s?[:：，,]?\s?"
)
_UNKNOWN_LAW = re.compile(r"(?:《([^》]{2,30})》|([\u4e00-\u9fa5]{2,14}(?:法|条例|规定|办法|解释|细则|通知)))\s?$")


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    law: str | None  # short name; None when the named law is not one we know
    law_text: str  # the law name as the text wrote it ('' when inferred)
    article: str  # Arabic: '47', '5.2'
    quote: Quote | None = None

    @property
    def id(self) -> str:
        return f"{self.law}#{self.article}" if self.law else f"{self.law_text}#{self.article}"


@lru_cache(maxsize=1)
def _law_aliases() -> tuple[tuple[str, str], ...]:
    raw = yaml.safe_load((DATA / "laws.yaml").read_text(encoding="utf-8"))
    pairs = [(alias, short) for short, aliases in raw["laws"].items() for alias in [short, *aliases]]
    return tuple(sorted(set(pairs), key=lambda p: -len(p[0])))


@lru_cache(maxsize=256)
def _law_regex(extra: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(_law_aliases())
    for name in extra:
        table.setdefault(name, name)
    names = sorted(table, key=len, reverse=True)
    # 劳动法 must not match inside 劳动法律 / 劳动法规
    rx = re.compile("|".join(re.escape(n) + ("(?!律|规)" if n == "劳动法" else "") for n in names))
    return rx, table


def _article_number(raw: str) -> str:
    raw = raw.strip().lstrip("第")
    if re.fullmatch(r"\d+(?:\.\d+)*", raw):
        return raw
    return str(parse_number(raw))


def find_citations(text: str, extra_names: tuple[str, ...] = ()) -> list[Citation]:
    """Every article citation in ``text``. ``extra_names`` are policy/handbook names (from the
    corpus ids) recognised besides the statutes in data/laws.yaml."""
    t = normalize(text)
    qs = quotes(text)
    quote_spans = [(q.inner_start, q.end - 1) for q in qs]
    rx, table = _law_regex(tuple(sorted(extra_names)))
    statutes = {short for _, short in _law_aliases()}
    laws = [(m.start(), m.end(), table[m.group()], m.group()) for m in rx.finditer(t)
            if not in_spans(m.start(), quote_spans)]
    out: list[Citation] = []
    for m in _ARTICLE.finditer(t):
        if in_spans(m.start(), quote_spans):
            continue
        prior = [law for law in laws if law[1] <= m.start()]
        nearest = prior[-1] if prior else None
        adjacent = nearest is not None and re.fullmatch(r"[》\s]*(?:的|之)?", t[nearest[1]:m.start()]) is not None
        if nearest is not None and not adjacent and nearest[2] not in statutes:
            # a bare 第四十七条 after 员工手册3.2条 refers back to the last statute, not the handbook
            laws_only = [law for law in prior if law[2] in statutes]
            nearest = laws_only[-1] if laws_only else None
        law, law_text = (nearest[2], nearest[3]) if nearest else (DEFAULT_LAW, "")
        if not adjacent:
            unknown = _UNKNOWN_LAW.search(t[max(0, m.start() - 32):m.start()])
            if unknown:
                name = unknown.group(1) or unknown.group(2)
                known = next((short for alias, short in table.items() if name.endswith(alias)), None)
                law, law_text = (known, name) if known else (None, name)
            elif m.group(1) is None:
                continue  # '5条' with neither 第 nor a law name: not a citation
        nums = re.split(r"\s?[、,，和及与至到-]\s?", m.group(2))
        quote = _attached_quote(t, m.end(), qs)
        for raw in nums:
            try:
                article = _article_number(raw)
            except (ValueError, ArithmeticError):
                continue
            out.append(Citation(m.start(), m.end(), text[m.start():m.end()], law, law_text, article, quote))
    return out


def _attached_quote(t: str, end: int, qs: list[Quote]) -> Quote | None:
    nxt = next((q for q in qs if q.start >= end), None)
    if nxt is None or nxt.start - end > 16:
        return None
    return nxt if _LEAD_IN.fullmatch(t[end:nxt.start]) else None


def cited_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations attached to a citation: their numbers are the article's own."""
    return sorted({(c.quote.start, c.quote.end) for c in find_citations(text) if c.quote is not None})
