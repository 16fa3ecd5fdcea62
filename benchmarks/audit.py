"""Sessions + audit on SQLite (WAL): turns written per second (one turn + 4 audit entries per
transaction, as the pipeline writes them) and verify speed. ``python -m benchmarks.audit``"""

from __future__ import annotations

import tempfile
import time
from decimal import Decimal
from pathlib import Path

from copilot.store import add_turn, audit, create_case, open_store, start_session

TURNS = 500


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(url=f"sqlite:///{Path(tmp) / 'bench.db'}")
        with store.transaction() as db:
            chat = start_session(db, case_id=create_case(db, employee_id="E1", ground="mutual_employer").id, user_id="hr", channel="cli")
        answer = {"script": "协商话术" * 300, "total": Decimal("77000.00"), "figures": [{"label": "N", "months": Decimal("7")}]}
        started = time.perf_counter()
        for i in range(TURNS):
            with store.transaction() as db:
                add_turn(db, session_id=chat.id, hr_message=f"第{i}轮", answer=answer, path="llm")
                for kind in ("input", "prompt", "model_output", "answer"):
                    audit.append(db, chain_id=chat.chain_id, actor="copilot", kind=kind, payload=answer)
        elapsed = time.perf_counter() - started
        print(f"write: {TURNS} turns (+{4 * TURNS} audit entries) in {elapsed:.2f} s = {TURNS / elapsed:.0f} turns/s, "
              f"{elapsed / TURNS * 1000:.1f} ms per turn transaction")
        started = time.perf_counter()
        with store.reader() as db:
            report = audit.verify(db)
        elapsed = time.perf_counter() - started
        assert report.ok
        print(f"verify: {report.entries} entries in {elapsed:.2f} s = {report.entries / elapsed:.0f} entries/s")
        store.dispose()


if __name__ == "__main__":
    main()
