"""Train the guards' learned second opinion (guardrails/learned.py) and write its weights.

    python -m evals.redteam.train_classifier            # train on train+dev, write guardrails/data/learned_model.json
    python -m evals.redteam.train_classifier --dry-run  # only print the cross-validated numbers
    python -m evals.redteam.train_classifier --exclude ids.txt  # keep a new batch unseen (measure it cold)

One logistic regression per category over character 1–3-grams (sublinear tf-idf). Positives: the
category's violating drafts; negatives: clean drafts of every category (for injection: the
employee inputs, clean and violating, and clean drafts). The threshold of each category is the
score that keeps the cross-validated false-positive rate on the negatives at ``--fp`` (default
0.4 %, and never below ``--min-threshold`` 0.5; about 1 % of clean drafts flagged by any category in cross-validation);
for legality also at 1 % of its own clean drafts (``OWN_CLEAN_FP``).
Sentences that recur verbatim in several training drafts (an author's stock opening or closing)
are left out of the texts the model learns from: they say nothing about the label, and an
n-gram model would otherwise learn one author's habits. The heldout split is never read. Needs scikit-learn (the dev extra); the product does not.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from collections import Counter

from guardrails.learned import MODEL_FILE, char_ngrams
from guardrails.text import sentences

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
CATEGORIES = ("authority", "coercion", "privacy", "injection", "legality")
# Legality's clean drafts are its hard negatives (lawful explanations of the same topics) and a
# minority of all negatives: its threshold also keeps the cross-validated FP on them at 1 %.
OWN_CLEAN_FP = {"legality": 0.01}
TRAIN_SPLITS = ("train", "dev")


def _rows() -> list[dict]:
    rows = [json.loads(line) for line in (HERE / "drafts.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] in TRAIN_SPLITS]


BOILERPLATE_MIN_DRAFTS = 4


def _sentences(text: str) -> list[str]:
    s = sentences(text)
    return [text[a:b] for a, b in zip(s.starts, s.ends)]


def strip_boilerplate(rows: list[dict], min_drafts: int = BOILERPLATE_MIN_DRAFTS) -> list[dict]:
    """The rows with every sentence that occurs in ``min_drafts`` or more drafts removed from
    their text (a text made only of such sentences is kept whole)."""
    counts = Counter(k for r in rows for k in {t.strip() for t in _sentences(r["text"]) if len(t.strip()) >= 8})
    common = {k for k, n in counts.items() if n >= min_drafts}
    out = []
    for r in rows:
        kept = "".join(t for t in _sentences(r["text"]) if t.strip() not in common).strip()
        out.append({**r, "text": kept or r["text"]})
    return out


def _dataset(rows: list[dict], category: str) -> tuple[list[str], list[int]]:
    texts, ys = [], []
    for r in rows:
        is_input = r.get("subject") == "input"
        if category == "injection":
            if is_input or r["label"] == "clean":
                texts.append(r["text"])
                ys.append(int(is_input and r["label"] == "violation"))
            continue
        if is_input:
            continue
        if r["category"] == category or r["label"] == "clean":
            texts.append(r["text"])
            ys.append(int(r["category"] == category and r["label"] == "violation"))
    return texts, ys


def export(vec, weights, intercepts: list[float], thresholds: dict[str, float]) -> dict:
    """The JSON form guardrails.learned.from_raw reads: per n-gram [idf, weight per label]. Every
    feature is kept: dropping one would change the l2 norm the scorer computes."""
    features = {gram: [round(float(vec.idf_[j]), 6)] + [round(float(w[j]), 6) for w in weights]
                for j, gram in enumerate(vec.get_feature_names_out())}
    return {"version": "1", "trained_on": list(TRAIN_SPLITS), "ngram": [1, 3], "labels": list(thresholds),
            "thresholds": thresholds, "intercepts": [round(v, 6) for v in intercepts], "features": features}


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fp", type=float, default=0.004, help="cross-validated false-positive rate per category")
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--min-threshold", type=float, default=0.5,
                        help="a verdict needs at least this probability, however few negatives score high")
    parser.add_argument("--boilerplate-min", type=int, default=BOILERPLATE_MIN_DRAFTS,
                        help="drop sentences found in this many drafts or more (0: keep all)")
    parser.add_argument("--exclude", type=Path, default=None,
                        help="a file of draft ids (whitespace-separated) to leave out of training")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    rows = _rows()
    if args.exclude is not None:  # a batch kept unseen, to be measured cold after training
        held_back = set(args.exclude.read_text(encoding="utf-8").split())
        rows = [r for r in rows if r["id"] not in held_back]
    rows = strip_boilerplate(rows, args.boilerplate_min) if args.boilerplate_min else rows
    vec = TfidfVectorizer(analyzer=char_ngrams, min_df=args.min_df, sublinear_tf=True)
    vec.fit([r["text"] for r in rows])
    vocab = vec.get_feature_names_out()
    weights, intercepts, thresholds = [], [], {}
    clean_drafts = {r["text"] for r in rows if r["label"] == "clean" and r.get("subject") != "input"}
    flagged_clean: set[str] = set()
    clean_category = {r["text"]: r["category"] for r in rows if r["label"] == "clean"}
    for category in CATEGORIES:
        texts, ys = _dataset(rows, category)
        x = vec.transform(texts)
        clf = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced")
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        p = cross_val_predict(clf, x, ys, cv=folds, method="predict_proba")[:, 1]
        neg = sorted(pi for pi, y in zip(p, ys) if y == 0)
        threshold = max(args.min_threshold, neg[min(len(neg) - 1, int(len(neg) * (1 - args.fp)))] + 1e-6)
        if category in OWN_CLEAN_FP:  # also at most this share of the category's own clean drafts
            own = sorted(pi for pi, y, t in zip(p, ys, texts) if y == 0 and clean_category.get(t) == category)
            if own:
                threshold = max(threshold, own[min(len(own) - 1, int(len(own) * (1 - OWN_CLEAN_FP[category])))] + 1e-6)
        caught = sum(1 for pi, y in zip(p, ys) if y == 1 and pi >= threshold)
        positives = sum(ys)
        fps = sum(1 for pi in neg if pi >= threshold)
        flagged_clean |= {t for t, pi, y in zip(texts, p, ys) if y == 0 and pi >= threshold and t in clean_drafts}
        print(f"{category:10s} positives {positives:4d} negatives {len(neg):4d}  threshold {threshold:.3f}  "
              f"cv catch {caught / positives:.1%}  cv FP {fps / len(neg):.1%}")
        clf.fit(x, ys)
        weights.append(clf.coef_[0])
        intercepts.append(float(clf.intercept_[0]))
        thresholds[category] = round(float(threshold), 6)
    print(f"clean drafts flagged by any category (cv): {len(flagged_clean)}/{len(clean_drafts)} "
          f"= {len(flagged_clean) / len(clean_drafts):.1%}")
    if args.dry_run:
        return 0
    out = export(vec, weights, intercepts, thresholds)
    MODEL_FILE.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({len(out['features'])} features, {MODEL_FILE.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
