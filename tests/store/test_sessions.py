from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError

from copilot.errors import InputError
from copilot.store import add_turn, audit, create_case, start_session, turns
from copilot.store.models import AuditEntry, Turn


def test_case_session_turns_round_trip(store):
    with store.transaction() as db:
        case = create_case(
            db,
            employee_id="E0001",
            ground="mutual_employer",
            hire_date=date(2017, 3, 1),
            separation_date=date(2024, 6, 30),
            wages={"monthly": [Decimal("12000.00"), Decimal("12500.50")]},
            demands=[{"months": 8, "text": "我要8个月"}],
            policy="员工手册2024",
        )
        chat = start_session(db, case_id=case.id, user_id="hr-li", channel="panel")
        add_turn(db, session_id=chat.id, hr_message="员工要8个月", answer={"total": Decimal("84000.00")}, path="llm")
        add_turn(db, session_id=chat.id, hr_message="那7个月呢", answer={"total": Decimal("73500.00")}, path="template")
        session_id = chat.id
    with store.reader() as db:
        rows = turns(db, session_id)
        assert [(t.index, t.path) for t in rows] == [(1, "llm"), (2, "template")]
        assert rows[0].answer == {"total": "84000.00"}  # Decimal stored as its exact string
        case = rows[0].session.case
        assert case.wages == {"monthly": ["12000.00", "12500.50"]}
        assert case.hire_date == date(2017, 3, 1) and case.created_at is not None


def test_bad_channel_and_unknown_case_are_input_errors(store):
    with store.transaction() as db:
        case = create_case(db, employee_id="E1", ground="art40")
        with pytest.raises(InputError) as info:
            start_session(db, case_id=case.id, user_id="hr", channel="email")
        assert info.value.code == "invalid_channel" and "渠道" in info.value.message_zh
        with pytest.raises(InputError):
            start_session(db, case_id=999, user_id="hr", channel="cli")


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError):
        with store.transaction() as db:
            add_turn(db, session_id=12345, hr_message="x", answer={}, path="llm")


def test_turn_and_its_audit_entries_commit_or_roll_back_together(store):
    with store.transaction() as db:
        chat = start_session(db, case_id=create_case(db, employee_id="E2", ground="art41").id, user_id="hr", channel="cli")
    with pytest.raises(RuntimeError):
        with store.transaction() as db:
            add_turn(db, session_id=chat.id, hr_message="x", answer={}, path="llm")
            audit.append(db, chain_id=chat.chain_id, actor="copilot", kind="answer", payload={})
            raise RuntimeError("pipeline crashed before commit")
    with store.reader() as db:
        assert db.query(Turn).count() == 0 and db.query(AuditEntry).count() == 0
        assert audit.verify(db).ok
