"""``copilot audit verify``: recompute the hash chains; exit 1 naming the first bad entry."""

from __future__ import annotations

from typing import Optional

import typer
from sqlalchemy.exc import SQLAlchemyError

from copilot.settings import get_settings

app = typer.Typer(help="审计日志 (audit log).", no_args_is_help=True)


@app.command("verify")
def verify(
    chain: Optional[str] = typer.Option(None, help="Only this chain, e.g. session:12."),
    url: Optional[str] = typer.Option(None, help="SQLAlchemy URL; default from settings."),
    show_heads: bool = typer.Option(False, "--heads", help="Print each chain's head (seq and hash) to keep elsewhere."),
) -> None:
    """校验审计哈希链 (verify the audit hash chains). Exit 0 intact, 1 tampered, 2 unreadable."""
    from copilot.store import audit
    from copilot.store.db import Store

    store = Store(url or get_settings().resolved_database_url)
    try:
        with store.reader() as db:
            report = audit.verify(db, chain)
    except SQLAlchemyError as exc:
        typer.echo(f"无法读取审计日志（数据库未初始化？先运行 copilot db upgrade）/ cannot read the audit log: {exc.__class__.__name__}", err=True)
        raise typer.Exit(2)
    finally:
        store.dispose()
    if show_heads:
        for cid, (seq, digest) in sorted(report.heads.items()):
            typer.echo(f"{cid}\t{seq}\t{digest}")
    if report.ok:
        typer.echo(f"审计链完整 / audit chains intact: {report.chains} chains, {report.entries} entries")
        return
    for problem in report.problems:
        typer.echo(f"{problem.message_zh} / {problem.message_en}", err=True)
    raise typer.Exit(1)
