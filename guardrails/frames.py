"""Frames: an operator and its argument, found together in one sentence, in order and close by.

A phrase rule lists whole wordings (「放弃经济补偿」, 「不再主张任何权利」 …); a frame describes the
structure instead: an operator (放弃 / 不再主张 / 视为放弃 / 没有 / 不用给 …) and the thing it
acts on (a statutory right, an entitlement the facts say is owed), each a small word list, with
how they may be arranged:

- ``order``: ``op_arg`` (放弃…经济补偿), ``arg_op`` (经济补偿…一笔勾销) or ``any``;
- ``gap``: at most this many characters between the two;
- ``clause``: when true the two must sit in one clause (no ，；： between them);
- ``neg``: a negation that, found in the clause just before the operator, cancels it
  (「不会要求你放弃」, 「不是没有补偿」); ``neg_window`` characters are looked at;
- ``neg_past_quote``: when true, an operator right after an opening quotation mark takes its
  negation from before the mark (「不会把“放弃仲裁”作为条件」: the quoted term is the object);
- ``unless``: patterns that cancel the frame anywhere in the sentence (「不影响」, 「无效」,
  a question, a hypothetical about another situation);
- ``unless_near``: patterns that cancel it when found within ``near`` characters of the argument
  (「额外」 before 补偿: the non-statutory part may be given up);
- an operator or argument inside a quotation of six characters or more is someone else's words
  (「有人说“签了就不能仲裁”，其实不是这样」) and is skipped;
- ``when``: a named condition on the facts (``owes_severance`` …), so the same sentence can be a
  violation in one case and correct in another.

Frames are data: ``frames:`` in ``data/<guard>.yaml``, with ``defs:`` naming word lists that the
patterns use as ``{NAME}``. Patterns are compiled once; a bad one raises when the file is loaded
(fail closed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

import yaml

from guardrails.fastre import compile_fast, required_string_sets
from guardrails.lexicon import DATA, clause_before, hints_hold
from guardrails.text import in_spans, normalize, quotes, sentences
from guardrails.types import Severity, Violation

_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_REF = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class Frame:
    id: str
    category: str
    message: str
    op: re.Pattern[str]
    arg: re.Pattern[str]
    order: str = "op_arg"
    gap: int = 12
    clause: bool = False
    neg: re.Pattern[str] | None = None
    neg_window: int = 6
    neg_past_quote: bool = False
    unless: tuple[re.Pattern[str], ...] = ()
    unless_near: tuple[re.Pattern[str], ...] = ()
    near: int = 6
    when: tuple[str, ...] = ()
    severity: Severity = Severity.BLOCK
    hints: tuple[tuple[str, ...], ...] | None = None  # lists of strings a text needs one of each of


def _expand(pattern: str, defs: Mapping[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in defs:
            raise ValueError(f"{where}: unknown word list {{{m.group(1)}}}")
        return f"(?:{defs[m.group(1)]})"

    for _ in range(4):  # defs may use other defs
        pattern = _REF.sub(sub, pattern)
    return pattern


def _compile(pattern: str, defs: Mapping[str, str], where: str) -> re.Pattern[str]:
    p = _expand(pattern, defs, where)
    try:
        return compile_fast(p)
    except re.error as exc:  # a broken data file must fail loudly at load, not pass drafts
        raise ValueError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


def _frame(raw: dict, defs: Mapping[str, str], where: str) -> Frame:
    op = _compile(raw["op"], defs, where)
    arg = _compile(raw["arg"], defs, where)
    order = raw.get("order", "op_arg")
    if order not in ("op_arg", "arg_op", "any"):
        raise ValueError(f"{where}: order must be op_arg, arg_op or any")
    when = raw.get("when", ())
    hints = (required_string_sets(op) or ()) + (required_string_sets(arg) or ())  # a frame needs both
    return Frame(
        id=raw["id"], category=raw["category"], message=raw["message"], op=op, arg=arg, order=order,
        gap=int(raw.get("gap", 12)), clause=bool(raw.get("clause", False)),
        neg=_compile(raw["neg"], defs, where) if raw.get("neg") else None,
        neg_window=int(raw.get("neg_window", 6)),
        neg_past_quote=bool(raw.get("neg_past_quote", False)),
        unless=tuple(_compile(p, defs, where) for p in raw.get("unless", [])),
        unless_near=tuple(_compile(p, defs, where) for p in raw.get("unless_near", [])),
        near=int(raw.get("near", 6)),
        when=(when,) if isinstance(when, str) else tuple(when),
        severity=Severity(raw.get("severity", "block")),
        hints=hints or None,
    )


@lru_cache(maxsize=None)
def load_frames(name: str, key: str = "frames") -> tuple[tuple[Frame, ...], tuple[re.Pattern[str], ...]]:
    """The frames under ``key`` in ``data/<name>.yaml`` and the global ``<key>_unless`` patterns."""
    raw = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    defs = {k: str(v) for k, v in (raw.get("defs") or {}).items()}
    frames = tuple(_frame(f, defs, f"{name}.yaml {key}[{i}] ({f.get('id')})")
                   for i, f in enumerate(raw.get(key) or []))
    unless_key = "frame_unless" if key == "frames" else f"{key}_unless"
    unless = tuple(_compile(p, defs, f"{name}.yaml {unless_key}") for p in raw.get(unless_key) or [])
    return frames, unless


_MIN_REPORTED = 6  # a shorter quotation is a term (“+1”, “补助”), not someone's words
# 「协议里会写成“乙方因个人原因申请离职”」: the quotation is what will be written, not reported speech
_REFUSED = re.compile(r"不|没|避免|禁止|严禁|切勿")
# 「要不这样，你签一个“…”」「您看行不行：写成“…”」: a 不 of an idiom or an A不A question refuses nothing
_NOT_REFUSAL = re.compile(r"(.)不\1|要不|不(?:过|错|妨|如)")
# 「建议的口径：“…”」「话术如下：“…”」: a script HR is told to say is HR's own words, not someone's reported
_WRITTEN_INTO = re.compile(r"(?:口径|话术|(?:这样|照此|如下)(?:说|回复|沟通|表述))[：:]?$|"
                           # 「建议措辞为“…”」: the drafter's own proposed wording
                           r"(?:措辞|写法|提法)(?:为|是|用|改为|定为)[：:]?$|"
                           r"(?:写成|写上|写明|写进|写入|写|注明|约定|记为|记成|改成|改为|加上|签"
                           # 「将解除原因变更为“乙方因个人原因…”」: the term an agreement changes a record to
                           r"|(?:变更|更改|修改|调整|登记|记载)(?:为|成)"
                           # 「确认单上写好了“本人今后不…”」: a document's printed wording
                           r"|(?:写|印)(?:好|上|明)?了|写着|印着"
                           r"|(?:加|写|补|添)(?:一句|一条|一段|上一句)|加入|勾选)[：:]?$"
                           # 「协议里写成您“因个人原因…”」「你签一个“自愿放弃…”的说明」: the person it is written of, or
                           # the document counted, between the verb and the quotation
                           r"|(?:写成|写明|注明|记为|记成|改成|改为)(?:您|你|乙方|员工|本人|他|她)[：:]?$"
                           r"|签(?:署|订)?(?:一个|一份|一张|个|份|张)[：:]?$"
                           # 「协议初稿里面有一条“乙方离职后…”」: a clause the draft agreement holds, quoted as its wording
                           r"|(?:协议|合同|初稿|草案|文本|里面|里)(?:中|内)?有(?:一|这么一|这样一)?(?:条|款|项)[：:]?$"
                           # 「协议第六条“乙方自愿放弃…”」: the agreement's own clause quoted is its wording
                           r"|(?:协议|合同|条款|确认书|承诺书|声明书?)(?:第[0-9一二三四五六七八九十]+(?:条|款|项))?"
                           r"(?:里|中)?(?:写着|原文|内容)?[：:]?$")


def reported_speech(text: str) -> list[tuple[int, int]]:
    """Spans of quotations long enough to be someone's words rather than a quoted term."""
    return [(q.start, q.end) for q in quotes(text)
            if len(q.text) >= _MIN_REPORTED and not (_WRITTEN_INTO.search(text, max(0, q.start - 6), q.start)
                                                     and not _REFUSED.search(_NOT_REFUSAL.sub("", text[max(0, q.start - 10):q.start])))]


