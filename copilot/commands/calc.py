"""``copilot calc``: one case as JSON in (file or stdin), the JSON result out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from copilot.calc import calculate, parse_case
from copilot.calc.explain import explain_zh
from copilot.errors import InputError


def _fail(err: InputError) -> None:
    typer.echo(json.dumps({"error": err.to_dict()}, ensure_ascii=False), err=True)
    raise typer.Exit(code=2)


def calc(
    case_file: Annotated[Optional[Path], typer.Argument(help="案件 JSON 文件；省略或为 - 时读标准输入")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="输出给人看的中文推导过程")] = False,
) -> None:
    """计算法定经济补偿、代通知金、2N、竞业限制补偿、未休年休假工资、个税，并评估员工诉求。"""
    try:
        if case_file is None or str(case_file) == "-":
            raw = sys.stdin.read()
            source = "stdin"
        else:
            if not case_file.is_file():
                _fail(InputError("case_file", f"找不到文件：{case_file}", code="file_not_found"))
            raw = case_file.read_text("utf-8")
            source = str(case_file)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            _fail(InputError("$", f"{source} 不是有效的 JSON（第{exc.lineno}行第{exc.colno}列）", code="invalid_json"))
        result = calculate(parse_case(data))
    except InputError as err:
        _fail(err)
    if explain:
        typer.echo(explain_zh(result))
    else:
        typer.echo(result.model_dump_json(indent=2))
