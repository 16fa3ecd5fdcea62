import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from copilot.store import open_store
from copilot.store.migrate import current_revision, head_revision
from copilot.store.models import Base


def test_upgrade_creates_every_table_and_is_idempotent(store):
    assert set(inspect(store.engine).get_table_names()) >= {"cases", "sessions", "turns", "audit_chains", "audit_entries"}
    assert current_revision(store.engine) == head_revision()
    store.upgrade()  # a second start changes nothing
    assert current_revision(store.engine) == head_revision()


def test_models_match_the_migrations(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diffs == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_default_url_is_a_sqlite_file_under_data_dir(tmp_path):
    from copilot.settings import Settings

    settings = Settings(data_dir=tmp_path / "var")
    store = open_store(settings)
    store.dispose()
    assert (tmp_path / "var" / "copilot.db").exists()
    con = sqlite3.connect(tmp_path / "var" / "copilot.db")
    assert con.execute("select version_num from alembic_version").fetchone() == (head_revision(),)
