"""``copilot db``: create or upgrade the sessions/audit database."""

from __future__ import annotations

from typing import Optional

import typer

from copilot.settings import get_settings

app = typer.Typer(help="数据库迁移 (database schema migrations).", no_args_is_help=True)


def _url(url: Optional[str]) -> str:
    return url or get_settings().resolved_database_url


@app.command("upgrade")
def upgrade(url: Optional[str] = typer.Option(None, help="SQLAlchemy URL; default: COPILOT_DATABASE_URL or the SQLite file under data_dir.")) -> None:
    """把数据库升级到最新结构 (apply all migrations)."""
    from copilot.store.db import open_store
    from copilot.store.migrate import current_revision

    store = open_store(url=_url(url))
    typer.echo(f"数据库已是最新结构 / database at revision {current_revision(store.engine)}: {store.engine.url.render_as_string(hide_password=True)}")
    store.dispose()


@app.command("current")
def current(url: Optional[str] = typer.Option(None, help="SQLAlchemy URL.")) -> None:
    """显示数据库当前版本 (show the applied revision)."""
    from copilot.store.db import Store
    from copilot.store.migrate import current_revision, head_revision

    store = Store(_url(url))
    rev = current_revision(store.engine)
    typer.echo(f"current={rev or '-'} head={head_revision()}")
    store.dispose()
    raise typer.Exit(0 if rev == head_revision() else 1)
