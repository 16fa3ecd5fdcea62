"""Validates evals/retrieval_questions.jsonl, the labelled retrieval question set.

Every labelled id must name a chunk the corpus really holds: a law id ``<short name>#<n>`` is
checked against the statute text (``第N条`` at the start of a line, or, for a notice without
articles, its ``一、二、…`` sections), a handbook id ``员工手册#N.M`` against the ``### N.M``
headings of the handbook. The statute texts are read from ``knowledge/data/law/`` when the repo
ships them, else from ``shared/knowledge-sources/law`` beside the repo (or beside a parent).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from knowledge.law_sources import LAW_SOURCES

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = REPO / "evals" / "retrieval_questions.jsonl"
HANDBOOK = REPO / "knowledge" / "data" / "policy" / "employee-handbook.md"
HANDBOOK_NAME = "员工手册"

STYLES = ("colloquial", "scenario", "formal")
SPLITS = ("dev", "heldout")
FIELDS = {"id", "question", "relevant_ids", "style", "split", "note"}
MIN_QUESTIONS = 120

_ARTICLE_RE = re.compile(r"^\s*第([零〇一二两三四五六七八九十百]+)条", re.M)
_SECTION_RE = re.compile(r"^\s*([一二三四五六七八九十]+)、", re.M)
_CLAUSE_RE = re.compile(r"^### (\d+\.\d+) ", re.M)
_LAW_ID_RE = re.compile(r"^(?P<law>[^#\s]+)#(?P<num>[1-9]\d*)$")
_CLAUSE_ID_RE = re.compile(rf"^{HANDBOOK_NAME}#(?P<num>[1-9]\d*\.[1-9]\d*)$")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(text: str) -> int:
    """Chinese numerals below 1000 as used for article numbers: 十五 -> 15, 一百零七 -> 107."""
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += digit * 100
            digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + digit


# Topics for balance checks, keyed by the primary (first) id. Anything unlisted is "其他".
TOPIC_OF: dict[str, str] = {}
for _topic, _ids in {
    "经济补偿计算": ["劳动合同法#46", "劳动合同法#47", "劳动合同法实施条例#27", "劳动合同法实施条例#14",
                "劳动合同法实施条例#10", "劳动合同法实施条例#22", "劳动法#28", "劳动合同法#85"],
    "2008年前年限": ["劳动合同法#97", "经济补偿办法#5", "经济补偿办法#7"],
    "代通知金与第40条": ["劳动合同法#40", "劳动合同法实施条例#20"],
    "违法解除与程序": ["劳动合同法#87", "劳动合同法#48", "劳动合同法实施条例#25", "劳动合同法#43"],
    "协商、辞职与过失解除": ["劳动合同法#36", "劳动合同法#37", "劳动合同法#38", "劳动合同法#39",
                     "劳动合同法#90", "劳动法#31", "劳动合同法#26"],
    "裁员与特殊保护": ["劳动合同法#41", "劳动合同法#42", "劳动合同法#45", "女职工劳动保护特别规定#5",
                "女职工劳动保护特别规定#7", "劳动合同法实施条例#23"],
    "订立、期满与试用期": ["劳动合同法#10", "劳动合同法#14", "劳动合同法#19", "劳动合同法#20",
                  "劳动合同法#21", "劳动合同法#82", "劳动合同法#83", "劳动合同法#44",
                  "劳动合同法#9", "劳动合同法#22", "劳动合同法#25",
                  "劳动合同法实施条例#5", "劳动合同法实施条例#6", "劳动合同法实施条例#7",
                  "劳动合同法实施条例#9", "劳动合同法实施条例#13", "劳动合同法实施条例#21",
                  "劳动合同法实施条例#26"],
    "竞业限制": ["劳动合同法#23", "劳动合同法#24"] + [f"劳动争议解释一#{n}" for n in range(36, 41)],
    "年休假": [f"年休假条例#{n}" for n in range(1, 11)] + [f"年休假实施办法#{n}" for n in range(1, 20)],
    "工资、最低工资与个税": ["个税优惠衔接通知#5", "劳动法#44", "劳动法#48"]
    + [f"最低工资规定#{n}" for n in range(1, 16)]
    + [f"工资支付暂行规定#{n}" for n in range(1, 21)] + ["工资折算通知#1", "工资折算通知#2"],
    "离职手续与特殊用工": ["劳动合同法#50", "劳动合同法#89", "劳动合同法#84", "劳动合同法实施条例#24",
                   "劳动合同法#71", "劳动合同法实施条例#31", "劳动合同法修正决定#3"],
}.items():
    for _id in _ids:
        TOPIC_OF[_id] = _topic


def topic_of(primary_id: str) -> str:
    if primary_id.startswith(f"{HANDBOOK_NAME}#"):
        return "员工手册"
    return TOPIC_OF.get(primary_id, "其他")


def law_dir() -> Path | None:
    shipped = REPO / "knowledge" / "data" / "law"
    if shipped.is_dir() and any(shipped.glob("*.md")):
        return shipped
    for parent in REPO.parents:
        candidate = parent / "shared" / "knowledge-sources" / "law"
        if candidate.is_dir():
            return candidate
    return None


@lru_cache(maxsize=1)
def law_numbers() -> dict[str, set[int]]:
    """Short law name -> the article (or section) numbers its file holds."""
    folder = law_dir()
    if folder is None:
        pytest.fail("找不到法规文本：knowledge/data/law/ 与 ../shared/knowledge-sources/law 均不存在")
    numbers: dict[str, set[int]] = {}
    for source in LAW_SOURCES:
        path = folder / source.file
        assert path.is_file(), f"法规文件缺失：{path}"
        text = path.read_text(encoding="utf-8")
        found = {cn_to_int(m) for m in _ARTICLE_RE.findall(text)}
        if not found:  # a notice numbered 一、二、… instead of 第N条
            found = {cn_to_int(m) for m in _SECTION_RE.findall(text)}
        assert found, f"{source.file}: 未识别出任何条文编号"
        numbers[source.short_name] = found
    return numbers


@lru_cache(maxsize=1)
def handbook_clauses() -> set[str]:
    return set(_CLAUSE_RE.findall(HANDBOOK.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def questions() -> list[dict]:
    rows = []
    for lineno, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"第{lineno}行不是合法的 JSON：{exc}")
    return rows


def test_cn_to_int():
    assert [cn_to_int(s) for s in ("一", "十", "十五", "二十", "四十七", "九十七", "一百", "一百零七")] == [
        1, 10, 15, 20, 47, 97, 100, 107]


def test_law_scan_sees_known_articles():
    nums = law_numbers()
    assert {46, 47, 87, 97, 98} <= nums["劳动合同法"] and max(nums["劳动合同法"]) == 98
    assert max(nums["劳动合同法实施条例"]) == 38
    assert nums["工资折算通知"] == {1, 2, 3}
    assert nums["个税优惠衔接通知"] == {5}
    assert nums["劳动合同法修正决定"] == {1, 2, 3, 4}
    assert nums["劳动争议解释一"] == {36, 37, 38, 39, 40}


def test_schema_and_unique_ids():
    rows = questions()
    assert len(rows) >= MIN_QUESTIONS
    ids, texts = Counter(), Counter()
    for row in rows:
        where = row.get("id", "?")
        assert set(row) == FIELDS, f"{where}: 字段应为 {sorted(FIELDS)}，实际 {sorted(row)}"
        assert re.fullmatch(r"q\d{3}", row["id"]), f"{where}: id 格式应为 q001"
        assert isinstance(row["question"], str) and len(row["question"].strip()) >= 5, where
        assert isinstance(row["note"], str) and row["note"].strip(), f"{where}: note 不能为空"
        assert row["style"] in STYLES, f"{where}: style={row['style']!r}"
        assert row["split"] in SPLITS, f"{where}: split={row['split']!r}"
        rel = row["relevant_ids"]
        assert isinstance(rel, list) and 1 <= len(rel) <= 3, f"{where}: relevant_ids 应有1–3个"
        assert len(set(rel)) == len(rel), f"{where}: relevant_ids 有重复"
        ids[row["id"]] += 1
        texts[row["question"]] += 1
    assert not [i for i, n in ids.items() if n > 1], "id 重复"
    assert not [q for q, n in texts.items() if n > 1], "问题文本重复"


def test_every_law_id_names_an_existing_article():
    nums = law_numbers()
    bad = []
    for row in questions():
        for rid in row["relevant_ids"]:
            if rid.startswith(f"{HANDBOOK_NAME}#"):
                continue
            m = _LAW_ID_RE.match(rid)
            if not m or m["law"] not in nums or int(m["num"]) not in nums[m["law"]]:
                bad.append(f"{row['id']}: {rid}")
    assert not bad, f"不存在的法条 id：{bad}"


def test_every_handbook_id_names_an_existing_clause():
    clauses = handbook_clauses()
    bad = []
    for row in questions():
        for rid in row["relevant_ids"]:
            if rid.startswith(f"{HANDBOOK_NAME}#"):
                m = _CLAUSE_ID_RE.match(rid)
                if not m or m["num"] not in clauses:
                    bad.append(f"{row['id']}: {rid}")
    assert not bad, f"员工手册中不存在的条款：{bad}"


def test_style_and_split_balance():
    rows = questions()
    n = len(rows)
    styles = Counter(r["style"] for r in rows)
    for style in STYLES:
        assert 0.28 <= styles[style] / n <= 0.39, f"style {style}: {styles[style]}/{n}"
    splits = Counter(r["split"] for r in rows)
    assert 0.45 <= splits["dev"] / n <= 0.55, f"split: {dict(splits)}"
    for style in STYLES:
        of_style = [r for r in rows if r["style"] == style]
        dev = sum(r["split"] == "dev" for r in of_style)
        assert 0.4 <= dev / len(of_style) <= 0.6, f"{style}: dev {dev}/{len(of_style)}"


def test_law_and_handbook_share():
    rows = questions()
    n = len(rows)
    handbook_primary = sum(r["relevant_ids"][0].startswith(f"{HANDBOOK_NAME}#") for r in rows)
    assert 0.08 <= handbook_primary / n <= 0.22, f"员工手册为主答案的问题 {handbook_primary}/{n}"
    for split in SPLITS:
        assert any(r["split"] == split and r["relevant_ids"][0].startswith(f"{HANDBOOK_NAME}#")
                   for r in rows), f"{split} 中没有员工手册问题"


def test_topics_spread_over_both_splits():
    rows = questions()
    by_topic: dict[str, Counter] = {}
    for r in rows:
        by_topic.setdefault(topic_of(r["relevant_ids"][0]), Counter())[r["split"]] += 1
    assert "其他" not in by_topic, "有问题的主答案未归入任何主题：请更新 TOPIC_OF"
    assert len(by_topic) >= 10
    for topic, counts in by_topic.items():
        assert counts["dev"] >= 1 and counts["heldout"] >= 1, f"{topic}: {dict(counts)}"


def test_every_statute_file_is_asked_about():
    used = {rid.split("#")[0] for r in questions() for rid in r["relevant_ids"]}
    missing = {s.short_name for s in LAW_SOURCES} - used
    assert not missing, f"没有问题涉及：{sorted(missing)}"


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_no_near_duplicates_across_splits():
    rows = questions()
    dev = [(r["id"], _bigrams(r["question"])) for r in rows if r["split"] == "dev"]
    held = [(r["id"], _bigrams(r["question"])) for r in rows if r["split"] == "heldout"]
    close = [(a, b, round(len(x & y) / len(x | y), 2))
             for a, x in dev for b, y in held if len(x & y) / len(x | y) >= 0.6]
    assert not close, f"dev 与 heldout 之间有近似重复的问题：{close}"


# --- the fresh set (evals/retrieval_questions_fresh.jsonl, session 11) ------------------------------
# 100 questions by an author who read only the corpus (never these questions, the keyword, jargon or
# article-question files, nor the retriever): an unseen measure, run cold once (docs/knowledge.md).
FRESH = REPO / "evals" / "retrieval_questions_fresh.jsonl"


def test_fresh_set_is_valid_and_names_existing_chunks():
    from knowledge.evaluation import load_questions
    from knowledge.law_corpus import law_chunks
    from knowledge.policy_corpus import iter_policy_chunks

    rows = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 100 and len(load_questions(FRESH)) == 100
    assert {r["split"] for r in rows} == {"fresh"} and all(re.fullmatch(r"f\d{3}", r["id"]) for r in rows)
    assert all(set(r) == FIELDS and 1 <= len(r["relevant_ids"]) <= 3 for r in rows)
    assert not {r["question"] for r in rows} & {r["question"] for r in questions()}
    corpus = {c.id for c in law_chunks()} | {c.id for c in iter_policy_chunks()}
    bad = [f"{r['id']}: {rid}" for r in rows for rid in r["relevant_ids"] if rid not in corpus]
    assert not bad, bad
