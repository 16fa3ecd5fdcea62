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

from guardrails.fastre import compile_fast
from guardrails.lexicon import DATA
from guardrails.numbers import parse_number
from guardrails.text import Quote, in_spans, normalize, quotes

DEFAULT_LAW = "劳动合同法"
_NUM = r"[\d零〇一二两三四五六七八九十百千]+(?:\.\d+)*"
_ARTICLE = compile_fast(
    # 「《员工手册》3.4，第40条」: a comma then 第 starts a citation of its own, not a list's next number
    rf"(第)?\s?({_NUM}(?:\s?(?:[、和及与至到-]\s?第?|[,，]\s?){_NUM}(?=[、,，和及与至到-]|\s?条))*)\s?条"
)
_LEAD_IN = re.compile(
    r"(?:第[^「“\"。]{0,6}?[款项])*\s?(?:中|里)?(?:也|还|都)?(?:的)?(?:规定|明确规定|明确|写明|指出|载明|原文|表述|写着|写道|"
    r"(?:说|写|讲|规定)得(?:很|非常|十分)?(?:明白|清楚|明确)|(?:说|写)得(?:明明白白|清清楚楚)|说了|说|讲了|讲)?(?:的是|为|是|如下)?"
    r"\s?[:：，,]?\s?"
)
_UNKNOWN_LAW = re.compile(r"《([^》]{2,30})》\s?(?:的|之)?$")
_DOCUMENT_NAME = re.compile(r"(?:协议|合同|协议书|约定|方案|确认书|承诺书|通知书|清单|记录)$")
_PART = re.compile(rf"\s?第[（(]?({_NUM})[）)]?([款项])")
_THIS_LAW = re.compile(r"本法|该法|此法|本条例|本规定|本办法")
_NOT_LAW_BEFORE = re.compile(
    r"(?:协议|合同|协议书|补充协议|补充约定|约定|附件|方案|通知书|承诺书|确认书|本协议|本合同|上述|以下|下列)\s?$"
    # a document the case handles (协议草稿第二条, 扫描件第七条, 说明里第三条, 申请书中的第二条)
    r"|(?:协议|合同|草稿|初稿|修订版|定稿|文本|扫描件|复印件|说明|申请书|清单|附件|材料|文件|邮件|通知|备注|表格|redline)"
    r"(?:里|中|内|上)?(?:的)?\s?$"
)
# the draft talks about the agreement's text: a bare 第X条 before any law is named is one of its clauses
_DOCUMENT_TALK = re.compile(r"协议|草稿|初稿|条款|甲方")
# 第二条约定的: an agreement's clause (a statute 规定, parties 约定)
_AGREED_AFTER = re.compile(r"\s?(?:约定|所约定|中约定)")


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    law: str | None  # short name; None when the named law is not one we know
    law_text: str  # the law name as the text wrote it ('' when inferred)
    article: str  # Arabic: '47', '5.2'
    quote: Quote | None = None
    paragraph: int | None = None  # 第二款
    item: int | None = None  # 第三项

    @property
    def id(self) -> str:
        return f"{self.law}#{self.article}" if self.law else f"{self.law_text}#{self.article}"


@lru_cache(maxsize=1)
def _law_aliases() -> tuple[tuple[str, str], ...]:
    raw = yaml.safe_load((DATA / "laws.yaml").read_text(encoding="utf-8"))
    pairs = [(alias, short) for short, aliases in raw["laws"].items() for alias in [short, *aliases]]
    return tuple(sorted(set(pairs), key=lambda p: -len(p[0])))


_NOT_NAME_AFTER = {"劳动法": "(?!律|规)", "一": "(?!下|遍|番|次|点|些|句|个)"}


