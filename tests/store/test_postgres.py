"""The same store on PostgreSQL. Runs only when COPILOT_TEST_POSTGRES_URL points at a
database this test may wipe, e.g. (see docs/engine-infra.md):

    COPILOT_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:55432/copilot_test
"""

from __future__ import annotations

import os
import threading
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

URL = os.environ.get("COPILOT_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="COPILOT_TEST_POSTGRES_URL not set (no PostgreSQL to test against)")


@pytest.fixture
def pg_store():
    pytest.importorskip("psycopg", reason="psycopg (the 'postgres' extra) is not installed")
    from copilot.store import Store
    from copilot.store.migrate import downgrade

    store = Store(URL)
    downgrade(store.engine, "base")
    store.upgrade()
    yield store
    store.dispose()


def test_schema_matches_models_on_postgres(pg_store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from copilot.store.models import Base

    with pg_store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata) == []


def test_turns_and_audit_round_trip_and_verify(pg_store):
    from copilot.store import add_turn, audit, create_case, start_session, turns

    ts = datetime(2024, 6, 30, 1, 2, 3, 456789, tzinfo=timezone.utc)
    with pg_store.transaction() as db:
        chat = start_session(db, case_id=create_case(db, employee_id="E1", ground="mutual_employer").id, user_id="hr", channel="wecom")
        add_turn(db, session_id=chat.id, hr_message="员工要8个月", answer={"total": Decimal("88000.00")}, path="llm")
        first = audit.append(db, chain_id=chat.chain_id, actor="hr", kind="input", payload={"amount": Decimal("88000.00")}, ts=ts)
        audit.append(db, chain_id=chat.chain_id, actor="copilot", kind="answer", payload={"ok": True})
    with pg_store.reader() as db:
        assert [t.answer for t in turns(db, chat.id)] == [{"total": "88000.00"}]
        stored = audit.entries(db, chat.chain_id)
        assert stored[0].hash == first.hash and stored[0].ts == ts
        assert audit.verify(db).ok


def test_postgres_refuses_edits_and_verify_finds_them_when_forced(pg_store):
    from copilot.store import audit

    with pg_store.transaction() as db:
        for i in range(3):
            audit.append(db, chain_id="c", actor="copilot", kind="answer", payload={"i": i})
    with pytest.raises(DBAPIError, match="append-only"):
        with pg_store.transaction() as db:
            db.execute(text("UPDATE audit_entries SET actor = 'x'"))
    with pg_store.transaction() as db:  # an owner who disables the trigger first
        db.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only"))
        db.execute(text("UPDATE audit_entries SET actor = 'mallory' WHERE seq = 2"))
        db.execute(text("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only"))
    with pg_store.reader() as db:
        problem = audit.verify(db).first_problem
    assert (problem.kind, problem.seq) == ("hash_mismatch", 2)


def test_concurrent_writers_serialise_on_the_chain_head(pg_store):
    from copilot.store import audit

    start = threading.Barrier(4)

    def writer(n):
        start.wait()  # all four race to create the chain
        for i in range(10):
            with pg_store.transaction() as db:
                audit.append(db, chain_id="shared", actor=f"w{n}", kind="input", payload={"i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with pg_store.reader() as db:
        report = audit.verify(db, "shared")
    assert report.ok and report.entries == 40
