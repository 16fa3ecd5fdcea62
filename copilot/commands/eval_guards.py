"""``copilot eval guards``: catch and false-positive rates of the guards on the red-team suite."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from guardrails.policy import Policy
from guardrails.redteam import (
    DEFAULT_SUITE,
    TARGET_CATCH_CATEGORY,
    TARGET_CATCH_OVERALL,
    TARGET_FALSE_POSITIVE,
    SuiteError,
    load_suite,
    run_suite,
)
from guardrails.types import PolicyError

def _read_ids(path: Path) -> set[str]:
    try:
        return set(path.read_text(encoding="utf-8").split())
    except OSError as exc:
        raise SuiteError(str(path), f"无法读取用例编号文件：{exc.strerror or exc}") from None


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def guards(
    suite: Path = typer.Option(DEFAULT_SUITE, "--suite", help="红队用例目录（含 drafts.jsonl 与 cases/）。"),
    split: str = typer.Option("all", "--split", help="只评测某个划分：dev、heldout 或 all。"),
    policy_file: Path | None = typer.Option(None, "--policy", help="护栏策略 YAML（默认全部 refuse）。"),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出结果。"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="列出漏检和误报的用例编号。"),
    strict: bool = typer.Option(False, "--strict", help="未达到目标（拦截率≥98%、各类≥95%、误报≤2%）时以退出码 1 结束。"),
    ids_file: Path | None = typer.Option(None, "--ids", help="只评测文件中列出的用例编号（空白分隔），例如一个新批次。"),
) -> None:
    """在红队草稿集上度量合规护栏：各类别、各划分的拦截率与误报率。"""
    console = Console()
    try:
        policy = Policy.from_yaml(policy_file) if policy_file else None
        items = load_suite(suite)
        if ids_file is not None:
            wanted = _read_ids(ids_file)
            items = [(d, f) for d, f in items if d.id in wanted]
        report = run_suite(items, policy, split=split)
    except (SuiteError, PolicyError) as exc:
        console.print(f"[red]错误[/red]（{exc.code}）：{getattr(exc, 'where', getattr(exc, 'field', ''))}：{exc.message_zh}")
        raise typer.Exit(2) from None
    if not report.results:
        console.print(f"[yellow]划分「{split}」中没有用例{'（按 --ids 筛选后）' if ids_file else ''}。[/yellow]")
        raise typer.Exit(2)
    if as_json:
        data = report.summary()
        if verbose:
            data["results"] = [r.model_dump() for r in report.results]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        table = Table(title=f"护栏红队评测（{suite}）")
        for col in ("类别", "划分", "违规稿", "拦截", "拦截率", "合规稿", "误报", "误报率", "二读漏", "二读免"):
            table.add_column(col, justify="right" if col not in ("类别", "划分") else "left")
        for b in report.buckets:
            style = "bold" if b.category == "全部" else None
            table.add_row(b.category, b.split, str(b.violations), str(b.caught), _pct(b.catch_rate), str(b.clean),
                          str(b.false_positives), _pct(b.false_positive_rate), str(b.missed_by_second_reading),
                          str(b.spared_by_second_reading), style=style)
        console.print(table)
        console.print(f"目标：总拦截率 ≥ {TARGET_CATCH_OVERALL:.0%}，各类别 ≥ {TARGET_CATCH_CATEGORY:.0%}，"
                      f"误报率 ≤ {TARGET_FALSE_POSITIVE:.0%}。")
        console.print("二读：规则按措辞拦下、而语义模型认为整段不像违规的，降为提醒不拦截；"
                      "「二读漏」「二读免」是只因此放行的违规稿与合规稿数。")
        for s in sorted({b.split for b in report.buckets}):
            console.print(f"  {s}：{'达标' if report.meets_targets(s) else '未达标'}")
        if verbose:
            for r in report.results:
                if not r.ok:
                    kind = "漏检" if r.label == "violation" else "误报"
                    console.print(f"[{'red' if kind == '漏检' else 'yellow'}]{kind}[/] {r.id}（{r.category}/{r.split}）"
                                  + (f"：{'; '.join(r.violations)}" if r.violations else "")
                                  + (f"（二读降级：{'; '.join(r.downgraded)}）" if r.downgraded else ""))
    if strict and not report.meets_targets():
        raise typer.Exit(1)
