"""What the employee asks for, against the statute and the company's policy: by how much it
exceeds (amount and months), whether policy allows it, which approval it needs, and the risk."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, Field

from copilot.calc.case import ART40_GROUNDS, CaseInput, Demand, Ground
from copilot.calc.results import Step, fmt, money

ZERO = Decimal("0")


class DemandAssessment(BaseModel):
    demand: Demand
    demanded_amount: Decimal
    demanded_months: Decimal | None
    compared_with: str = Field(description="法定经济补偿 | 法定合计")
    statutory_amount: Decimal
    statutory_months: Decimal | None
    excess_amount: Decimal
    excess_months: Decimal | None
    within_statute: bool
    within_policy: bool
    approval_needed: str | None = Field(description="Who must approve the excess (None: nothing to approve).")
    approval_chain: list[str] = Field(default_factory=list)
    risk_notes: list[str] = Field(default_factory=list)
    derivation: list[Step] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)


def _months_text(m: Decimal) -> str:
    return f"{fmt(m)}个月"


def assess_demand(case: CaseInput, demand: Demand, *, base: Decimal, n_months: Decimal, n_amount: Decimal,
                  statutory_severance: Decimal, statutory_total: Decimal, severance_label: str) -> DemandAssessment:
    """``base``: the monthly wage a month of demand is worth (the severance base); ``n_months`` /
    ``n_amount``: N for this case (hypothetical N from hire when the ground pays none)."""
    steps: list[Step] = []
    notes: list[str] = []
    articles: list[str] = ["劳动合同法#47"]
    value = demand.value.strip().upper().replace(" ", "").replace(",", "")
    months: Decimal | None
    if demand.kind == "months":
        months = Decimal(value)
        amount = money(months * base)
        steps.append(Step(step="诉求金额", formula=f"{_months_text(months)} × {fmt(money(base))}", inputs={}, result=fmt(amount)))
    elif demand.kind == "amount":
        amount = money(Decimal(value))
        months = (amount / base).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if base > 0 else None
        steps.append(Step(step="诉求金额", formula="员工直接提出的金额", inputs={}, result=fmt(amount)))
    else:
        m = re.fullmatch(r"(\d+(?:\.\d+)?)?N(?:\+(\d+(?:\.\d+)?))?", value)
        assert m  # the schema already checked the shape
        mult = Decimal(m.group(1) or "1")
        plus = Decimal(m.group(2) or "0")
        amount = money(mult * n_amount + plus * base)
        months = mult * n_months + plus
        steps.append(Step(step="诉求金额", formula=f"{fmt(mult)} × N（{fmt(money(n_amount))}）+ {fmt(plus)} × {fmt(money(base))}",
                          inputs={"N": _months_text(n_months)}, result=fmt(amount)))
        if plus > 0 and case.ground not in ART40_GROUNDS:
            notes.append("“+1”是第四十条未提前三十日通知时的代通知金，本案解除依据不适用，法律上没有“+1”；如同意，属于协商增加的金额")
            articles.append("劳动合同法#40")
        if mult >= 2:
            notes.append("2N是违法解除或终止的赔偿金（第八十七条），以解除违法为前提；合法解除不适用，但若程序或理由存在瑕疵，应评估2N的败诉风险")
            articles.append("劳动合同法#87")
    statutory = statutory_severance if demand.item == "severance" else statutory_total
    compared_with = severance_label if demand.item == "severance" else "法定合计"
    excess = amount - statutory
    excess_months = (excess / base).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if base > 0 else None
    steps.append(Step(step="超出法定", formula=f"{fmt(amount)} − {fmt(statutory)}（{compared_with}）", inputs={},
                      result=fmt(excess) + (f"（约{fmt(excess_months)}个月）" if excess_months is not None else "")))
    policy = case.policy
    within_statute = excess <= 0
    if within_statute:
        within_policy, approver, chain = True, None, []
        notes.append("诉求未超过法定标准，可按法定标准确认")
    else:
        within_policy = excess_months is not None and excess_months <= policy.max_extra_months
        if within_policy:
            approver, chain = policy.extra_approver, list(policy.approval_chain)
            notes.append(f"超出法定{fmt(excess)}元（{fmt(excess_months)}个月），在制度允许的最多{fmt(policy.max_extra_months)}个月以内，"
                         f"须经{policy.extra_approver}书面审批后方可承诺；审批前只能表示“会如实申请”")
        else:
            approver, chain = "超出制度上限，须特批（制度外）", list(policy.approval_chain)
            notes.append(f"超出法定{fmt(excess)}元（{fmt(excess_months) if excess_months is not None else '?'}个月），"
                         f"超过制度允许的最多{fmt(policy.max_extra_months)}个月，不能承诺；如确需，须走制度外特批，并评估先例风险")
    if case.ground == Ground.mutual_agreement and case.proposed_by == "employee":
        notes.append("本案由员工提出协商解除，法定经济补偿为0；所要求的全部金额都属于协商款项，不是法定义务")
        articles.append("劳动合同法#36")
    return DemandAssessment(
        demand=demand, demanded_amount=amount, demanded_months=months, compared_with=compared_with,
        statutory_amount=statutory, statutory_months=n_months if demand.item == "severance" and statutory_severance > 0 else None,
        excess_amount=excess, excess_months=excess_months, within_statute=within_statute, within_policy=within_policy,
        approval_needed=approver, approval_chain=chain, risk_notes=notes, derivation=steps,
        articles=list(dict.fromkeys(articles)))
