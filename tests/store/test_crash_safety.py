"""kill -9 a writer mid-stream: every turn it reported committed is there, nothing torn, and
the audit chain still verifies."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from copilot.store import audit, open_store, session_chain, turns

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_mid_write_loses_no_committed_turn_and_keeps_the_chain(tmp_path):
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_writer", url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    committed: list[int] = []
    session_id = None
    try:
        for line in proc.stdout:
            if line.startswith("session "):
                session_id = int(line.split()[1])
            elif line.startswith("committed "):
                committed.append(int(line.split()[1]))
                if len(committed) >= 40:
                    break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    assert session_id is not None and len(committed) >= 40

    store = open_store(url=url)
    try:
        with store.reader() as db:
            stored = [t.index for t in turns(db, session_id)]
            assert set(committed) <= set(stored)
            assert stored == list(range(1, len(stored) + 1))  # no hole, no torn turn
            report = audit.verify(db)
            assert report.ok, [p.message_en for p in report.problems]
            assert report.entries == 1 + 3 * len(stored)  # every stored turn has all three entries
            assert report.heads[session_chain(session_id)][0] == report.entries
    finally:
        store.dispose()
