"""``copilot eval retrieval``: recall@k, hit@k, MRR and latency of each retrieval mode."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from copilot import knowledge_setup
from copilot.settings import REPO_ROOT
from knowledge.errors import KnowledgeError
from knowledge.evaluation import evaluate, load_questions, retriever_fn
from knowledge.retriever import MODES

DEFAULT_QUESTIONS = REPO_ROOT / "evals" / "retrieval_questions.jsonl"


def retrieval(
    questions: Path = typer.Option(DEFAULT_QUESTIONS, "--questions", help="问题文件（JSON Lines）。"),
    index: Path | None = typer.Option(None, "--index-dir", help="索引目录（默认 <data_dir>/index）。"),
    k: int = typer.Option(5, "--k", min=1, help="取前 k 条计算召回率与命中率。"),
    modes: str = typer.Option("hybrid,bm25,dense", "--modes", help="逗号分隔：hybrid、bm25、dense。"),
    split: str = typer.Option("all", "--split", help="只评测某个划分：dev、heldout、fresh 或 all。"),
    sources: str = typer.Option("law,policy", "--sources", help="检索范围（逗号分隔）：law、policy。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出（含每题结果）。"),
) -> None:
    """检索评测：按检索方式、数据划分和问法风格给出 R@k、hit@k、MRR 与延迟。"""
    console = Console()
    mode_list = [m.strip() for m in modes.split(",") if m.strip()]
    bad = [m for m in mode_list if m not in MODES]
    if bad or not mode_list:
        console.print(f"[red]参数错误[/red]（invalid_mode）：--modes 只能是 hybrid、bm25、dense，收到 {modes}")
        raise typer.Exit(2)
    if split not in ("all", "dev", "heldout", "fresh"):
        console.print(f"[red]参数错误[/red]（invalid_split）：--split 只能是 dev、heldout、fresh 或 all，收到 {split}")
        raise typer.Exit(2)
    try:
        qs = load_questions(questions)
        if split != "all":
            qs = [q for q in qs if q.split == split]
            if not qs:
                console.print(f"[red]没有 split={split} 的问题[/red]")
                raise typer.Exit(2)
        retriever = knowledge_setup.open_retriever(directory=index)
        fn = retriever_fn(retriever, source_types=[s.strip() for s in sources.split(",") if s.strip()])
        with Progress(TextColumn("评测"), BarColumn(), MofNCompleteColumn(), console=console,
                      transient=True, disable=as_json) as bar:
            task = bar.add_task("eval", total=len(qs) * len(mode_list))
            report = evaluate(fn, qs, modes=mode_list, k=k,
                              progress=lambda done, total: bar.update(task, completed=done))
    except KnowledgeError as exc:
        console.print(f"[red]评测失败[/red]（{exc.code}）：{exc.message_zh}")
        raise typer.Exit(1) from exc

    if as_json:
        typer.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
        return
    table = Table(title=f"检索评测（{len(qs)} 题，k={k}，MRR 取首个相关条文、深度 {report.mrr_depth}）")
    for col in ("方式", "分组", "题数", f"R@{k}", f"hit@{k}", "MRR", "p50 ms", "p95 ms"):
        table.add_column(col, justify="right" if col not in ("方式", "分组") else "left")
    for mode in report.modes:
        for group, m in report.metrics[mode].items():
            table.add_row(mode, group, str(m.n), f"{m.recall:.3f}", f"{m.hit:.3f}", f"{m.mrr:.3f}",
                          f"{m.p50_ms:.1f}", f"{m.p95_ms:.1f}")
        table.add_section()
    console.print(table)
