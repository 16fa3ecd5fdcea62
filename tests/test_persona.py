"""Persona inference: from records and words, with the evidence shown; HR can override."""

from decimal import Decimal as D

from copilot.persona import PersonaSignals, infer_persona


def test_litigation_words_and_complaints_make_adversarial():
    p = infer_persona(PersonaSignals(complaints_or_disputes=1), ["我已经咨询律师了，不行就申请仲裁"])
    assert p.key == "adversarial" and any("仲裁" in e for e in p.evidence)


def test_long_tenure_and_contributions_make_emotional():
    p = infer_persona(PersonaSignals(tenure_years=D(12), culture_contributions=3, rewards=2), ["这么多年了，心寒"])
    assert p.key == "emotional" and any("12年" in e for e in p.evidence)


def test_low_pay_and_money_worries_make_anxious():
    p = infer_persona(PersonaSignals(average_wage=D("3200"), local_minimum_wage=D("2540")), ["房贷还不上，什么时候到账"])
    assert p.key == "anxious"


def test_top_performer_asking_for_the_formula_is_rational():
    p = infer_persona(PersonaSignals(top_ratings=3), ["补偿是怎么算的，依据哪条？"])
    assert p.key == "rational"


def test_no_signal_defaults_to_rational_and_says_so():
    p = infer_persona(PersonaSignals(), [])
    assert p.key == "rational" and p.evidence


def test_hr_override_wins_and_is_marked():
    p = infer_persona(PersonaSignals(complaints_or_disputes=3), ["仲裁"], override="emotional")
    assert p.key == "emotional" and p.overridden and "HR 指定" in p.evidence[0]
