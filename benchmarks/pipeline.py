"""Pipeline overhead per turn, model time excluded: calculators, demand parsing, retrieval over
the bundled index, persona, guard facts, drafting and all guards, the turn and its audit entries
written to SQLite. Uses the real index under the data dir (built on first use)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from copilot.knowledge_access import KnowledgeRetrieval
from copilot.knowledge_setup import ensure_index, open_retriever
from copilot.service import CopilotService
from copilot.settings import Settings, get_settings
from copilot.store.db import open_store

MESSAGES = ["他要8个月", "他要N+1", "员工说要按2N赔", "他要十万", "他干了七年，公司想跟他谈离职，得给多少？",
            "他说家里房贷压力大", "他说要去仲裁", "他要9个月"]


def main(turns: int = 120) -> dict:
    base = get_settings()
    ensure_index(base)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        svc = CopilotService(settings, store=open_store(settings), model=None,
                             retrieval=KnowledgeRetrieval(open_retriever(base)))
        sid = svc.start_session("E0001", user="bench", channel="eval",
                                facts={"region": {"wage_below_cap_confirmed": True, "wage_above_minimum_confirmed": True}})
        svc.ask(sid, "预热")  # loads the embedding model and jieba
        times = []
        for i in range(turns):
            t0 = time.perf_counter()
            svc.ask(sid, MESSAGES[i % len(MESSAGES)], persona_override=["rational", "emotional"][i % 2])
            times.append((time.perf_counter() - t0) * 1000)
        svc.store.dispose()
    times.sort()
    out = {"turns": turns, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * turns)], 1),
           "max_ms": round(times[-1], 1)}
    print(out)
    return out


if __name__ == "__main__":
    main()
