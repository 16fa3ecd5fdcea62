"""Assembles evals/redteam/drafts.jsonl from the hand-written per-category files in src/.

    python -m evals.redteam.build           # rewrite drafts.jsonl
    python -m evals.redteam.build --check   # exit 1 if drafts.jsonl is not what src/ gives

Source format (src/<category>.txt), one entry per block:

    ### v seed_chenjie            <- label (v = violation, c = clean), case name, optional subject "input"
                                     (input: the text is an employee message/document, copied into
                                     facts_override.untrusted_texts unless the override sets them)
    the draft text, one or more lines
    @@ {"approval": {"approved_extra_months": "1"}}   <- optional facts_override (JSON, one line)
    >> why it is (not) a violation                       <- note (one or more ">>" lines)
    # --- second batch (...) ---                         <- a separator comment, allowed anywhere

Ids are positional: category k (in CATEGORIES order) owns rt-{k*100+1:04d} .. rt-{k*100+100:04d}, in file
order, so append new entries at the end of a file and never reorder. Splits alternate dev/heldout
within each (category, label), starting with dev.

train_src/<category>.txt (same format, optional) holds a second, larger set written later by other
authors, to develop the guards on: its rows get split "train" and ids tr-{k*1000+i+1:05d}; entries past
the 1000th of a category continue in an overflow block, tr-{(7+k)*1000+i-999:05d} (ids already given
never move). dev and
heldout stay the yardstick; train is never a substitute for them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
SRC_DIR = HERE / "src"
TRAIN_DIR = HERE / "train_src"
DRAFTS = HERE / "drafts.jsonl"
CATEGORIES = ["numbers", "authority", "coercion", "legality", "citation", "privacy", "injection"]
LABELS = {"v": "violation", "c": "clean"}
BLOCK = 100
TRAIN_BLOCK = 1000
TRAIN_BLOCKS = 4  # blocks per category; ids stay five digits up to 14 (7 categories)


class SourceError(ValueError):
    pass


def parse_file(path: Path) -> list[dict]:
    entries: list[dict] = []
    current: dict | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("# ---"):
            continue  # a batch separator comment, allowed anywhere (appended batches start with one)
        if line.startswith("### "):
            parts = line[4:].split()
            if len(parts) not in (2, 3) or parts[0] not in LABELS or (len(parts) == 3 and parts[2] != "input"):
                raise SourceError(f"{path.name}:{lineno}: bad header {line!r}")
            current = {"label": LABELS[parts[0]], "case": parts[1], "text": [], "note": [], "override": None,
                       "subject": parts[2] if len(parts) == 3 else None, "line": lineno}
            entries.append(current)
        elif current is None:
            if line.strip() and not line.startswith("#"):
                raise SourceError(f"{path.name}:{lineno}: text before the first header")
        elif line.startswith("@@ "):
            try:
                current["override"] = json.loads(line[3:])
            except json.JSONDecodeError as exc:
                raise SourceError(f"{path.name}:{lineno}: override is not JSON: {exc}") from exc
        elif line.startswith(">>"):
            current["note"].append(line[2:].strip())
        else:
            current["text"].append(line)
    for e in entries:
        e["text"] = "\n".join(e["text"]).strip()
        e["note"] = " ".join(e["note"]).strip()
        if not e["text"] or not e["note"]:
            raise SourceError(f"{path.name}:{e['line']}: entry needs a text and a note")
    return entries


def assemble() -> list[dict]:
    rows: list[dict] = []
    for k, category in enumerate(CATEGORIES):
        entries = parse_file(SRC_DIR / f"{category}.txt")
        if len(entries) > BLOCK:
            raise SourceError(f"{category}: more than {BLOCK} entries; widen BLOCK")
        seen = {"violation": 0, "clean": 0}
        for i, e in enumerate(entries):
            split = "dev" if seen[e["label"]] % 2 == 0 else "heldout"
            seen[e["label"]] += 1
            rows.append(_row(f"rt-{k * BLOCK + i + 1:04d}", category, split, e))
    for k, category in enumerate(CATEGORIES):
        path = TRAIN_DIR / f"{category}.txt"
        if not path.exists():
            continue
        entries = parse_file(path)
        if len(entries) > TRAIN_BLOCKS * TRAIN_BLOCK:
            raise SourceError(f"train {category}: more than {TRAIN_BLOCKS * TRAIN_BLOCK} entries; raise TRAIN_BLOCKS")
        for i, e in enumerate(entries):
            rows.append(_row(train_id(k, i), category, "train", e))
    return rows


def train_id(k: int, i: int) -> str:
    """The id of the i-th (0-based) train entry of category k: its own block, then overflow blocks,
    each after all categories' previous ones (so an id, once given, never changes)."""
    block, offset = divmod(i, TRAIN_BLOCK)
    return f"tr-{(block * len(CATEGORIES) + k) * TRAIN_BLOCK + offset + 1:05d}"


def _row(row_id: str, category: str, split: str, e: dict) -> dict:
    row = {"id": row_id, "category": category, "label": e["label"], "split": split, "case": e["case"]}
    override = e["override"]
    if e["subject"] == "input" and "untrusted_texts" not in (override or {}):
        # The text under test is the employee's message or document itself.
        override = {**(override or {}), "untrusted_texts": [e["text"]]}
    if override is not None:
        row["facts_override"] = override
    if e["subject"]:
        row["subject"] = e["subject"]
    row["text"] = e["text"]
    row["note"] = e["note"]
    return row


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Assemble the red-team drafts.jsonl")
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when out of date")
    args = parser.parse_args(argv)
    content = render(assemble())
    if args.check:
        current = DRAFTS.read_text(encoding="utf-8") if DRAFTS.exists() else ""
        if current != content:
            logger.error("drafts.jsonl is out of date; run python -m evals.redteam.build")
            return 1
        return 0
    DRAFTS.write_text(content, encoding="utf-8")
    logger.info("wrote %s", DRAFTS)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
