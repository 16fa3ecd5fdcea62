"""cases, sessions, turns, audit log (append-only)

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)

SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
       BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END""",
    """CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
       BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END""",
    """CREATE TRIGGER audit_chains_no_delete BEFORE DELETE ON audit_chains
       BEGIN SELECT RAISE(ABORT, 'audit_chains rows are never deleted'); END""",
]

POSTGRES_TRIGGERS = [
    """CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$""",
    """CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
       FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
    """CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
       FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()""",
    """CREATE TRIGGER audit_chains_no_delete BEFORE DELETE ON audit_chains
       FOR EACH ROW EXECUTE FUNCTION audit_append_only()""",
]


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("employee_id", sa.String(64), nullable=False),
        sa.Column("ground", sa.String(64), nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("separation_date", sa.Date(), nullable=True),
        sa.Column("wages", sa.JSON(), nullable=False),
        sa.Column("demands", sa.JSON(), nullable=False),
        sa.Column("policy", sa.String(128), nullable=False),
        sa.Column("approval_state", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_cases_employee_id", "cases", ["employee_id"])

    op.create_table(
        "sessions",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("case_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("user_id", sa.String(128), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.CheckConstraint("channel IN ('panel', 'wecom', 'eval', 'cli')", name="ck_sessions_channel"),
    )
    op.create_index("ix_sessions_case_id", "sessions", ["case_id"])

    op.create_table(
        "turns",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("session_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.ForeignKey("sessions.id"), nullable=False),
        sa.Column("turn_index", sa.Integer(), nullable=False),
        sa.Column("hr_message", sa.Text(), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("path", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("session_id", "turn_index", name="uq_turns_session_index"),
    )
    op.create_index("ix_turns_session_id", "turns", ["session_id"])

    op.create_table(
        "audit_chains",
        sa.Column("chain_id", sa.String(128), primary_key=True),
        sa.Column("head_seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )

    op.create_table(
        "audit_entries",
        sa.Column("id", BigId, primary_key=True),
        sa.Column("chain_id", sa.String(128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("ts", TS, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("chain_id", "seq", name="uq_audit_chain_seq"),
    )
    op.create_index("ix_audit_entries_chain_id", "audit_entries", ["chain_id"])
    op.create_index("ix_audit_entries_kind", "audit_entries", ["kind"])

    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRES_TRIGGERS}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_chains_no_delete ON audit_chains")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS audit_append_only()")
    for table in ("audit_entries", "audit_chains", "turns", "sessions", "cases"):
        op.drop_table(table)
