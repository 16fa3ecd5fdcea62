"""Cases, chat sessions and turns: the rows the pipeline writes each turn.

All functions take the caller's SQLAlchemy ``Session`` and flush, never commit, so a turn
and its audit entries land in one transaction::

    with store.transaction() as db:
        turn = add_turn(db, session_id=s.id, hr_message=msg, answer=answer, path="llm")
        audit.append(db, chain_id=session_chain(s.id), actor="copilot", kind="answer", payload=answer)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copilot.errors import InputError
from copilot.store.canonical import to_jsonable
from copilot.store.models import CHANNELS, Case, ChatSession, Turn


def create_case(
    db: Session,
    *,
    employee_id: str,
    ground: str,
    hire_date: date | None = None,
    separation_date: date | None = None,
    wages: Any = None,
    demands: Any = None,
    policy: str = "",
    approval_state: str = "none",
) -> Case:
    if not employee_id:
        raise InputError("employee_id", "员工编号不能为空", code="missing_employee_id")
    case = Case(
        employee_id=employee_id,
        ground=ground,
        hire_date=hire_date,
        separation_date=separation_date,
        wages=to_jsonable(wages if wages is not None else {}),
        demands=to_jsonable(demands if demands is not None else []),
        policy=policy,
        approval_state=approval_state,
    )
    db.add(case)
    db.flush()
    return case


def start_session(db: Session, *, case_id: int, user_id: str, channel: str) -> ChatSession:
    if channel not in CHANNELS:
        raise InputError("channel", f"渠道须为 {'/'.join(CHANNELS)} 之一，收到 {channel!r}", code="invalid_channel")
    if db.get(Case, case_id) is None:
        raise InputError("case_id", f"案件 {case_id} 不存在", code="case_not_found")
    session = ChatSession(case_id=case_id, user_id=user_id, channel=channel)
    db.add(session)
    db.flush()
    return session


def add_turn(db: Session, *, session_id: int, hr_message: str, answer: Any, path: str) -> Turn:
    """Next turn of a session (index 1, 2, ...). ``answer`` may be a pydantic model."""
    last = db.scalar(select(func.max(Turn.index)).where(Turn.session_id == session_id))
    turn = Turn(session_id=session_id, index=(last or 0) + 1, hr_message=hr_message, answer=to_jsonable(answer), path=path)
    db.add(turn)
    db.flush()
    return turn


def turns(db: Session, session_id: int) -> list[Turn]:
    return list(db.scalars(select(Turn).where(Turn.session_id == session_id).order_by(Turn.index)))
