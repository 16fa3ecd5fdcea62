"""Citation guard: every cited article exists in the corpus and was among this turn's retrieved
sources; a quotation attached to a citation matches the article's text."""

from __future__ import annotations

import re

from decimal import Decimal

from guardrails.citations import Citation, find_citations
from guardrails.facts import GuardFacts
from guardrails.numbers import find_numbers
from guardrails.text import normalize, sentences
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
    out: list[Violation] = other_employee_records(text, facts)
    seen_quotes: set[tuple[int, int]] = set()
    cites = find_citations(text, names)
    case_values = _case_values(facts)
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
        source = sources[c.id]
        if source.text:
            out += _structure(c, source.text)
            out += _paraphrase(text, c, cites, source.text, case_values)
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


_ITEM = re.compile(r"（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)")
_CLAIM_KINDS = ("percent", "times", "days", "years", "months")


def _structure(c: Citation, source_text: str) -> list[Violation]:
    """第四十七条第四款 where the article has three paragraphs; 第四十条第五项 where it has three items."""
    paragraphs = [line for line in source_text.splitlines() if line.strip()]
    items = len(_ITEM.findall(source_text))
    out = []
    if c.paragraph is not None and c.paragraph > len(paragraphs):
        out.append(Violation(guard=NAME, category="paragraph_not_in_article", start=c.start, end=c.end, span=c.text,
                             message=f"「{c.id}」只有{len(paragraphs)}款，引用的第{c.paragraph}款不存在。"))
    if c.item is not None and c.item > items:
        out.append(Violation(guard=NAME, category="paragraph_not_in_article", start=c.start, end=c.end, span=c.text,
                             message=f"「{c.id}」没有第{c.item}项。"))
    return out


def _case_values(facts: GuardFacts) -> dict[str, set[Decimal]]:
    months = {f.months for f in facts.figures if f.months is not None}
    months |= {facts.statutory_months} if facts.statutory_months is not None else set()
    return {"months": months, "years": {f.years for f in facts.figures if f.years is not None}}


def _paraphrase(text: str, c: Citation, cites: list[Citation], source_text: str,
                case_values: dict[str, set[Decimal]]) -> list[Violation]:
    """A rule stated right after a citation (「第四十七条规定，…高于三倍的…」) must not carry a
    statutory number the article does not hold (五倍, 十年, 20%, 十五日). Numbers of the case
    itself (7个月, 5年) are applications of the rule, not part of it."""
    sents = sentences(text)
    _, sentence_end = sents.around(c.start)
    later = [x.start for x in cites if x.start > c.end]
    end = min([sentence_end, *later])
    claim = [m for m in find_numbers(text) if c.end <= m.start < end and m.kind in _CLAIM_KINDS]
    out = _antonyms(text, c, c.end, end, source_text)
    held = {m.value for m in find_numbers(normalize(source_text)) if m.value is not None}
    held |= {Decimal(2)} if "二倍" in source_text or "两倍" in source_text else set()
    for m in claim:
        if m.value in held or m.value in case_values.get(m.kind, ()):
            continue
        out.append(Violation(guard=NAME, category="paraphrase_mismatch", start=m.start, end=m.end, span=m.text,
                             message=f"引用「{c.id}」时说的「{m.text}」在该条原文中找不到，可能曲解了法条。"))
    return out


# Words whose swap turns a rule into another rule (事先→事后 通知工会, 书面→口头 通知).
_ANTONYMS = (("事先", "事后"), ("书面", "口头"), ("高于", "低于"), ("提前", "事后通知"))


def _antonyms(text: str, c: Citation, start: int, end: int, source_text: str) -> list[Violation]:
    claim = text[start:end]
    out = []
    for right, wrong in _ANTONYMS:
        i = claim.find(wrong)
        if i >= 0 and wrong not in source_text and right in source_text:
            out.append(Violation(guard=NAME, category="paraphrase_mismatch", start=start + i,
                                 end=start + i + len(wrong), span=wrong,
                                 message=f"「{c.id}」原文是「{right}」，这里说成了「{wrong}」，曲解了法条。"))
    return out


_EMPLOYEE_ID = re.compile(r"(?<![A-Za-z0-9])E\d{4,}(?![0-9])")


def other_employee_records(text: str, facts: GuardFacts) -> list[Violation]:
    """员工档案#E0215 in E0001's case: another employee's record is neither retrieved nor theirs to see."""
    out = []
    for m in _EMPLOYEE_ID.finditer(text):
        if facts.employee_id and m.group() != facts.employee_id:
            out.append(Violation(guard=NAME, category="other_employee_record", start=m.start(), end=m.end(),
                                 span=m.group(), message=f"引用了其他员工（{m.group()}）的档案，本案不得引用或透露。"))
    return out
