"""Run every guard on a draft and say what to do with it.

``check(text, facts, policy)`` returns a ``CheckReport``: one ``Verdict`` per guard (name,
version, pass/fail, violations, duration, error) for the audit log, whether the draft is blocked
and the action policy asks for. A guard that raises is caught and reported as a blocking error
with action ``refuse``: a draft is never passed because a check could not run.

``resolve(text, facts, report, policy)`` carries out ``fix``/``filter`` and re-checks the result;
``reask`` and ``refuse`` are the engine's to carry out (``feedback_zh`` is the re-ask text).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from time import perf_counter
from typing import Any

from guardrails.facts import GuardFacts
from guardrails.guards import GUARDS
from guardrails.learned import score_of
from guardrails.policy import ACTION_ORDER, Policy
from guardrails.text import mask_employee_turns, sentences
from guardrails.types import Action, CheckReport, Severity, Verdict, Violation

logger = logging.getLogger(__name__)


def _policy(policy: Policy | Mapping[str, Any] | None) -> Policy:
    return policy if isinstance(policy, Policy) else Policy.from_mapping(policy)


def check(text: str, facts: GuardFacts | Mapping[str, Any], policy: Policy | Mapping[str, Any] | None = None,
          guards: list[str] | None = None) -> CheckReport:
    facts = facts if isinstance(facts, GuardFacts) else GuardFacts.model_validate(facts)
    pol = _policy(policy)
    names = guards or list(GUARDS)
    t_all = perf_counter()
    verdicts: list[Verdict] = []
    # the employee's turns in a transcript are quoted words, not HR's: blanked, offsets kept
    guarded = mask_employee_turns(text, facts.employee_name)
    for name in names:
        module = GUARDS[name]
        t0 = perf_counter()
        error: str | None = None
        try:
            found = list(module.check(guarded, facts))
        except Exception as exc:  # fail closed: a broken guard blocks the draft
            logger.exception("guard %s failed", name)
            found, error = [], f"{type(exc).__name__}: {exc}"
        found = _second_reading(guarded, name, getattr(module, "WORDING_CATEGORIES", frozenset()),
                                _dedupe(found), pol.second_reader_floor)
        ms = (perf_counter() - t0) * 1000
        blocking = error is not None or any(v.blocking for v in found)
        action = None if not blocking else (Action.REFUSE if error else pol.action_for(name))
        verdicts.append(Verdict(guard=name, version=module.VERSION, passed=not blocking, violations=found,
                                duration_ms=round(ms, 3), error=error, action=action))
    actions = [v.action for v in verdicts if v.action is not None]
    decision = max(actions, key=ACTION_ORDER.__getitem__) if actions else None
    report = CheckReport(verdicts=verdicts, blocked=bool(actions), decision=decision,
                         duration_ms=round((perf_counter() - t_all) * 1000, 3),
                         text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    if report.blocked:
        logger.info("draft blocked: %s", ", ".join(f"{v.guard}:{v.category}" for v in report.blocking_violations))
    return report


def _second_reading(text: str, guard: str, wording: frozenset[str], found: list[Violation],
                    floor: float) -> list[Violation]:
    """A rule's reading of wording alone, in a draft the learned model scores far from any violation
    of that guard, becomes a warning: the two readers disagree, so HR sees it and decides, and the
    draft is not stopped. Readings checked against the case's facts (figures, approval state, a named
    colleague) are not the model's to judge and always stand; so does anything where it abstains."""
    doubted = [i for i, v in enumerate(found) if v.blocking and v.source == "draft" and v.category in wording]
    if not doubted or floor <= 0:
        return found
    score = score_of(text, guard)
    if score is None or score >= floor:
        return found
    note = f"（另一道语义检查认为整段不像违规，评分 {score:.2f}，已降为提醒，请人工确认。）"
    out = list(found)
    for i in doubted:
        out[i] = found[i].model_copy(update={"severity": Severity.WARN, "message": found[i].message + note,
                                             "second_reading": round(score, 4)})
    return out


def feedback_zh(report: CheckReport) -> str:
    """The violations as a Chinese list the model gets when it is asked again."""
    lines = [f"- [{v.guard}] 「{v.span}」：{v.message}" for v in report.blocking_violations]
    lines += [f"- [{v.guard}] 检查未能完成：{v.error}" for v in report.verdicts if v.error]
    return "上一稿未通过合规检查，请修改以下问题后重写，不要出现未经核算的数字或未经审批的承诺：\n" + "\n".join(lines)


def resolve(text: str, facts: GuardFacts | Mapping[str, Any], report: CheckReport,
            policy: Policy | Mapping[str, Any] | None = None) -> tuple[str | None, CheckReport]:
    """Carry out ``fix`` or ``filter``. Returns (text to use or None, the report for that text).
    None means the draft cannot be used as it is: re-ask or refuse, as ``report.decision`` says."""
    if not report.blocked:
        return text, report
    if report.decision not in (Action.FIX, Action.FILTER):
        return None, report
    violations = report.blocking_violations
    if any(v.source != "draft" for v in violations):
        return None, report
    if report.decision is Action.FIX:
        repaired = _mask(text, violations)
    else:
        repaired = _drop_sentences(text, violations)
    if not repaired.strip():
        return None, report
    again = check(repaired, facts, policy)
    return (repaired, again) if not again.blocked else (None, again)


def _mask(text: str, violations: list[Violation]) -> str:
    chars = list(text)
    for v in violations:
        for i in range(v.start, min(v.end, len(chars))):
            if not re.match(r"\s", chars[i]):
                chars[i] = "＊"
    return "".join(chars)


def _drop_sentences(text: str, violations: list[Violation]) -> str:
    sents = sentences(text)
    drop = {sents.index(v.start) for v in violations}
    return "".join(text[s:e] for i, (s, e) in enumerate(zip(sents.starts, sents.ends)) if i not in drop)


def _dedupe(found: list[Violation]) -> list[Violation]:
    """Two rules of one guard on the same span report it once (the first, most specific)."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for v in found:
        key = (v.start, v.end, v.source)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out
