"""Text helpers every guard shares. All of them keep offsets: a normalised text has the same
length as the original, so a span found in one is the same span in the other."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Full-width ASCII (digits, letters, + % . , etc.) to half-width, one character for one.
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({"\u3000": " ", "￥": "¥"})
# Keep Chinese punctuation that carries meaning for us as it is.
for _keep in ("，", "；", "：", "（", "）", "！", "？"):
    _FULLWIDTH.pop(_keep, None)
_TRANSLATE = str.maketrans(_FULLWIDTH)


_NEEDS_NORMALIZING = re.compile("[" + "".join(re.escape(c) for c in _FULLWIDTH) + "]")


@lru_cache(maxsize=64)
def normalize(text: str) -> str:
    """Full-width digits, letters and signs to ASCII; same length as ``text``."""
    if _NEEDS_NORMALIZING.search(text) is None:
        return text
    return text.translate(_TRANSLATE)


_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")


@dataclass(frozen=True)
class Sentences:
    """Sentence boundaries of a text, for 'which sentence holds offset i' lookups."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def around(self, offset: int) -> tuple[int, int]:
        i = self.index(offset)
        return self.starts[i], self.ends[i]

    def sentence_at(self, offset: int) -> str:
        s, e = self.around(offset)
        return self.text[s:e]


@lru_cache(maxsize=64)
def sentences(text: str) -> Sentences:
    starts, ends, pos = [], [], 0
    for m in _SENTENCE_END.finditer(text):
        starts.append(pos)
        ends.append(m.end())
        pos = m.end()
    if pos < len(text) or not starts:
        starts.append(pos)
        ends.append(len(text))
    return Sentences(text, tuple(starts), tuple(ends))


_QUOTE = re.compile(r"「([^」]*)」|“([^”]*)”|『([^』]*)』|\"([^\"\n]*)\"")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark
    inner_start: int
    text: str


def quotes(text: str) -> list[Quote]:
    out = []
    for m in _QUOTE.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        out.append(Quote(m.start(), m.end(), m.start(group), m.group(group)))
    return out


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


# who speaks for the company in a transcript or a record of the talk: HR, a manager, legal, the GM
COMPANY_ROLE = (r"(?:HRBP|HRD|HR|hr|人事(?:部|经理|专员)?|人力资源?(?:部|总监|经理|专员)?|公司方?(?:代表)?|资方(?:代表)?|我方|"
                r"法务(?:代表|部)?|(?:部门|项目|直属|区域|业务)?经理|总经理|主管|总监|负责人|领导|老板)")
_HR_TURN = re.compile(rf"(?:^|(?<=[\n \t\u3000])){COMPANY_ROLE}[：:]")
_TURN_END = rf"(?=[ \t\u3000]+(?:{COMPANY_ROLE}|我)[：:]|\n|$)"
# a record's line that quotes the company's side: 「HR当场表示"…"」「部门经理告知："…"」「法务代表称：“…”」;
# not 「员工向HR表示"…"」 (the employee speaking to HR) and not 「员工说HR…」
_COMPANY_SAID = re.compile(rf"(?<![向对跟给和与])(?<!员工向)(?<!员工对){COMPANY_ROLE}[^，。！？；\n\"“「：:向对跟]{{0,6}}"
                           r"(?:表示|称|声称|告知|告诉(?:员工|他|她|对方)?|答复|回复|回应|回答|说道?|承诺|保证|强调|指出|"
                           r"警告|坦言|补充)(?:道)?[：:，,]?\s*$")


# ... unless the draft goes on to judge or disown the words: 「…"，这种说法涉及孕期歧视」「…"，我转达给你，但这不代表…」
_SAID_JUDGED = re.compile(r"[^。！？\n]{0,16}?(?:说法|表述|措辞|言论|这句话|这话|属于|涉及|构成|不代表|不等于|并不意味|"
                          r"不算数|不作数|不能当真|不采纳|不会采纳|转达|不妥|不当|不对|收回|撤回|纠正)")


def company_said(text: str, at: int, end: int | None = None) -> bool:
    """The quotation opening at ``at`` (closing at ``end``) is a record of what the company's side said
    (「HR当场表示"再加半个月我这边能定"」): its words are the company's own, to be read like the rest of the
    draft, not a mention — unless the draft judges or disowns them right after."""
    if _COMPANY_SAID.search(text, max(0, at - 24), at) is None:
        return False
    return end is None or _SAID_JUDGED.match(text, end) is None


@lru_cache(maxsize=64)
def mask_employee_turns(text: str, employee_name: str = "") -> str:
    """The employee's own turns in a transcript (「员工：那我这5个月一点戏都没有吗？ HR：…」) blanked
    with spaces, same length: they are the employee's words, quoted, not what HR says."""
    if _HR_TURN.search(text) is None:
        return text  # not a transcript: 「陈杰：您好，…」 is a salutation, and the rest is HR's
    names = ["员工", "对方"] + ([re.escape(employee_name)] if employee_name.strip() else [])
    rx = re.compile(rf"(?:^|(?<=[\n \t\u3000]))(?:{'|'.join(names)})[：:][^\n]*?{_TURN_END}")
    if rx.search(text) is None:
        return text
    return rx.sub(lambda m: " " * len(m.group()), text)


# A Q&A document (「问：她要6个月能给吗？\n答：……」): the question line is HR's question to the copilot,
# answered on the next line; a figure in it is asked about, not stated. Only a question (ending in ？)
# directly followed by an 答/A line counts; an HR turn in a transcript is HR's own words.
_QA_QUESTION = re.compile(r"(?m)^[ \t\u3000]*(?:问|提问|Q|HR问|HR)[：:][^\n]*[？?][ \t\u3000]*\n(?=[ \t\u3000]*(?:答|回答|A)[：:])")


def qa_question_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the question lines of a Q&A (问：…？ followed by 答：…)."""
    if "：" not in text and ":" not in text:
        return []
    return [(m.start(), m.end()) for m in _QA_QUESTION.finditer(text)]
