"""Subprocess for test_crash_safety: writes turns and their audit entries in a loop, printing
each turn's index only after its transaction committed. The test kills it with SIGKILL."""

import sys
from decimal import Decimal

from copilot.store import add_turn, audit, create_case, open_store, start_session


def main(url: str) -> None:
    store = open_store(url=url)
    with store.transaction() as db:
        chat = start_session(db, case_id=create_case(db, employee_id="E9", ground="mutual_employer").id, user_id="hr", channel="cli")
        audit.append(db, chain_id=chat.chain_id, actor="hr", kind="session_start", payload={"session": chat.id})
    print(f"session {chat.id}", flush=True)
    i = 0
    while True:
        i += 1
        answer = {"script": "协商话术" * 200, "total": Decimal("77000.00") + i}
        with store.transaction() as db:
            turn = add_turn(db, session_id=chat.id, hr_message=f"第{i}轮", answer=answer, path="llm")
            audit.append(db, chain_id=chat.chain_id, actor="hr", kind="input", payload={"turn": turn.index, "text": f"第{i}轮"})
            audit.append(db, chain_id=chat.chain_id, actor="model", kind="model_output", payload={"text": "x" * 2000})
            audit.append(db, chain_id=chat.chain_id, actor="copilot", kind="answer", payload=answer)
        print(f"committed {turn.index}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
