"""The audit log: append-only, one hash chain per session (or per case, for approvals).

    entry.hash = sha256(prev_hash + canonical_json({seq, chain, ts, actor, kind, payload}))

The first entry of a chain links to ``GENESIS_HASH`` (64 zeros). ``append`` runs inside the
caller's transaction, so a turn and the entries that log it commit together or not at all.
It moves the chain's head row first, which holds the write lock (PostgreSQL: the row lock)
until commit, so two writers can never fork a chain. The database refuses UPDATE and DELETE
on entries (triggers), and ``verify`` recomputes every hash and link, so an edit made around
the triggers is still found:

- hash_mismatch     an entry's content was changed (its stored hash no longer fits)
- prev_link_broken  an entry was changed and re-hashed, or replaced (the next link breaks)
- seq_gap           entries are missing in the middle of a chain
- head_mismatch     entries are missing at the end (the head row remembers the last seq/hash)

Rewriting a whole tail *and* its head row is not detectable from inside the database; keep
the head hashes (``copilot audit verify`` prints them) somewhere else to close that gap.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from copilot.errors import InputError
from copilot.store.canonical import canonical_json, to_jsonable, utc_text
from copilot.store.models import GENESIS_HASH, AuditChain, AuditEntry

KINDS = (
    "session_start",
    "input",
    "retrieval",
    "facts",
    "assessment",
    "prompt",
    "model_output",
    "guard_verdicts",
    "repair",
    "answer",
    "approval",
    "document",
    "error",
)
_KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


def entry_hash(prev_hash: str, *, seq: int, chain_id: str, ts: datetime, actor: str, kind: str, payload: Any) -> str:
    body = canonical_json({"seq": seq, "chain": chain_id, "ts": utc_text(ts), "actor": actor, "kind": kind, "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    db: Session,
    *,
    chain_id: str,
    actor: str,
    kind: str,
    payload: Any,
    ts: datetime | None = None,
) -> AuditEntry:
    """Add one entry at the head of ``chain_id`` (created on first use). Flushes; the caller commits.

    ``kind`` is one of ``KINDS`` or another short snake_case word; ``payload`` is any
    JSON-able value (Decimal, datetimes and pydantic models included)."""
    if not _KIND_RE.match(kind):
        raise InputError("kind", f"审计类型须为小写英文单词（如 {', '.join(KINDS[:4])}），收到 {kind!r}", code="invalid_audit_kind")
    if not actor:
        raise InputError("actor", "审计记录必须注明操作者", code="invalid_audit_actor")
    ts = (ts or datetime.now(timezone.utc)).astimezone(timezone.utc)
    payload = to_jsonable(payload)  # what is stored is exactly what is hashed

    moved = db.execute(
        update(AuditChain)
        .where(AuditChain.chain_id == chain_id)
        .values(head_seq=AuditChain.head_seq + 1)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount == 0:
        db.add(AuditChain(chain_id=chain_id, head_seq=1, head_hash=GENESIS_HASH, updated_at=ts))
        db.flush()
        seq, prev = 1, GENESIS_HASH
    else:
        seq, prev = db.execute(select(AuditChain.head_seq, AuditChain.head_hash).where(AuditChain.chain_id == chain_id)).one()

    digest = entry_hash(prev, seq=seq, chain_id=chain_id, ts=ts, actor=actor, kind=kind, payload=payload)
    entry = AuditEntry(chain_id=chain_id, seq=seq, ts=ts, actor=actor, kind=kind, payload=payload, prev_hash=prev, hash=digest)
    db.add(entry)
    db.execute(
        update(AuditChain)
        .where(AuditChain.chain_id == chain_id)
        .values(head_hash=digest, updated_at=ts)
        .execution_options(synchronize_session=False)
    )
    db.flush()
    return entry


def entries(db: Session, chain_id: str) -> list[AuditEntry]:
    return list(db.scalars(select(AuditEntry).where(AuditEntry.chain_id == chain_id).order_by(AuditEntry.seq)))


ProblemKind = Literal["hash_mismatch", "prev_link_broken", "seq_gap", "head_mismatch"]


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    chain_id: str
    seq: int
    entry_id: int | None = None
    expected_seq: int | None = None

    @property
    def message_zh(self) -> str:
        c, s = self.chain_id, self.seq
        if self.kind == "hash_mismatch":
            return f"审计记录被篡改：链 {c} 第 {s} 条（id {self.entry_id}）的内容与其哈希不符"
        if self.kind == "prev_link_broken":
            return f"审计链断裂：链 {c} 第 {s} 条（id {self.entry_id}）的前序哈希与第 {s - 1} 条不符（前一条被修改后重算哈希或被替换）"
        if self.kind == "seq_gap":
            return f"审计记录缺失：链 {c} 缺少第 {self.expected_seq} 至第 {s - 1} 条"
        return f"审计链尾部缺失或链头被改：链 {c} 的链头记为第 {self.expected_seq} 条，实际最后一条为第 {s} 条"

    @property
    def message_en(self) -> str:
        c, s = self.chain_id, self.seq
        if self.kind == "hash_mismatch":
            return f"altered entry: chain {c} seq {s} (id {self.entry_id}) does not match its hash"
        if self.kind == "prev_link_broken":
            return f"broken link: chain {c} seq {s} (id {self.entry_id}) does not link to seq {s - 1} (re-hashed or replaced)"
        if self.kind == "seq_gap":
            return f"missing entries: chain {c} lacks seq {self.expected_seq}..{s - 1}"
        return f"missing tail or edited head: chain {c} head says seq {self.expected_seq}, last entry is seq {s}"


@dataclass
class VerifyReport:
    chains: int = 0
    entries: int = 0
    problems: list[Problem] = field(default_factory=list)
    heads: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def verify(db: Session, chain_id: str | None = None) -> VerifyReport:
    """Recompute every hash and link (of one chain, or all); report the first problem per chain."""
    report = VerifyReport()
    heads_q = select(AuditChain)
    if chain_id is not None:
        heads_q = heads_q.where(AuditChain.chain_id == chain_id)
    heads = {h.chain_id: (h.head_seq, h.head_hash) for h in db.scalars(heads_q)}
    chain_q = select(AuditEntry.chain_id).distinct()
    if chain_id is not None:
        chain_q = chain_q.where(AuditEntry.chain_id == chain_id)
    chain_ids = sorted(set(db.scalars(chain_q)) | set(heads))

    for cid in chain_ids:
        report.chains += 1
        problem, last_seq, last_hash = _verify_chain(db, cid, report)
        head_seq, head_hash = heads.get(cid, (0, GENESIS_HASH))
        report.heads[cid] = (head_seq, head_hash)
        if problem is None and (head_seq, head_hash) != (last_seq, last_hash):
            problem = Problem("head_mismatch", cid, seq=last_seq, expected_seq=head_seq)
        if problem is not None:
            report.problems.append(problem)
    return report


def _verify_chain(db: Session, chain_id: str, report: VerifyReport) -> tuple[Problem | None, int, str]:
    expected, prev = 1, GENESIS_HASH
    rows = db.execute(
        select(AuditEntry).where(AuditEntry.chain_id == chain_id).order_by(AuditEntry.seq).execution_options(yield_per=500)
    ).scalars()
    for e in rows:
        report.entries += 1
        if e.seq != expected:
            return Problem("seq_gap", chain_id, seq=e.seq, entry_id=e.id, expected_seq=expected), expected - 1, prev
        if e.prev_hash != prev:
            return Problem("prev_link_broken", chain_id, seq=e.seq, entry_id=e.id), e.seq, e.hash
        recomputed = entry_hash(e.prev_hash, seq=e.seq, chain_id=e.chain_id, ts=e.ts, actor=e.actor, kind=e.kind, payload=e.payload)
        if recomputed != e.hash:
            return Problem("hash_mismatch", chain_id, seq=e.seq, entry_id=e.id), e.seq, e.hash
        expected, prev = e.seq + 1, e.hash
    return None, expected - 1, prev
