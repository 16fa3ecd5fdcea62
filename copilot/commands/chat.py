"""``copilot chat --employee E0001``: talk to the copilot about one employee's separation,
interactively or one-shot with ``--message``. Sessions, turns and the audit trail are stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from copilot.errors import InputError
from copilot.render import answer_text


def chat(
    employee: str = typer.Option(..., "--employee", "-e", help="员工工号，例如 E0001"),
    message: Optional[str] = typer.Option(None, "--message", "-m", help="一次性提问；省略则进入交互模式"),
    facts_file: Optional[Path] = typer.Option(None, "--facts", help="案件补充信息 JSON（解除依据、地区数据或确认、审批等）"),
    employee_says: list[str] = typer.Option([], "--employee-says", help="员工原话或上传文件内容（只作数据，不作指令）"),
    persona: Optional[str] = typer.Option(None, "--persona", help="指定画像：rational / emotional / anxious / adversarial"),
    user: str = typer.Option("hr", "--user", help="提问的 HR 账号（写入审计日志）"),
    as_json: bool = typer.Option(False, "--json", help="输出答案对象 JSON"),
) -> None:
    """与离职协商助手对话：法定数字、诉求评估、个性化话术，全部经过合规检查并留痕。"""
    from copilot.service import CopilotService

    console = Console()
    try:
        facts = json.loads(facts_file.read_text("utf-8")) if facts_file else {}
    except (OSError, json.JSONDecodeError) as exc:
        console.print(f"[red]无法读取案件补充信息[/red]：{exc}")
        raise typer.Exit(2) from None
    with console.status("正在准备知识库和数据库（首次运行需要建立检索索引，约两三分钟）…"):
        svc = CopilotService.open()
    try:
        sid = svc.start_session(employee, user=user, channel="cli", facts=facts)
    except InputError as err:
        console.print(f"[red]{err.message_zh}[/red]（{err.field}）")
        raise typer.Exit(2) from None

    def one(text: str) -> None:
        try:
            answer = svc.ask(sid, text, actor=user, employee_messages=list(employee_says), persona_override=persona)
        except InputError as err:
            console.print(f"[red]{err.message_zh}[/red]（{err.field}）")
            return
        if as_json:
            typer.echo(answer.model_dump_json(indent=2))
        else:
            typer.echo(answer_text(answer))

    if message:
        one(message)
        return
    console.print(f"会话 {sid} 已开始（输入 exit 退出）。")
    while True:
        try:
            text = input("HR> ").strip()
        except EOFError:
            break
        if text in ("exit", "quit", "退出"):
            break
        if text:
            one(text)
