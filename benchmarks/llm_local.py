"""The real-model path on this machine: OpenAICompatibleModel -> llama.cpp server (xllamacpp,
2 threads) with the packaged Gemma 3 270M Q4_K_M. ``python -m benchmarks.llm_local``

Prints server start time, end-to-end latency, prompt-processing and generation tokens/s
(llama.cpp's own timings), for a short prompt and for the real draft_script prompt."""

from __future__ import annotations

import statistics
import time
from decimal import Decimal

from copilot.llm import OpenAICompatibleModel, count_tokens
from copilot.llm.llamacpp_server import LocalModelUnavailable, start_local_server
from prompts.loader import render

RUNS = 3


def _draft_messages() -> list[dict[str, str]]:
    figures = [
        {"label": "月平均工资", "amount": Decimal("11000.00"), "months": None, "years": None},
        {"label": "法定经济补偿", "amount": Decimal("77000.00"), "months": Decimal("7"), "years": None},
    ]
    chunks = [{"id": "劳动合同法#47", "title": "第四十七条", "text": "经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。" * 3}]
    return render("draft_script", hr_message="员工坚持要8个月，我该怎么回应？", figures=figures, chunks=chunks).messages


def _run(model: OpenAICompatibleModel, label: str, messages, max_tokens: int, **kw) -> None:
    latencies, gen_tps, prompt_tps, tokens = [], [], [], []
    for _ in range(RUNS):
        reply = model.complete(messages, max_tokens=max_tokens, **kw)
        timings = reply.raw.get("timings", {})
        latencies.append(reply.latency_ms)
        gen_tps.append(timings.get("predicted_per_second", 0.0))
        prompt_tps.append(timings.get("prompt_per_second", 0.0))
        tokens.append((reply.prompt_tokens, reply.completion_tokens))
    print(
        f"{label:<28} prompt/completion tokens {tokens[-1]}  latency median {statistics.median(latencies):7.0f} ms"
        f"  generation {statistics.median(gen_tps):5.1f} tok/s  prompt {statistics.median(prompt_tps):6.1f} tok/s"
    )


def main() -> None:
    started = time.monotonic()
    try:
        server = start_local_server(threads=2, n_ctx=2048)
    except LocalModelUnavailable as exc:
        print(f"skipped: {exc}")
        return
    print(f"server start (model load)     {time.monotonic() - started:.1f} s")
    from copilot.llm import base

    base.ALLOW_MODEL_REQUESTS = True
    model = OpenAICompatibleModel(base_url=server.base_url, model="gemma-3-270m", timeout_s=120, max_retries=0, temperature=0.0)
    try:
        model.complete([{"role": "user", "content": "hi"}], max_tokens=4)  # warm-up
        short = [{"role": "user", "content": "员工要求8个月经济补偿，请回复。"}]
        _run(model, "short prompt, 64 tokens", short, 64)
        draft = _draft_messages()
        print(f"draft_script prompt: {count_tokens(draft)} tokens by o200k_base (tiktoken)")
        _run(model, "draft_script, 128 tokens", draft, 128)
        schema = {"type": "object", "properties": {"accept": {"type": "string", "enum": ["yes", "no"]}}, "required": ["accept"]}
        _run(model, "json_object+schema, 32 max", [{"role": "user", "content": 'Answer in JSON: {"accept": "yes"}'}], 32,
             response_format="json", json_schema=schema)
    finally:
        model.close()
        server.close()


if __name__ == "__main__":
    main()
