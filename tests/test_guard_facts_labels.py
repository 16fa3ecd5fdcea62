"""What the engine tells the guards about the case: a capped case says so in a label the legality
guard reads (封顶月工资基数), an uncapped one does not; a protected employee's 第42条 status travels."""

import json
from pathlib import Path

from copilot.calc.calculator import calculate
from copilot.calc.case import CaseInput
from copilot.guard_facts import build_guard_facts

ROOT = Path(__file__).resolve().parents[1]


def _facts(name: str):
    case = CaseInput.model_validate(json.loads((ROOT / "examples/cases" / f"{name}.json").read_text(encoding="utf-8")))
    return build_guard_facts(case, calculate(case), sources=[], corpus_ids=[])


def test_a_capped_case_labels_its_base_as_capped():
    labels = [f.label for f in _facts("pre2008_high_earner").figures]
    assert any("封顶月工资基数" in label for label in labels), labels


def test_an_uncapped_case_does_not():
    labels = [f.label for f in _facts("mutual_employer").figures]
    assert any(label.endswith("的月工资基数") for label in labels) and not any("封顶" in label for label in labels)


def test_a_protected_employee_s_status_reaches_the_guards():
    assert _facts("protected_pregnancy").protected == ["孕期"]
    assert _facts("mutual_employer").protected == []
