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
            "他说家里房贷压力大", "他说要去仲裁", "他要9个月", "员工怀孕了还能辞退吗", "竞业协议没给钱还有效吗",
            "试用期最后一天说他不合格", "年假没休完离职给不给钱", "社保断缴能走人吗要补偿吗", "公司搬到外地他不去怎么办",
            "合同到期不续签给不给钱", "他要求8.8万", "再多给一个月行不行", "他说别人都拿了N+1", "离职证明什么时候给",
            "他说要找媒体曝光", "他情绪很激动，怎么开场", "他问补偿什么时候到账", "他要按上一个月工资算",
            "他说加班费也要一起结清", "他说要先看书面的计算明细"]


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