@lru_cache(maxsize=256)
def _law_regex(extra: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(_law_aliases())
    for name in extra:
        table.setdefault(name, name)
    handbooks = [name for name in extra if name.endswith("手册")]
    if len(handbooks) == 1:
        table.setdefault("手册", handbooks[0])  # 手册3.3, 手册第3.2条: the company's only handbook
    names = sorted(table, key=len, reverse=True)
    # 劳动法 must not match inside 劳动法律 / 劳动法规, nor 解释一 inside 解释一下 (the verb)
    rx = re.compile("|".join(re.escape(n) + _NOT_NAME_AFTER.get(n[-1] if n.endswith("一") else n, "") for n in names))
    return rx, table


def _article_number(raw: str) -> str:
    raw = raw.strip().lstrip("第")
    if re.fullmatch(r"\d+(?:\.\d+)*", raw):
        return raw
    return str(parse_number(raw))


def find_citations(text: str, extra_names: tuple[str, ...] = (),
                   known_ids: frozenset[str] = frozenset(), retrieved: frozenset[str] = frozenset()) -> list[Citation]:
    """Every article citation in ``text``. ``extra_names`` are policy/handbook names (from the
    corpus ids) recognised besides the statutes in data/laws.yaml. ``known_ids`` (the corpus)
    lets a bare 第四十六条 after 《女职工劳动保护特别规定》第五条 resolve to the last named statute
    that has such an article."""
    t = normalize(text)
    qs = quotes(text)
    quote_spans = [(q.inner_start, q.end - 1) for q in qs]
    rx, table = _law_regex(tuple(sorted(extra_names)))
    statutes = {short for _, short in _law_aliases()}
    laws = [(m.start(), m.end(), table[m.group()], m.group()) for m in rx.finditer(t)
            if not in_spans(m.start(), quote_spans)]
    out: list[Citation] = []
    agreement = "甲方" in t and "乙方" in t
    last_clause: tuple[int, str] | None = None  # end and number of the last document clause skipped
    for m in _ARTICLE.finditer(t):
        if in_spans(m.start(), quote_spans):
            continue
        if _next_clause(t, m, last_clause, laws):
            last_clause = (m.end(), m.group(2))
            continue  # 「协议第二条：…。第三条：…」: the document's next clause, as the previous one was
        head = t[max(0, m.start() - 8):m.start()]
        if _NOT_LAW_BEFORE.search(head) and not any(0 <= m.start() - law[1] <= 2 for law in laws):
            last_clause = (m.end(), m.group(2))
            continue  # 协议第三条, 本合同第二条: a clause of the document itself, not a law
        if m.group(1) is not None and retrieved and (last_clause is not None or _DOCUMENT_TALK.search(t, 0, m.start())):
            if not any(law[1] <= m.start() for law in laws) and \
                    f"{DEFAULT_LAW}#{_first_article(m.group(2))}" not in retrieved:
                last_clause = (m.end(), m.group(2))
                continue  # 「协议草稿…，第三条是补偿的计算」: no law named yet, the agreement's clause
        if m.group(1) is not None and _AGREED_AFTER.match(t, m.end()) and \
                not any(0 <= m.start() - law[1] <= 2 for law in laws):
            continue  # 按第二条约定的金额: a clause of the parties' agreement (《劳动合同法》第九十条约定: the statute's)
        if _LINE_START.search(t, 0, m.start()) and m.group(1) is not None and _HEADING_AFTER.match(t, m.end()):
            last_clause = (m.end(), m.group(2))
            continue  # 「第一条 甲方…」 heading a line: a clause of the draft's own agreement
        if m.group(1) is not None and agreement and _CLAUSE_GAP.match(t, m.end()) and not re.search(
                r"[》法例定释]\s?(?:的|之)?\s?$", t[max(0, m.start() - 3):m.start()]):
            last_clause = (m.end(), m.group(2))
            continue  # 「…乙方：陈杰 第三条 经甲方提出…」: an agreement's clause heading mid-line
        prior = [law for law in laws if law[1] <= m.start()]
        nearest = prior[-1] if prior else None
        adjacent = nearest is not None and re.fullmatch(r"[》\s]*(?:的|之)?", t[nearest[1]:m.start()]) is not None
        dotted = "." in m.group(2)
        if nearest is not None and not adjacent:
            # a bare 第四十七条 after 员工手册3.2条 refers back to the last statute, a bare 第6.3条
            # after 员工手册第6.2条 to the handbook
            same_kind = [law for law in prior if (law[2] in statutes) != dotted]
            nearest = same_kind[-1] if same_kind else None
            if nearest is not None and known_ids and not dotted:
                first = _first_article(m.group(2))
                having = [law for law in same_kind if f"{law[2]}#{first}" in known_ids]
                if f"{nearest[2]}#{first}" not in known_ids and having:
                    nearest = having[-1]
                elif f"{nearest[2]}#{first}" not in known_ids and f"{DEFAULT_LAW}#{first}" in known_ids:
                    nearest = None  # 依实施条例第二十五条…再依第八十七条: the statute this product is about
        law, law_text = (nearest[2], nearest[3]) if nearest else (DEFAULT_LAW, "")
        if not prior and dotted and known_ids:
            # 「第7.3条」 with no document named: statutes have no dotted numbers, so it is the one
            # policy document of the corpus that has such a section
            having = {i.split("#", 1)[0] for i in known_ids if i.endswith(f"#{_first_article(m.group(2))}")} - statutes
            if len(having) == 1:
                law = next(iter(having))
        if not prior and retrieved and not dotted:
            # 「第十条规定按日工资收入的300%支付」 with no law named: the one retrieved statute that
            # has the article, when the default statute's is not among this turn's sources
            first = _first_article(m.group(2))
            if f"{DEFAULT_LAW}#{first}" not in retrieved:
                having = {i.split("#", 1)[0] for i in retrieved if i.endswith(f"#{first}")} & statutes
                if len(having) == 1:
                    law = next(iter(having))
        if not adjacent:
            unknown = _UNKNOWN_LAW.search(t[max(0, m.start() - 32):m.start()])
            if unknown and not _THIS_LAW.search(unknown.group()):
                name = unknown.group(1)
                if _DOCUMENT_NAME.search(name):
                    continue  # 《离职协议》第三条: a clause of a document, not a law
                known = next((short for alias, short in table.items() if name.endswith(alias)), None)
                law, law_text = (known, name) if known else (None, name)
            elif m.group(1) is None:
                continue  # '5条' with neither 第 nor a law name: not a citation
        nums = _LIST_SEP.split(m.group(2))
        end, paragraph, item = m.end(), None, None
        while (pm := _PART.match(t, end)) is not None:
            try:
                value = int(_article_number(pm.group(1)))
            except (ValueError, ArithmeticError):
                break
            paragraph, item = (value, item) if pm.group(2) == "款" else (paragraph, value)
            end = pm.end()
        quote = _attached_quote(t, end, qs)
        for raw in nums:
            try:
                article = _article_number(raw)
            except (ValueError, ArithmeticError):
                continue
            out.append(Citation(m.start(), end, text[m.start():end], law, law_text, article, quote,
                                paragraph if len(nums) == 1 else None, item if len(nums) == 1 else None))
    out += _id_citations(t, text, laws, statutes, qs)
    return sorted(out, key=lambda c: c.start)


_SENTENCE_HEAD = re.compile(r"(?:^|[。；;！!\n])[ \t\u3000]*$")
_HEADING_MARK = re.compile(r"[ \t\u3000：:]")


def _next_clause(t: str, m: re.Match[str], last: tuple[int, str] | None, laws: list) -> bool:
    """A bare 第X条 opening a sentence right after the document's clause 第X-1条 (or X-2, X-3),
    with no law named in between, continues the document's own numbering."""
    if last is None or m.group(1) is None or not _SENTENCE_HEAD.search(t, max(0, m.start() - 4), m.start()):
        return False
    # a law named in between opens a reference to it, unless an article of its own follows it
    # (「第二条：…依照《劳动合同法》第八十七条…。第三条：」 still numbers the document's clauses)
    if not _HEADING_MARK.match(t, m.end()) or any(
            last[0] <= law[0] < m.start() and not _ARTICLE.match(t, law[1] + (1 if t.startswith("》", law[1]) else 0))
            for law in laws):
        return False
    try:
        prev, cur = int(_article_number(_first_raw(last[1]))), int(_article_number(_first_raw(m.group(2))))
    except (ValueError, ArithmeticError):
        return False
    return 0 < cur - prev <= 3


# what separates the numbers of one citation: 第四十六条、第四十七条 / 第三十九条至第四十一条
_LIST_SEP = re.compile(r"\s?[、,，和及与至到-]\s?")


def _first_raw(raw: str) -> str:
    return _LIST_SEP.split(raw, maxsplit=1)[0]


_CLAUSE_GAP = re.compile(r"[ \t\u3000]+(?!规定|的规定|明确|之规定)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# what follows a clause heading (「第三条 特别补偿」, 「第一条：甲方…」), unlike a citation opening a line
# (「第四十三条规定：」, 「第二十四条：“……”」, 「第四十条第（三）项」)
_HEADING_AFTER = re.compile(r"[ \t\u3000]*(?:$|\n)|[ \t\u3000：:]+(?![ \t\u3000]*[“「\"'『]|规定|明确|写明|原文|指出|载明)")
_HASH_ID = re.compile(r"\s?#\s?([A-Za-z0-9][A-Za-z0-9./_-]*)")
_HASH_NEXT = re.compile(r"\s?[、,，和及]\s?#\s?([A-Za-z0-9][A-Za-z0-9./_-]*)")
_DOTTED = re.compile(r"》?\s?第?\s?(\d+(?:\.\d+)+)(?![\d.]|\s?条)")
_DOTTED_NEXT = re.compile(r"\s?[、,，和及]\s?第?\s?(\d+(?:\.\d+)+)(?![\d.]|\s?条)")


def _first_article(raw: str) -> str:
    try:
        return _article_number(_first_raw(raw))
    except (ValueError, ArithmeticError):
        return ""


def _id_citations(t: str, text: str, laws: list, statutes: set[str], qs: list[Quote]) -> list[Citation]:
    """Chunk-id style (劳动合同法#47、#46; 员工档案#E0001/wages) and a handbook clause without
    条 (员工手册3.2：「…」)."""
    out: list[Citation] = []
    for start, end, law, law_text in laws:
        first = _HASH_ID.match(t, end)
        nxt = _HASH_NEXT
        if first is None and law not in statutes:
            first, nxt = _DOTTED.match(t, end), _DOTTED_NEXT
        if first is None:
            continue
        found = [first]
        while (m := nxt.match(t, found[-1].end())) is not None:
            found.append(m)
        quote = _attached_quote(t, found[-1].end(), qs) if len(found) == 1 else None
        for m in found:
            s = start if m is first else m.start(1)
            out.append(Citation(s, m.end(), text[s:m.end()], law, law_text, m.group(1).rstrip("./"), quote))
    return out


def _attached_quote(t: str, end: int, qs: list[Quote]) -> Quote | None:
    nxt = next((q for q in qs if q.start >= end), None)
    if nxt is None or nxt.start - end > 16:
        return None
    lead = t[end:nxt.start]
    if _LEAD_IN.fullmatch(lead):
        return nxt
    # 「员工手册第6.3条把“…”列为严重违纪」: the article's wording, put as its object; a short
    # quotation there is a term (把“N”作为基数), not the article's words
    if _PUT_AS.fullmatch(lead) and len(nxt.text) >= 6:
        return nxt
    return None


_PUT_AS = re.compile(r"\s?(?:中|里)?(?:也|还|都|明确)?(?:把|将)\s?")


def cited_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations attached to a citation: their numbers are the article's own."""
    return sorted({(c.quote.start, c.quote.end) for c in find_citations(text) if c.quote is not None})


# 「依据《北京市职工平均工资公布通知（2024）》及…」: a document named as the authority the draft relies on
_RELIED_NAME = re.compile(r"(?:依据|根据|依照|参照|援引)(?:的是)?\s?《([^》]{2,40})》")
_ARTICLE_AFTER_NAME = re.compile(r"\s?(?:的|之)?\s?第?\s?[\d零〇一二两三四五六七八九十百千]")


def unknown_authorities(text: str, extra_names: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Spans of a 《document》 relied on as authority (依据《…》) that is neither a known statute nor a
    corpus document nor a document of the case (协议, 通知书), and cites no article of its own (an
    article after it is read by ``find_citations``)."""
    t = normalize(text)
    _, table = _law_regex(tuple(sorted(extra_names)))
    qs = [(q.inner_start, q.end - 1) for q in quotes(text)]
    out = []
    for m in _RELIED_NAME.finditer(t):
        name = m.group(1)
        if in_spans(m.start(), qs) or _ARTICLE_AFTER_NAME.match(t, m.end()) or _DOCUMENT_NAME.search(name):
            continue
        if any(name.endswith(alias) or alias in name for alias in table):
            continue
        out.append((m.start(1) - 1, m.end(), name))
    return out
