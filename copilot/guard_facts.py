"""Build the ``GuardFacts`` a draft is checked against: every number the calculators produced,
the approval state, the retrieved sources, the corpus ids, the people the draft must not name."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from guardrails.facts import ApprovalState, Figure, GuardFacts, Source

from copilot.calc.calculator import PROTECTED_LABELS, CaseResult
from copilot.calc.case import ART40_GROUNDS, CaseInput, Ground
from copilot.calc.service import service_length


def build_guard_facts(case: CaseInput, result: CaseResult, *, sources: list[Source], corpus_ids: list[str],
                      approved_extra_months: Decimal = Decimal("0"), approved_total: Decimal | None = None,
                      other_people: list[str] | None = None, untrusted_texts: list[str] | None = None,
                      extra_figures: list[Figure] | None = None) -> GuardFacts:
    figs: list[Figure] = []

    def add(label: str, amount: Decimal | None = None, months: Decimal | None = None, years: Decimal | None = None) -> None:
        figs.append(Figure(label=label, amount=amount, months=months, years=years))

    for item in result.items:
        add(item.label_zh, amount=item.amount, months=item.months)
        if item.monthly_base is not None:
            # the legality guard reads 封顶月工资基数 as "the 3x cap applied in this case"
            capped = any(step.step == "三倍封顶" for step in item.derivation)
            base_label = "封顶月工资基数" if capped else "月工资基数"
            add(f"{item.label_zh}的{base_label}", amount=item.monthly_base.quantize(Decimal("0.01")))
        for key, value in item.details.items():
            try:
                add(f"{item.label_zh}·{key}", amount=Decimal(value))
            except InvalidOperation:  # details also hold text; only numbers are figures
                continue
    add("法定合计", amount=result.statutory_total, months=result.statutory_months)
    sl = service_length(case.hire_date, case.termination_date)
    add("工作年限", years=Decimal(sl.years), months=Decimal(sl.months))
    if case.wages.average_monthly is not None:
        add("月平均工资", amount=case.wages.average_monthly)
    for d in result.demands:
        add("员工诉求", amount=d.demanded_amount, months=d.demanded_months)
        add("超出法定部分", amount=d.excess_amount, months=d.excess_months)
    add("制度允许的额外月数", months=case.policy.max_extra_months)
    for f in result.flags:
        if f.exposure is not None:
            add(f"风险敞口·{f.code}", amount=f.exposure)
    figs += extra_figures or []

    if case.ground == Ground.illegal_termination:
        multipliers = ["2N"]
    elif case.ground in ART40_GROUNDS and case.notice_given_30_days is False:
        multipliers = ["N", "N+1"]
    else:
        multipliers = ["N"]
    if any(d.demand.kind == "formula" for d in result.demands):
        multipliers += [d.demand.value for d in result.demands if d.demand.kind == "formula"]
    initiated = "employee" if case.ground in (Ground.resignation,) or (
        case.ground == Ground.mutual_agreement and case.proposed_by == "employee") else "employer"
    return GuardFacts(
        employee_id=case.employee.id or "", employee_name=case.employee.name or "",
        ground=case.ground.value if case.ground != Ground.mutual_agreement else f"mutual_{case.proposed_by}",
        initiated_by=initiated, statutory_total=result.statutory_total, statutory_months=result.statutory_months,
        figures=figs, multipliers=list(dict.fromkeys(multipliers)),
        approval=ApprovalState(policy_max_extra_months=case.policy.max_extra_months, approver=case.policy.extra_approver,
                               approved_extra_months=approved_extra_months, approved_total_amount=approved_total),
        sources=sources, corpus_ids=corpus_ids, other_people=other_people or [],
        protected=[PROTECTED_SHORT.get(p, PROTECTED_LABELS.get(p, p)) for p in case.protected_status],
        non_compete=case.non_compete is not None, untrusted_texts=untrusted_texts or [])


# the guards read the short names the statute's readers use
PROTECTED_SHORT = {"medical_period": "医疗期", "occupational_disease": "职业病", "work_injury": "工伤",
                   "long_service_near_retirement": "满十五年且距退休不足五年"}
