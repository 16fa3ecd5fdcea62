"""From an employee's record (knowledge.records) plus what HR states to a calculator case
(``CaseInput``) and the persona signals. What the record cannot say (which 第40条 item, whether
30 days' notice was given, the renewal offer) comes from HR; when missing, the calculator's
InputError turns into a question back to HR."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from knowledge.records import Employee

from copilot.calc.case import CaseInput, Policy
from copilot.calc.service import service_length
from copilot.calc.validation import parse_case
from copilot.errors import InputError
from copilot.persona import PersonaSignals
from copilot.rules import find_minimum_wage

GROUNDS = {
    "协商解除": "mutual_agreement", "劳动者辞职": "resignation", "被迫解除": "employer_fault_resignation",
    "过失性辞退": "employee_fault", "经济性裁员": "layoff", "合同期满终止": "expiry",
}
PROTECTED = {"孕期": "pregnancy", "产期": "maternity", "哺乳期": "nursing", "医疗期": "medical_period",
             "职业病": "work_injury", "工伤": "work_injury", "疑似职业病": "occupational_disease"}
_DISPUTE_WORDS = re.compile(r"投诉|仲裁|劳动监察|起诉|律师|录音|举报")


@lru_cache(maxsize=1)
def company_policy() -> Policy:
    raw = yaml.safe_load(resources.files("copilot").joinpath("data/company_policy.yaml").read_text("utf-8"))
    return Policy(**raw)


def case_from_record(employee: Employee, overrides: dict[str, Any] | None = None) -> CaseInput:
    """``overrides``: any CaseInput field HR states (ground, notice_given_30_days, region, demands …)."""
    o = dict(overrides or {})
    sep = employee.separation
    data: dict[str, Any] = {
        "employee": {"id": employee.employee_id, "name": employee.name},
        "hire_date": employee.hire_date.isoformat(),
        "wages": {"monthly": [{"month": w.month, "amount": str(w.total), "overtime": str(w.overtime_pay)}
                              for w in employee.wages]},
        "region": {"city": employee.city},
        "policy": company_policy().model_dump(mode="json"),
    }
    if sep is not None:
        data["termination_date"] = sep.proposed_last_day.isoformat()
        if sep.ground == "无过失性辞退" and "ground" not in o:
            raise InputError("ground", "档案记载为无过失性辞退：请说明是第四十条第几项（医疗期满 / 不能胜任 / 客观情况重大变化）",
                             code="ground_item_missing")
        if sep.ground in GROUNDS:
            data["ground"] = GROUNDS[sep.ground]
        if sep.proposed_by:
            data["proposed_by"] = "employer" if sep.proposed_by == "公司" else "employee"
    elif "termination_date" not in o:
        raise InputError("termination_date", f"{employee.name}的档案中没有离职安排：请说明最后工作日", code="termination_date_missing")
    if employee.non_compete.bound and employee.non_compete.months:
        category = "confidential" if employee.confidentiality else "other"
        if re.search(r"总监|经理|总经理|副总", employee.position):
            category = "senior_management"
        elif re.search(r"高级|资深|专家|主任工程师|首席", employee.position + employee.level):
            category = "senior_technical"
        data["non_compete"] = {"months": employee.non_compete.months, "category": category,
                               "agreed_monthly": str(employee.non_compete.monthly_pay) if employee.non_compete.monthly_pay is not None else None}
    merged = {**data, **o}
    if "region" in o:
        merged["region"] = {**data["region"], **o["region"]}
    term = merged.get("termination_date")
    if term:
        day = dt.date.fromisoformat(term) if isinstance(term, str) else term
        merged.setdefault("protected_status", sorted({PROTECTED[p.kind] for p in employee.protected_statuses
                                                      if p.start <= day and (p.end is None or p.end >= day)}))
    if "ground" not in merged:
        raise InputError("ground", "请说明解除或终止的依据（协商解除、第四十条、裁员、合同到期等）", code="ground_missing")
    return parse_case(merged)


def persona_signals(employee: Employee, case: CaseInput) -> PersonaSignals:
    last = case.termination_date
    last_month = f"{last.year:04d}-{last.month:02d}"
    recent = [a for a in employee.attendance if a.month <= last_month][-12:]
    wages = [w for w in employee.wages if w.month <= last_month][-12:]
    avg = sum((w.total for w in wages), Decimal(0)) / len(wages) if wages else None
    mw = find_minimum_wage(employee.city, last)
    notes = " ".join(n.text for n in employee.hr_notes)
    sat = sorted(employee.satisfaction, key=lambda s: s.survey_date)
    return PersonaSignals(
        tenure_years=Decimal(service_length(employee.hire_date, last).years),
        top_ratings=sum(1 for r in employee.ratings if r.rating == "优秀" or (r.department_top_percent or 100) <= 10),
        overtime_hours_last_year=sum((a.overtime_hours for a in recent), Decimal(0)),
        average_wage=avg, local_minimum_wage=mw.monthly if mw else None,
        culture_contributions=len(employee.culture_contributions),
        rewards=sum(1 for r in employee.rewards_penalties if r.kind == "奖励"),
        conflicts=len(employee.conflicts),
        complaints_or_disputes=len(_DISPUTE_WORDS.findall(notes)),
        low_satisfaction=bool(sat) and sat[-1].score <= 2,
    )
