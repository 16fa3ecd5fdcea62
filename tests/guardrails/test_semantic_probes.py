"""The semantic probe suite (fixtures/semantic): drafts written from what each category means
(threat of consequences, commitments above approval, waivers, role assignment …), not from the
red-team drafts. It guards the v2 semantic rules against regressions; it is tuning data, so it
says nothing about unseen drafts (evals/redteam heldout does)."""

from guardrails.redteam import load_suite, run_suite

from .conftest import FIXTURES


def test_semantic_probes_are_caught_and_lawful_wording_passes():
    report = run_suite(load_suite(FIXTURES / "semantic"))
    for cat in ("coercion", "authority", "legality", "injection"):
        b = report.bucket(cat, "probe")
        assert b.catch_rate >= 0.85, (cat, b.missed_ids)
    overall = report.bucket("全部", "probe")
    # two known misses of other guards: an uncited article and a restated employee demand
    assert overall.false_positives <= 2, overall.false_positive_ids
