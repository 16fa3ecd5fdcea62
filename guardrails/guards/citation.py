"""Citation guard: every cited article exists in the corpus and was among this turn's retrieved
sources; a quotation attached to a citation matches the article's text."""

from __future__ import annotations

import re

from guardrails.citations import find_citations
from guardrails.facts import GuardFacts
from guardrails.types import Severity, Violation

NAME = "citation"
VERSION = "1.0"

_PUNCT = re.compile(r"[\s，。；：、,.;:!?！？“”「」『』\"'（）()《》〈〉【】\-—]+")
_ELLIPSIS = re.compile(r"……|…|\.{3,}|⋯+")


def _squash(s: str) -> str:
    return _PUNCT.sub("", s)


def quote_matches(quote: str, source_text: str) -> bool:
    """The quote, with punctuation and spacing ignored and ``……`` standing for an omission, is
    the source text's own words in order."""
    src = _squash(source_text)
    pos = 0
    for part in _ELLIPSIS.split(quote):
        frag = _squash(part)
        if not frag:
            continue
        i = src.find(frag, pos)
        if i < 0:
            return False
        pos = i + len(frag)
    return True


def check(text: str, facts: GuardFacts) -> list[Violation]:
    names = tuple(sorted({i.split("#", 1)[0] for i in [*facts.corpus_ids, *(s.id for s in facts.sources)] if "#" in i}))
    corpus = set(facts.corpus_ids)
    sources = {s.id: s for s in facts.sources}
    out: list[Violation] = []
    seen_quotes: set[tuple[int, int]] = set()
    cites = find_citations(text, names)
    for c in cites:
        if c.law is None:
            out.append(Violation(guard=NAME, category="unknown_law", start=c.start, end=c.end, span=c.text,
                                 message=f"引用的《{c.law_text}》不在法规库中，可能是编造的法规名称。"))
            continue
        if corpus and c.id not in corpus:
            out.append(Violation(guard=NAME, category="article_not_in_corpus", start=c.start, end=c.end,
                                 span=c.text, message=f"引用的条文「{c.id}」在法规库中不存在，可能是编造或条号错误。"))
            continue
        if c.id not in sources:
            out.append(Violation(guard=NAME, category="article_not_retrieved", start=c.start, end=c.end,
                                 span=c.text,
                                 message=f"引用的条文「{c.id}」不在本轮检索到的依据中，无法核对其内容，不能作为依据引用。"))
            continue
        q = c.quote
        if q is None or (q.start, q.end) in seen_quotes:
            continue
        seen_quotes.add((q.start, q.end))
        candidates = [sources[x.id] for x in cites if x.quote == q and x.id in sources]
        source_texts = [s.text for s in candidates if s.text]
        if not source_texts:
            out.append(Violation(guard=NAME, category="quote_unverifiable", severity=Severity.WARN, start=q.start,
                                 end=q.end, span=text[q.start:q.end],
                                 message=f"引文无法核对：检索结果中没有「{c.id}」的原文。"))
        elif not any(quote_matches(q.text, s) for s in source_texts):
            out.append(Violation(guard=NAME, category="quote_mismatch", start=q.start, end=q.end,
                                 span=text[q.start:q.end],
                                 message=f"引号内的文字与「{c.id}」的原文不一致，不能当作法条原文引用。"))
    return out
