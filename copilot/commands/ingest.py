"""``copilot ingest``: build or update the retrieval index (law, handbook; only what changed)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from copilot import knowledge_setup
from knowledge.errors import KnowledgeError
from knowledge.ingest import default_providers, ingest
from knowledge.records import RecordsFileError


def _record_chunks(path: Path, console: Console):
    from knowledge.records import load_employees, record_chunks

    result = load_employees(path)
    for issue in result.errors:
        console.print(f"[yellow]跳过有误的档案行[/yellow]：{issue}")
    return (chunk for employee in result.employees for chunk in record_chunks(employee))


def ingest_command(
    index: Path | None = typer.Option(None, "--index-dir", help="索引目录（默认 <data_dir>/index）。"),
    law_dir: Path | None = typer.Option(None, "--law-dir", help="法规目录（默认随代码附带的 knowledge/data/law）。"),
    policy_dir: Path | None = typer.Option(None, "--policy-dir", help="制度手册目录（默认 knowledge/data/policy）。"),
    records: str = typer.Option(
        "active", "--records",
        help="员工档案入索引的范围：active（离职协商中的员工，默认）、all、none，或一个档案文件（JSON、CSV 目录或 Excel）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出变更明细。"),
) -> None:
    """建立或增量更新检索索引：只重新向量化新增或改动的条文。"""
    console = Console()
    directory = index or knowledge_setup.index_dir()
    try:
        ef = knowledge_setup.embedding_function()
        with Progress(TextColumn("向量化"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True, disable=as_json) as bar:
            task = bar.add_task("embed", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            if records in ("active", "all", "none"):
                extra = [knowledge_setup.record_chunk_provider(records)]
            else:
                extra = [_record_chunks(Path(records), console)]
            report = ingest(directory, default_providers(law_dir=law_dir, policy_dir=policy_dir, extra=extra), ef,
                            progress=progress)
    except (KnowledgeError, RecordsFileError) as exc:
        console.print(f"[red]索引失败[/red]（{exc.code}）：{exc.message_zh}")
        raise typer.Exit(1) from exc

    if as_json:
        typer.echo(json.dumps({"index_dir": str(directory), **report.model_dump()}, ensure_ascii=False))
        return
    table = Table(title=f"索引已更新：{directory}")
    for col in ("新增", "更新", "删除", "未变", "本次向量化", "合计", "问题向量化/合计", "用时(秒)"):
        table.add_column(col, justify="right")
    table.add_row(str(len(report.added)), str(len(report.updated)), str(len(report.removed)),
                  str(report.unchanged), str(report.embedded), str(report.total),
                  f"{report.questions_embedded}/{report.questions_total}", f"{report.seconds:.1f}")
    console.print(table)