def _pair(frame: Frame, s: str, op: re.Match[str], arg: re.Match[str]) -> bool:
    if frame.order in ("op_arg", "any") and 0 <= arg.start() - op.end() <= frame.gap:
        lo, hi = op.end(), arg.start()
    elif frame.order in ("arg_op", "any") and 0 <= op.start() - arg.end() <= frame.gap:
        lo, hi = arg.end(), op.start()
    elif frame.order == "any" and (op.start() <= arg.start() < op.end() or arg.start() <= op.start() < arg.end()):
        lo = hi = 0  # overlapping (「不补偿」 holds both)
    else:
        return False
    return not (frame.clause and _CLAUSE_BREAK.search(s, lo, hi))


def match_frames(text: str, name: str, guard: str, conditions: Mapping[str, bool] | None = None,
                 key: str = "frames") -> list[Violation]:
    """Every frame of ``data/<name>.yaml`` (under ``key``) found in ``text`` and not cancelled."""
    conditions = conditions or {}
    frames, global_unless = load_frames(name, key)
    t = normalize(text)
    sents = sentences(t)
    quoted = reported_speech(t)
    out: list[Violation] = []
    chars, present = set(t), {}
    for frame in frames:
        if frame.when and not all(_condition(w, conditions) for w in frame.when):
            continue
        if frame.hints is not None and not hints_hold(frame.hints, t, chars, present):
            continue
        # one scan of the whole text finds the sentences worth reading (most frames hit none)
        candidates: set[int] = set()
        for m in frame.op.finditer(t):
            candidates.add(sents.index(m.start()))
            candidates.add(sents.index(max(m.start(), m.end() - 1)))
        for i in sorted(candidates):
            s0, e0 = sents.starts[i], sents.ends[i]
            s = t[s0:e0]
            # an operator inside quotation marks is reported speech (「有人说“签了就不能仲裁”」)
            ops = [m for m in frame.op.finditer(s) if not in_spans(s0 + m.start(), quoted)]
            if not ops:
                continue
            args = list(frame.arg.finditer(s))
            args = [m for m in args if not in_spans(s0 + m.start(), quoted)]
            hit = _first_hit(frame, s, ops, args)
            if hit is None:
                continue
            if any(u.search(s) for u in frame.unless) or any(u.search(s) for u in global_unless):
                continue
            a, b = hit
            out.append(Violation(guard=guard, category=frame.category, severity=frame.severity,
                                 start=s0 + a, end=s0 + b, span=text[s0 + a:s0 + b], message=frame.message))
    return out


