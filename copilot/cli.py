"""The ``copilot`` command. Each sub-command lives in its own module under ``copilot/commands``
and is registered here with one line."""

from __future__ import annotations

import logging

import typer

from copilot.commands import calc as calc_cmd
from copilot.commands.eval import app as eval_app
from copilot.commands.ingest import ingest_command

app = typer.Typer(
    name="copilot",
    help="离职协商助手 (separation-negotiation copilot) — 法定补偿计算、检索、话术与审计。",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """离职协商助手：法定补偿计算、知识检索、协商话术与审计。"""


app.command("calc")(calc_cmd.calc)
app.add_typer(eval_app, name="eval")
app.command("ingest")(ingest_command)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
