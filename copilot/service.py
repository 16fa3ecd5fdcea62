"""The copilot as one object: the facade the CLI, the API, WeCom and the eval harness call.

    svc = CopilotService.open()                       # settings, store (migrated), index, model
    sid = svc.start_session("E0001", user="hr-zhang", channel="cli", facts={...})
    answer = svc.ask(sid, "他要8个月")

A turn runs the pipeline outside any database transaction (a model call can take seconds), then
writes the turn and every audit entry of that turn in one transaction: a crash loses at most the
turn in flight, never half of one.
"""

from __future__ import annotations

import logging
import threading
from decimal import Decimal
from functools import cached_property
from collections.abc import Iterator
from typing import Any

from guardrails.guards import privacy as privacy_guard
from knowledge.records import EMPLOYEES_JSON, Employee, load_employees
from sqlalchemy import select

from copilot.answer import Answer
from copilot.case_builder import case_from_record, persona_signals
from copilot.errors import InputError
from copilot.knowledge_access import KnowledgeRetrieval
from copilot.pipeline import Engine, TurnContext, TurnRequest
from copilot.settings import Settings, get_settings
from copilot.store import audit
from copilot.store.db import Store, open_store
from copilot.store.models import Case, ChatSession, Turn, session_chain
from copilot.store.sessions import add_turn, create_case, start_session

log = logging.getLogger(__name__)


