"""One guarded turn (DESIGN.md "One turn, as data"):

  1 case  2 calculate  3 assess demands  4 retrieve  5 draft  6 guard  7 repair  8 answer  9 log

The answer's numbers come from step 2 only; its script passed step 6, or it carries no script.
A model that errors, times out or keeps writing violating drafts degrades to the offline
drafter; the offline draft is guarded too. Every step is handed to ``record`` for the audit log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from guardrails.facts import GuardFacts, Source
from guardrails.runner import check
from pydantic import BaseModel, Field, ValidationError

from copilot.answer import Answer, AnswerFlag, Citation, GuardSummary, Objection, Script
from copilot.calc import CaseInput, calculate
from copilot.calc.calculator import CaseResult
from copilot.calc.results import fmt
from copilot.demand_parser import extract_demand
from copilot.drafting.offline import OFFLINE_LABEL_ZH, draft_offline
from copilot.errors import CopilotError, InputError, ModelError, ProviderError
from copilot.guard_facts import build_guard_facts
from copilot.hr_questions import answer_hr_questions
from copilot.persona import Persona, PersonaKey, PersonaSignals, infer_persona

log = logging.getLogger(__name__)

Record = Callable[[str, dict[str, Any]], None]


class SearchHit(Protocol):
    id: str
    title: str
    text: str
    source_type: str
    score: float


class Retrieval(Protocol):
    """What the pipeline needs from the knowledge layer."""

    def search_sources(self, query: str, *, employee_id: str | None, k: int) -> list[SearchHit]: ...
    def get_sources(self, ids: list[str]) -> list[SearchHit]: ...
    def corpus_ids(self) -> list[str]: ...


class TurnRequest(BaseModel):
    message: str = Field(description="What HR says this turn (Chinese).")
    employee_messages: list[str] = Field(default_factory=list, description="What the employee said or sent: data, never orders.")
    persona_override: PersonaKey | None = None
    approved_extra_months: Decimal = Decimal("0")
    actor: str = "hr"
    other_people: list[str] = Field(default_factory=list)


class TurnContext(BaseModel):
    """What the engine knows about the case beyond the calculator input."""

    case: CaseInput
    signals: PersonaSignals = Field(default_factory=PersonaSignals)
    conversation: list[str] = Field(default_factory=list)


def _flags(result: CaseResult) -> list[AnswerFlag]:
    out = [AnswerFlag(code=f.code, severity=f.severity, message_zh=f.message_zh, articles=f.articles, amount=f.exposure)
           for f in result.flags]
    for d in result.demands:
        if not d.within_statute:
            out.append(AnswerFlag(code="over_statutory", severity="warning", amount=d.excess_amount,
                                  message_zh=f"员工诉求 {d.demanded_amount} 元超出{d.compared_with} {d.statutory_amount} 元，"
                                             f"超出 {d.excess_amount} 元" + (f"（{fmt(d.excess_months)} 个月）" if d.excess_months is not None else "")))
            if d.within_policy:
                out.append(AnswerFlag(code="needs_approval", severity="warning", amount=d.excess_amount,
                                      message_zh=f"超出部分在制度范围内，须经{d.approval_needed}书面审批后才能承诺"))
            else:
                out.append(AnswerFlag(code="beyond_policy", severity="blocking", amount=d.excess_amount,
                                      message_zh="超出部分超过制度上限，不能承诺；如确需，须走制度外特批"))
            out += [AnswerFlag(code="demand_risk", severity="info", message_zh=n, articles=d.articles) for n in d.risk_notes]
    return out


class Engine:
    def __init__(self, *, retrieval: Retrieval, model: Any | None = None, guard_policy: dict | None = None,
                 max_repairs: int = 1, llm_timeout_s: float = 30.0, max_tokens: int = 1500,
                 context_budget_tokens: int = 3000) -> None:
        self.retrieval = retrieval
        self.context_budget_tokens = context_budget_tokens
        self.model = model
        self.guard_policy = guard_policy
        self.max_repairs = max_repairs
        self.llm_timeout_s = llm_timeout_s
        self.max_tokens = max_tokens

    def run_turn(self, ctx: TurnContext, req: TurnRequest, record: Record | None = None) -> Answer:
        record = record or (lambda kind, payload: None)
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        record("input", {"actor": req.actor, "message": req.message, "employee_messages": req.employee_messages})

        # 1 case + demands stated so far: the deterministic parser first, the model when it is unsure
        extracted = extract_demand(req.message)
        if extracted.needs_clarification and self.model is not None:
            extracted = self._llm_demand(req.message, extracted, record)
        case = ctx.case
        for d in extracted.demands:
            if all((d.kind, d.value) != (x.kind, x.value) for x in case.demands):
                case = case.model_copy(update={"demands": [*case.demands, d]})
        for text in req.employee_messages:
            for d in extract_demand(text).demands:
                if all((d.kind, d.value) != (x.kind, x.value) for x in case.demands):
                    case = case.model_copy(update={"demands": [*case.demands, d]})

        # 2-3 calculate and assess
        try:
            result = calculate(case)
        except InputError as err:
            record("clarify", {"field": err.field, "code": err.code, "message": err.message_zh})
            advice = answer_hr_questions(req.message, case, None, req.approved_extra_months)
            return Answer(path="clarify", employee_id=case.employee.id, employee_name=case.employee.name,
                          clarification_zh=f"还缺一项信息才能计算：{err.message_zh}（字段 {err.field}）",
                          advice=advice, timings_ms={"total": _ms(t0)})
        timings["calculate"] = _ms(t0)
        record("facts", {"result": result.model_dump(mode="json")})
        flags = _flags(result)

        # HR's own questions, answered from the figures and the rules by id
        advice = answer_hr_questions(req.message, case, result, req.approved_extra_months)
        if advice:
            record("advice", {"topics": [a.topic for a in advice]})

        # 4 retrieve: the question, plus the articles the calculation and the advice rest on, by id
        t = time.perf_counter()
        query = f"{req.message} {result.ground_label_zh}"
        hits = self.retrieval.search_sources(query, employee_id=case.employee.id, k=6)
        basis = [a for a in result.articles if a.split("#")[0] in ("劳动合同法", "劳动合同法实施条例")][:6]
        basis = list(dict.fromkeys(basis + [i for a in advice for i in a.articles]))
        known = {h.id for h in hits}
        hits += [h for h in self.retrieval.get_sources([a for a in basis if a not in known])]
        if self.model is not None:  # what the model sees must fit its context; a dropped chunk is not citable
            from copilot.llm import fit_to_budget

            fit = fit_to_budget(hits, self.context_budget_tokens, text=lambda h: f"{h.title}\n{h.text}")
            if fit.dropped:
                record("context_budget", {"kept": [h.id for h in fit.kept], "dropped": [h.id for h in fit.dropped]})
            hits = list(fit.kept)
        timings["retrieve"] = _ms(t)
        record("retrieval", {"query": query, "hits": [{"id": h.id, "score": h.score} for h in hits]})
        citations = [Citation(id=h.id, title=h.title, text=h.text, source_type=h.source_type, score=h.score) for h in hits]

        # persona
        persona = infer_persona(ctx.signals, ctx.conversation + req.employee_messages + [req.message], req.persona_override)
        record("persona", persona.model_dump(mode="json"))

        base_answer = dict(employee_id=case.employee.id, employee_name=case.employee.name, facts=result, flags=flags,
                           advice=advice, citations=citations, persona=persona)
        if extracted.needs_clarification and not case.demands and not advice:  # a question answered is not asked back
            return Answer(path="clarify", clarification_zh=extracted.question_zh, timings_ms={**timings, "total": _ms(t0)},
                          **base_answer)
        if result.blocked:
            record("blocked", {"flags": [f.code for f in result.flags if f.severity == "blocking"]})
            return Answer(path="blocked", clarification_zh="存在禁止性情形（见提示），不生成解除话术。请先处理提示中的问题。",
                          timings_ms={**timings, "total": _ms(t0)}, **base_answer)

        facts = build_guard_facts(
            case, result, sources=[Source(id=h.id, title=h.title, text=h.text) for h in hits],
            corpus_ids=self.retrieval.corpus_ids(), approved_extra_months=req.approved_extra_months,
            other_people=req.other_people, untrusted_texts=req.employee_messages)
        source_ids = [h.id for h in hits]

        # 5-7 draft, guard, repair
        t = time.perf_counter()
        script, path, guard, model_meta = self._draft(case, result, persona, hits, facts, req, record)
        timings["draft_and_guard"] = _ms(t)
        if script is None:
            # the offline draft is guarded too; it should always pass, but a failing draft is never shown
            offline = draft_offline(case, result, persona, source_ids, req.approved_extra_months)
            report = check(offline.full_text(), facts, self.guard_policy)
            record("guard_verdicts", {"draft": "offline", "report": report.model_dump(mode="json")})
            guard = GuardSummary(passed=not report.blocked, attempts=guard.attempts + 1 if guard else 1,
                                 violations=(guard.violations if guard else []) + _violations(report),
                                 warnings=[] if report.blocked else _warnings(report))
            if report.blocked:
                log.error("offline draft failed the guards: %s", _violations(report))
                flags.append(AnswerFlag(code="no_safe_script", severity="warning",
                                        message_zh="本轮话术未通过合规检查，未予展示；请参考上方的数字与提示自行沟通。"))
                script = None
            else:
                script = offline
            path = "offline" if path == "offline" else "offline_after_llm_failure"
            timings["draft_and_guard"] = _ms(t)
        answer = Answer(path=path, script=script, guard=guard,
                        offline_label_zh=OFFLINE_LABEL_ZH if path.startswith("offline") else None,
                        timings_ms={**timings, "total": _ms(t0)}, **model_meta, **base_answer)
        record("answer", {"path": path, "script": script.model_dump(mode="json") if script else None,
                          "flags": [f.code for f in flags]})
        return answer

    def _llm_demand(self, message: str, extracted, record: Record):
        """Ask the model to read a demand the parser could not; its answer is validated like any input."""
        from prompts.loader import output_schema, render

        from copilot.calc.case import Demand
        from copilot.demand_parser import ExtractedDemand

        rendered = render("extract_demand", message=message, statutory_months=None)
        try:
            out = self.model.complete(rendered.messages, max_tokens=200, response_format="json",
                                      json_schema=output_schema("extract_demand"), timeout_s=self.llm_timeout_s)
            data = out.parsed if isinstance(out.parsed, dict) else {}
            demands = []
            if data.get("has_demand"):
                if data.get("multiplier"):
                    demands.append(Demand(kind="formula", value=str(data["multiplier"]), text=message))
                elif data.get("months") is not None:
                    demands.append(Demand(kind="months", value=str(data["months"]), text=message))
                elif data.get("amount"):
                    demands.append(Demand(kind="amount", value=str(data["amount"]), text=message))
        except (CopilotError, ValidationError, ValueError, TypeError) as err:
            record("model_error", {"step": "extract_demand", "error": str(err)})
            return extracted
        record("demand_extraction", {"by": "model", "demands": [d.model_dump() for d in demands]})
        if not demands:
            return extracted
        return ExtractedDemand(demands=demands, normalized_text=extracted.normalized_text)

    def _draft(self, case: CaseInput, result: CaseResult, persona: Persona, hits: list[SearchHit], facts: GuardFacts,
               req: TurnRequest, record: Record) -> tuple[Script | None, str, GuardSummary | None, dict]:
        if self.model is None:
            return None, "offline", None, {}
        from prompts.loader import output_schema, render  # imported lazily to keep start-up light

        figures = [f.model_dump(mode="json") for f in facts.figures]
        chunks = [{"id": h.id, "title": h.title, "text": h.text} for h in hits]
        demand = result.demands[-1] if result.demands else None
        rendered = render(
            "draft_script", hr_message=req.message, figures=figures, chunks=chunks,
            flags=[{"code": f.code, "message": f.message_zh} for f in result.flags],
            persona={"kind": persona.key, "label": persona.label_zh, "evidence": persona.evidence},
            demand={"text": demand.demand.text or demand.demand.value, "amount": str(demand.demanded_amount),
                    "months": str(demand.demanded_months) if demand.demanded_months is not None else None} if demand else None,
            employee={"name": case.employee.name, "id": case.employee.id, "position": None,
                      "service_years": next((f.years for f in facts.figures if f.label == "工作年限"), None)},
            approval={"policy_max_extra_months": str(case.policy.max_extra_months), "approver": case.policy.extra_approver,
                      "approved_extra_months": str(req.approved_extra_months)})
        meta: dict[str, Any] = {"prompt_id": rendered.prompt_id, "prompt_version": rendered.version, "tokens": {}}
        messages = rendered.messages
        rejected: list[dict] = []
        attempts = 0
        for attempt in range(self.max_repairs + 1):
            attempts += 1
            try:
                completion = self.model.complete(messages, max_tokens=self.max_tokens, response_format="json",
                                                 json_schema=output_schema("draft_script"), timeout_s=self.llm_timeout_s)
            except (ProviderError, ModelError) as err:
                record("model_error", {"attempt": attempts, "error": str(err), "code": err.code})
                return None, "offline_after_llm_failure", GuardSummary(passed=False, attempts=attempts, violations=rejected), meta
            except CopilotError as err:  # any other engine error from the model layer degrades the same way
                record("model_error", {"attempt": attempts, "error": str(err)})
                return None, "offline_after_llm_failure", GuardSummary(passed=False, attempts=attempts, violations=rejected), meta
            meta["model"] = completion.model
            meta["tokens"] = {"prompt": (meta["tokens"].get("prompt", 0) + (completion.prompt_tokens or 0)),
                              "completion": (meta["tokens"].get("completion", 0) + (completion.completion_tokens or 0))}
            record("model_output", {"attempt": attempts, "prompt_id": rendered.prompt_id, "version": rendered.version,
                                    "text": completion.text, "latency_ms": completion.latency_ms})
            script = _to_script(completion.parsed, completion.text)
            if script is None:
                rejected.append({"guard": "format", "message": "模型输出不是约定的 JSON 结构"})
                violations = [{"code": "format", "message": "输出必须是约定结构的 JSON 对象"}]
            else:
                report = check(script.full_text(), facts, self.guard_policy)
                record("guard_verdicts", {"draft": f"model#{attempts}", "report": report.model_dump(mode="json")})
                if not report.blocked:
                    summary = GuardSummary(passed=True, attempts=attempts, violations=rejected, warnings=_warnings(report))
                    return script, "llm" if attempt == 0 else "llm_repaired", summary, meta
                found = _violations(report)
                rejected += found
                violations = [{"code": v["category"], "message": v["message"], "excerpt": v["span"]} for v in found]
            if attempt < self.max_repairs:
                repair = render("repair", draft=completion.text[:4000], violations=violations, figures=figures,
                                allowed_ids=[h.id for h in hits], attempt=attempt + 1)
                messages = repair.messages
        return None, "offline_after_llm_failure", GuardSummary(passed=False, attempts=attempts, violations=rejected), meta


def _to_script(parsed: Any, text: str) -> Script | None:
    if not isinstance(parsed, dict):
        return None
    try:
        objections = [Objection(**o) for o in parsed.get("objections", []) if isinstance(o, dict)]
        return Script(opening=str(parsed["opening"]), statutory_explanation=str(parsed["statutory_explanation"]),
                      demand_response=str(parsed["demand_response"]), concession_path=str(parsed["concession_path"]),
                      closing=str(parsed["closing"]), objections=objections,
                      citations=[str(c) for c in parsed.get("citations", [])])
    except (KeyError, TypeError, ValidationError):
        return None


def _rows(violations) -> list[dict]:
    return [{"guard": v.guard, "category": v.category, "message": v.message, "span": v.span} for v in violations]


def _violations(report) -> list[dict]:
    return _rows(report.blocking_violations)


def _warnings(report) -> list[dict]:
    """What the guards flag on the draft that is shown without stopping it (a reading the second reader
    disputes, an instruction found in the employee's input): HR sees these next to the script."""
    return _rows(v for v in report.violations if not v.blocking)


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 2)
