"""Sessions and the audit log: SQLAlchemy 2 on SQLite (default) or PostgreSQL (by URL).

    store = open_store(settings)                 # migrated to head
    with store.transaction() as db:
        case = create_case(db, employee_id="E0001", ground="mutual_employer")
        chat = start_session(db, case_id=case.id, user_id="hr-li", channel="panel")
        turn = add_turn(db, session_id=chat.id, hr_message="...", answer={...}, path="llm")
        audit.append(db, chain_id=chat.chain_id, actor="copilot", kind="answer", payload={...})
    with store.reader() as db:
        report = audit.verify(db)
"""

from copilot.store import audit
from copilot.store.db import Store, make_engine, open_store
from copilot.store.models import AuditChain, AuditEntry, Case, ChatSession, Turn, session_chain
from copilot.store.sessions import add_turn, create_case, start_session, turns

__all__ = [
    "AuditChain",
    "AuditEntry",
    "Case",
    "ChatSession",
    "Store",
    "Turn",
    "add_turn",
    "audit",
    "create_case",
    "make_engine",
    "open_store",
    "session_chain",
    "start_session",
    "turns",
]