class CopilotService:
    def __init__(self, settings: Settings, *, store: Store, retrieval: KnowledgeRetrieval, model: Any | None,
                 employees: dict[str, Employee] | None = None) -> None:
        self.settings = settings
        self.store = store
        self.model = model
        self.engine = Engine(retrieval=retrieval, model=model, llm_timeout_s=settings.llm_timeout_s)
        self._employees = employees

    @classmethod
    def open(cls, settings: Settings | None = None, *, model: Any | None = None, use_configured_model: bool = True,
             progress=None) -> "CopilotService":
        from copilot.knowledge_setup import ensure_index, open_retriever
        from copilot.llm import get_model

        s = settings or get_settings()
        # the privacy guard's word list loads in ~1.5 s: do it while the index and store open
        threading.Thread(target=privacy_guard.warm_up, name="warm-privacy-guard", daemon=True).start()
        store = open_store(s)
        ensure_index(s, progress=progress)
        retrieval = KnowledgeRetrieval(open_retriever(s))
        if model is None and use_configured_model:
            model = get_model(s)
        return cls(s, store=store, retrieval=retrieval, model=model)

    @cached_property
    def employees(self) -> dict[str, Employee]:
        if self._employees is not None:
            return self._employees
        result = load_employees(EMPLOYEES_JSON)
        return {e.employee_id: e for e in result.employees}

    def employee(self, employee_id: str) -> Employee:
        try:
            return self.employees[employee_id]
        except KeyError:
            raise InputError("employee_id", f"没有工号为 {employee_id} 的员工档案", code="employee_not_found") from None

    def start_session(self, employee_id: str, *, user: str, channel: str, facts: dict[str, Any] | None = None) -> int:
        employee = self.employee(employee_id)
        with self.store.transaction() as db:
            case = create_case(db, employee_id=employee.employee_id,
                               ground=(facts or {}).get("ground") or (employee.separation.ground if employee.separation else "") or "",
                               hire_date=employee.hire_date,
                               separation_date=employee.separation.proposed_last_day if employee.separation else None)
            case.facts = facts or {}
            chat = start_session(db, case_id=case.id, user_id=user, channel=channel)
            audit.append(db, chain_id=chat.chain_id, actor=user, kind="session_start",
                         payload={"employee_id": employee_id, "channel": channel, "facts": facts or {}})
            return chat.id

    def update_facts(self, session_id: int, facts: dict[str, Any], *, actor: str) -> None:
        """HR states more about the case (e.g. the regional figure the calculator asked for)."""
        with self.store.transaction() as db:
            chat = db.get(ChatSession, session_id)
            if chat is None:
                raise InputError("session_id", f"会话 {session_id} 不存在", code="session_not_found")
            case = db.get(Case, chat.case_id)
            merged = _deep_merge(dict(case.facts or {}), facts)
            case.facts = merged
            audit.append(db, chain_id=chat.chain_id, actor=actor, kind="case_facts", payload={"facts": facts})

    def ask(self, session_id: int, message: str, *, actor: str = "hr", employee_messages: list[str] | None = None,
            persona_override: str | None = None, approved_extra_months: Decimal | None = None) -> Answer:
        if not message or not message.strip():
            raise InputError("message", "消息不能为空", code="message_empty")
        with self.store.reader() as db:
            chat = db.get(ChatSession, session_id)
            if chat is None:
                raise InputError("session_id", f"会话 {session_id} 不存在", code="session_not_found")
            case_row = db.get(Case, chat.case_id)
            facts = dict(case_row.facts or {})
            demands = list(case_row.demands or [])
            # only the messages: loading whole turns would decode every earlier answer's JSON each turn
            history = list(db.execute(select(Turn.hr_message).where(Turn.session_id == session_id)
                                      .order_by(Turn.index)).scalars())
            employee_id = case_row.employee_id
        employee = self.employee(employee_id)
        entries: list[tuple[str, dict]] = []

        def record(kind: str, payload: dict) -> None:
            entries.append((kind, payload))

        try:
            case = case_from_record(employee, {**facts, "demands": demands})
        except InputError as err:
            record("input", {"actor": actor, "message": message})
            record("clarify", {"field": err.field, "code": err.code, "message": err.message_zh})
            answer = Answer(path="clarify", employee_id=employee.employee_id, employee_name=employee.name,
                            clarification_zh=f"还缺一项信息：{err.message_zh}（字段 {err.field}）")
        else:
            notes = [n.text for n in employee.hr_notes]  # HR notes are evidence for the persona, like the conversation
            ctx = TurnContext(case=case, signals=persona_signals(employee, case), conversation=history + notes)
            approved = approved_extra_months if approved_extra_months is not None else Decimal(str(facts.get("approved_extra_months", "0")))
            req = TurnRequest(message=message, employee_messages=employee_messages or [], actor=actor,
                              persona_override=persona_override, approved_extra_months=approved,
                              other_people=[e.name for e in self.employees.values() if e.employee_id != employee_id])
            answer = self.engine.run_turn(ctx, req, record)
        with self.store.transaction() as db:
            chat = db.get(ChatSession, session_id)
            answer.session_id, answer.turn_index = str(session_id), len(history) + 1  # turns count from 1
            if answer.facts is not None:
                db.get(Case, chat.case_id).demands = [d.demand.model_dump(mode="json") for d in answer.facts.demands]
            add_turn(db, session_id=session_id, hr_message=message, answer=answer.model_dump(mode="json"), path=answer.path)
            for kind, payload in entries:
                audit.append(db, chain_id=session_chain(session_id), actor=actor if kind == "input" else "copilot",
                             kind=kind, payload=payload)
        return answer


    def ask_stream(self, session_id: int, message: str, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """The same turn as ``ask``, delivered as events for a streaming caller (SSE in the panel,
        chunked replies in WeCom). Only guarded text is streamed: a model's draft is never sent
        before it passed the guards, so events follow the finished turn, section by section."""
        yield {"event": "started", "session_id": session_id}
        answer = self.ask(session_id, message, **kwargs)
        if answer.facts is not None:
            yield {"event": "facts", "statutory_total": str(answer.facts.statutory_total),
                   "items": [{"key": i.key, "label": i.label_zh, "amount": str(i.amount)} for i in answer.facts.items]}
        yield {"event": "flags", "flags": [f.model_dump(mode="json") for f in answer.flags]}
        if answer.clarification_zh:
            yield {"event": "clarify", "text": answer.clarification_zh}
        if answer.script is not None:
            for key, title, text in answer.script.sections():
                yield {"event": "section", "key": key, "title": title, "text": text}
            for o in answer.script.objections:
                yield {"event": "objection", "objection": o.objection, "response": o.response}
        yield {"event": "done", "path": answer.path, "turn_index": answer.turn_index,
               "answer": answer.model_dump(mode="json")}


def _deep_merge(base: dict, extra: dict) -> dict:
    for k, v in extra.items():
        base[k] = _deep_merge(dict(base.get(k) or {}), v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return base


__all__ = ["CopilotService"]
