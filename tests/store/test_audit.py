import hashlib
import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.exc import DatabaseError
from typer.testing import CliRunner

from copilot.cli import app
from copilot.errors import InputError
from copilot.store import audit
from copilot.store.canonical import canonical_json
from copilot.store.models import GENESIS_HASH, AuditEntry


def fill(store, chain="session:1", n=5):
    with store.transaction() as db:
        for i in range(n):
            audit.append(db, chain_id=chain, actor="copilot", kind="answer", payload={"i": i, "amount": Decimal("77000.00")})


def tamper(db_path, *statements):
    """An attacker with file access: drop the append-only triggers, then edit."""
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    con.execute("DROP TRIGGER IF EXISTS audit_chains_no_delete")
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()


def test_hash_is_sha256_of_prev_plus_canonical_json(store):
    ts = datetime(2024, 6, 30, 8, 0, 0, 123456, tzinfo=timezone(timedelta(hours=8)))
    with store.transaction() as db:
        first = audit.append(db, chain_id="c", actor="hr-li", kind="input", payload={"b": Decimal("7.50"), "a": "八个月"}, ts=ts)
        second = audit.append(db, chain_id="c", actor="copilot", kind="facts", payload=[1, 2])
    body = '{"actor":"hr-li","chain":"c","kind":"input","payload":{"a":"八个月","b":"7.50"},"seq":1,"ts":"2024-06-30T00:00:00.123456Z"}'
    assert first.prev_hash == GENESIS_HASH
    assert first.hash == hashlib.sha256((GENESIS_HASH + body).encode()).hexdigest()
    assert (second.seq, second.prev_hash) == (2, first.hash)


def test_canonical_json_is_stable_for_decimals_and_datetimes():
    naive = datetime(2024, 1, 1, 12, 0)
    aware = datetime(2024, 1, 1, 20, 0, tzinfo=timezone(timedelta(hours=8)))
    assert canonical_json({"t": naive}) == canonical_json({"t": aware}) == '{"t":"2024-01-01T12:00:00.000000Z"}'
    assert canonical_json({"x": Decimal("7.7E+4"), "y": Decimal("0.10")}) == '{"x":"77000","y":"0.10"}'
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_intact_chains_verify(store):
    fill(store, "session:1", 4)
    fill(store, "session:2", 3)
    with store.reader() as db:
        report = audit.verify(db)
        assert report.ok and (report.chains, report.entries) == (2, 7)
        assert report.heads["session:1"][0] == 4
        assert audit.verify(db, "session:2").entries == 3


def test_the_database_refuses_updates_and_deletes(store):
    fill(store, n=2)
    for statement in ("UPDATE audit_entries SET actor = 'x'", "DELETE FROM audit_entries"):
        with pytest.raises(DatabaseError, match="append-only"):
            with store.transaction() as db:
                db.execute(__import__("sqlalchemy").text(statement))


@pytest.mark.parametrize(
    ("statements", "kind", "seq"),
    [
        (["UPDATE audit_entries SET payload = json_set(payload, '$.amount', '99000.00') WHERE seq = 3"], "hash_mismatch", 3),
        (["UPDATE audit_entries SET actor = 'someone' WHERE seq = 2"], "hash_mismatch", 2),
        (["UPDATE audit_entries SET hash = 'f' || substr(hash, 2) WHERE seq = 2"], "hash_mismatch", 2),
        (["DELETE FROM audit_entries WHERE seq = 3"], "seq_gap", 4),
        (["DELETE FROM audit_entries WHERE seq = 5"], "head_mismatch", 4),
    ],
)
def test_tampering_is_found_and_named(store, db_path, statements, kind, seq):
    fill(store, "session:1", 5)
    fill(store, "session:2", 2)
    tamper(db_path, *[s.replace("WHERE", "WHERE chain_id = 'session:1' AND") for s in statements])
    with store.reader() as db:
        report = audit.verify(db)
    assert not report.ok and len(report.problems) == 1
    problem = report.first_problem
    assert (problem.kind, problem.chain_id, problem.seq) == (kind, "session:1", seq)
    assert "session:1" in problem.message_zh and "session:1" in problem.message_en


def test_rehashed_edit_breaks_the_next_link(store, db_path):
    """Edit entry 2 and recompute its own hash: entry 3's prev_hash no longer matches."""
    fill(store, "c", 4)
    with store.reader() as db:
        e2 = audit.entries(db, "c")[1]
        payload = dict(e2.payload, amount="1.00")
        new_hash = audit.entry_hash(e2.prev_hash, seq=2, chain_id="c", ts=e2.ts, actor=e2.actor, kind=e2.kind, payload=payload)
    tamper(db_path, f"UPDATE audit_entries SET payload = '{json.dumps(payload)}', hash = '{new_hash}' WHERE chain_id='c' AND seq = 2")
    with store.reader() as db:
        problem = audit.verify(db).first_problem
    assert (problem.kind, problem.seq) == ("prev_link_broken", 3)


def test_cli_verify_exit_codes_and_message(store, db_path):
    fill(store, "session:7", 3)
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify", "--url", f"sqlite:///{db_path}", "--heads"])
    assert ok.exit_code == 0, ok.output
    assert "审计链完整" in ok.output and "session:7\t3\t" in ok.output
    tamper(db_path, "UPDATE audit_entries SET actor = 'mallory' WHERE seq = 2")
    bad = runner.invoke(app, ["audit", "verify", "--url", f"sqlite:///{db_path}"])
    assert bad.exit_code == 1
    assert "审计记录被篡改" in bad.output and "altered entry: chain session:7 seq 2" in bad.output


def test_bad_kind_and_missing_actor_are_input_errors(store):
    with store.transaction() as db:
        with pytest.raises(InputError):
            audit.append(db, chain_id="c", actor="x", kind="DROP TABLE", payload={})
        with pytest.raises(InputError):
            audit.append(db, chain_id="c", actor="", kind="input", payload={})


def test_concurrent_writers_never_fork_a_chain(store):
    errors: list[BaseException] = []

    def writer(name):
        try:
            for i in range(10):
                with store.transaction() as db:
                    audit.append(db, chain_id="shared", actor=name, kind="input", payload={"i": i})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.reader() as db:
        report = audit.verify(db, "shared")
        assert report.ok and report.entries == 40
        assert [e.seq for e in audit.entries(db, "shared")] == list(range(1, 41))
