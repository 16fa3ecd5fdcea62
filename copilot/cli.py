"""The ``copilot`` command. Each sub-command lives in its own module under ``copilot/commands``
and is registered here with one line."""

from __future__ import annotations

import logging

import typer

from copilot.commands import audit as audit_cmd
from copilot.commands import calc as calc_cmd
from copilot.commands import chat as chat_cmd
from copilot.commands import db as db_cmd
from copilot.commands import eval as eval_cmd
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
app.command("ingest")(ingest_command)
app.command("chat")(chat_cmd.chat)
app.add_typer(eval_cmd.app, name="eval")
app.add_typer(db_cmd.app, name="db")
app.add_typer(audit_cmd.app, name="audit")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