def frame_spans(text: str, name: str, key: str = "frames") -> list[tuple[int, int]]:
    """Sentences holding a frame's operator and argument, whatever cancels the pair (``when``,
    ``unless``, a negation, the gap): the wording the frames have a reading for."""
    frames, _ = load_frames(name, key)
    t = normalize(text)
    sents = sentences(t)
    out: list[tuple[int, int]] = []
    chars, present = set(t), {}
    for frame in frames:
        if frame.hints is not None and not hints_hold(frame.hints, t, chars, present):
            continue
        for m in frame.op.finditer(t):
            i = sents.index(m.start())
            s0, e0 = sents.starts[i], sents.ends[i]
            if frame.arg.search(t, s0, e0):
                out.append((s0, e0))
    return out


def _first_hit(frame: Frame, s: str, ops: list[re.Match[str]], args: list[re.Match[str]]) -> tuple[int, int] | None:
    for op in ops:
        if frame.neg is not None and frame.neg.search(_neg_scope(frame, s, op.start())):
            continue
        for arg in args:
            if not _pair(frame, s, op, arg):
                continue
            if frame.unless_near:
                around = s[max(0, arg.start() - frame.near):arg.end() + frame.near]
                if any(u.search(around) for u in frame.unless_near):
                    continue
            return min(op.start(), arg.start()), max(op.end(), arg.end())
    return None


_OPEN_QUOTE = re.compile(r"[「“『\"'][^「“『」”』\"'，,；;。]{0,6}$")


def _neg_scope(frame: Frame, s: str, start: int) -> str:
    """The clause just before the operator, where a negation cancels it; with ``neg_past_quote``
    also the clause before a quotation the operator opens (「不会把“自愿放弃…”写进去」)."""
    scope = clause_before(s, start, frame.neg_window)
    if frame.neg_past_quote and (m := _OPEN_QUOTE.search(s, max(0, start - 7), start)):
        scope = clause_before(s, m.start(), frame.neg_window) + scope
    return scope


def _condition(expr: str, conditions: Mapping[str, bool]) -> bool:
    """``name`` or ``not name``; an unknown name is an error in the data file."""
    negate = expr.startswith("not ")
    key = expr[4:] if negate else expr
    if key not in conditions:
        raise KeyError(f"unknown frame condition {key!r}")
    return not conditions[key] if negate else conditions[key]
