"""The red-team suite (evals/redteam) is well-formed: every draft parses, its facts validate as
GuardFacts, ids are unique, the counts meet the brief, the jsonl matches its sources, and the
case figures agree with the statute arithmetic they claim."""

from __future__ import annotations

import calendar
import json
import re
from collections import Counter
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from pydantic import BaseModel

from evals.redteam import build
from guardrails.facts import GuardFacts

ROOT = Path(__file__).resolve().parents[1]
REDTEAM = ROOT / "evals" / "redteam"
CATEGORIES = {"numbers", "authority", "coercion", "legality", "citation", "privacy", "injection"}
ROW_KEYS = {"id", "category", "label", "split", "case", "text", "note"}
OPTIONAL_KEYS = {"facts_override", "subject"}


def load_rows() -> list[dict]:
    rows = []
    for n, line in enumerate((REDTEAM / "drafts.jsonl").read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"line {n} is empty"
        rows.append(json.loads(line))
    return rows


def load_cases() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((REDTEAM / "cases").glob("*.json"))}


ROWS = load_rows()
CASES = load_cases()


def deep_merge(base: dict, override: dict) -> dict:
    """Dicts merge key by key; lists and scalars in the override replace the base value."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def unknown_keys(model: type[BaseModel], data: dict, path: str = "") -> list[str]:
    """Keys pydantic would silently ignore: typos in a case or an override."""
    bad = []
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            bad.append(path + key)
            continue
        sub = field.annotation
        args = getattr(sub, "__args__", ())
        if isinstance(sub, type) and issubclass(sub, BaseModel) and isinstance(value, dict):
            bad += unknown_keys(sub, value, f"{path}{key}.")
        elif args and isinstance(args[0], type) and issubclass(args[0], BaseModel) and isinstance(value, list):
            for i, item in enumerate(value):
                bad += unknown_keys(args[0], item, f"{path}{key}[{i}].")
    return bad


def test_every_row_has_the_schema():
    for row in ROWS:
        assert ROW_KEYS <= row.keys() <= ROW_KEYS | OPTIONAL_KEYS, row.get("id")
        assert re.fullmatch(r"rt-\d{4}|tr-\d{5}", row["id"]), row["id"]
        assert row["category"] in CATEGORIES, row["id"]
        assert row["label"] in {"violation", "clean"}, row["id"]
        assert row["split"] in {"dev", "heldout", "train"}, row["id"]
        assert row["case"] in CASES, f"{row['id']}: unknown case {row['case']}"
        assert row["text"].strip() and row["note"].strip(), row["id"]
        assert len(row["text"]) <= 700, f"{row['id']}: text longer than ~600 characters"
        if "subject" in row:
            assert row["subject"] == "input" and row["category"] == "injection", row["id"]
            assert row["text"] in row["facts_override"]["untrusted_texts"], row["id"]


def test_ids_and_texts_are_unique():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    texts = Counter((r["category"], r["text"], json.dumps(r.get("facts_override"), sort_keys=True)) for r in ROWS)
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_row_facts_validate_as_guard_facts(row):
    override = row.get("facts_override", {})
    assert isinstance(override, dict)
    assert unknown_keys(GuardFacts, override) == []
    facts = GuardFacts.model_validate(deep_merge(CASES[row["case"]]["facts"], override))
    assert facts.employee_id


def test_counts_meet_the_minimums():
    by_label = Counter(r["label"] for r in ROWS)
    assert by_label["violation"] >= 260 and by_label["clean"] >= 260, by_label
    per = Counter((r["category"], r["label"]) for r in ROWS)
    for category in CATEGORIES:
        assert per[(category, "violation")] >= 30, category
        assert per[(category, "clean")] >= 25, category


def test_splits_are_balanced_per_category_and_label():
    per = Counter((r["category"], r["label"], r["split"]) for r in ROWS)
    for category in CATEGORIES:
        for label in ("violation", "clean"):
            dev, held = per[(category, label, "dev")], per[(category, label, "heldout")]
            assert abs(dev - held) <= 1, (category, label, dev, held)


def test_every_case_is_used_in_both_splits():
    used = {(r["case"], r["split"]) for r in ROWS}
    for case in CASES:
        assert (case, "dev") in used and (case, "heldout") in used, case


def test_jsonl_is_built_from_the_sources():
    assert (REDTEAM / "drafts.jsonl").read_text(encoding="utf-8") == build.render(build.assemble())


# --- the case files -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CASES))
def test_case_file_is_guard_facts_with_string_money(name):
    case = CASES[name]
    assert case["case"] == name and case["note"].strip()
    assert unknown_keys(GuardFacts, case["facts"]) == []
    facts = GuardFacts.model_validate(case["facts"])
    raw = case["facts"]
    for key in ("statutory_total", "statutory_months"):
        assert isinstance(raw[key], str), f"{name}.{key} must be a string"
    for fig in raw["figures"]:
        for key in ("amount", "months", "years"):
            assert key not in fig or isinstance(fig[key], str), f"{name}: figure {fig['label']} {key}"
    ids = set(facts.corpus_ids)
    assert {s.id for s in facts.sources} <= ids
    assert all(s.text for s in facts.sources)
    assert {f"劳动合同法#{n}" for n in range(1, 99)} <= ids
    assert {f"劳动合同法实施条例#{n}" for n in range(1, 39)} <= ids
    assert "劳动合同法#99" not in ids and "劳动合同法实施条例#39" not in ids
    amounts = {f.amount for f in facts.figures if f.amount is not None}
    assert facts.statutory_total in amounts
    assert set(facts.multipliers) <= {"N", "N+1", "2N"}
    assert facts.employee_name not in facts.other_people
    if facts.approval.approved_total_amount is not None:
        assert facts.approval.approved_total_amount in amounts
    assert facts.approval.approved_extra_months <= facts.approval.policy_max_extra_months


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def art47_months(hired: date, last_day: date) -> Decimal:
    """Whole years, plus 1 for a remainder of six months or more, else 0.5 for any remainder."""
    end = last_day + timedelta(days=1)
    months = 0
    while add_months(hired, months + 1) <= end:
        months += 1
    years, rest = divmod(months, 12)
    leftover_days = (end - add_months(hired, months)).days
    if rest >= 6:
        return Decimal(years + 1)
    if rest or leftover_days:
        return Decimal(years) + Decimal("0.5")
    return Decimal(years)


BEIJING_CAP = (Decimal("188413") / 12 * 3).quantize(Decimal("0.01"), ROUND_HALF_UP)

# case, hired, last day, 12-month average, cap that applies (None: below any cap), multiple of N
ARITHMETIC = [
    ("seed_chenjie", date(2016, 3, 1), date(2023, 2, 28), Decimal("11000"), None, 1),
    ("art40_liuxiaomin", date(2021, 2, 1), date(2024, 6, 30), Decimal("9500"), None, 1),
    ("illegal_zhaolei", date(2018, 7, 16), date(2024, 3, 15), Decimal("14200"), BEIJING_CAP, 2),
    ("noncompete_sunhao", date(2019, 4, 1), date(2024, 9, 30), Decimal("30000"), BEIJING_CAP, 1),
    ("highearner_zhouming", date(2010, 5, 4), date(2024, 10, 31), Decimal("65000"), BEIJING_CAP, 1),
    ("pregnant_wangfang", date(2021, 9, 1), date(2024, 12, 31), Decimal("10500"), BEIJING_CAP, 1),
]


@pytest.mark.parametrize("name,hired,last_day,average,cap,multiple", ARITHMETIC, ids=[a[0] for a in ARITHMETIC])
def test_case_severance_agrees_with_article_47(name, hired, last_day, average, cap, multiple):
    facts = GuardFacts.model_validate(CASES[name]["facts"])
    months = art47_months(hired, last_day)
    base = average
    if cap is not None and average > cap:
        base, months = cap, min(months, Decimal(12))
    n_total = (months * base).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert facts.statutory_months == months
    amounts = {f.amount for f in facts.figures if f.amount is not None}
    assert n_total in amounts
    if name == "art40_liuxiaomin":  # N + one month at last month's wage (实施条例第20条)
        assert facts.statutory_total == n_total + Decimal("9800")
    else:
        assert facts.statutory_total == n_total * multiple


def test_beijing_cap_matches_the_rules_reference():
    assert BEIJING_CAP == Decimal("47103.25")


def test_employee_initiated_case_owes_nothing_and_leave_pay_rounds_once():
    facts = GuardFacts.model_validate(CASES["resign_lina"]["facts"])
    assert facts.initiated_by == "employee" and facts.statutory_total == 0 and facts.multipliers == []
    leave = (Decimal(3) * Decimal("12000") / Decimal("21.75") * 2).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert leave == Decimal("3310.34")
    assert leave in {f.amount for f in facts.figures}
    assert art47_months(date(2020, 1, 6), date(2024, 8, 31)) == Decimal("5")  # what she asks for


def test_train_ids_never_move_and_overflow_past_a_full_block():
    from evals.redteam.build import CATEGORIES, TRAIN_BLOCK, TRAIN_BLOCKS, train_id

    assert train_id(0, 0) == "tr-00001" and train_id(6, TRAIN_BLOCK - 1) == "tr-07000"
    assert train_id(0, TRAIN_BLOCK) == f"tr-{len(CATEGORIES) * TRAIN_BLOCK + 1:05d}"
    assert train_id(1, 2 * TRAIN_BLOCK) == f"tr-{(2 * len(CATEGORIES) + 1) * TRAIN_BLOCK + 1:05d}"
    every = {train_id(k, i) for k in range(len(CATEGORIES)) for i in range(TRAIN_BLOCKS * TRAIN_BLOCK)}
    assert len(every) == len(CATEGORIES) * TRAIN_BLOCKS * TRAIN_BLOCK
    assert all(len(x) == len("tr-00001") for x in every)
