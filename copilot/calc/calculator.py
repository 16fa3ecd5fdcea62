"""``calculate(case)``: every statutory item of one case, the case-level flags (protected employees,
union notice, renewal risks), the demand assessments, and the total the statute gives."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, Field

from copilot.calc.case import ART40_GROUNDS, UNILATERAL_GROUNDS, CaseInput, GROUND_LABELS_ZH, Ground
from copilot.calc.demand import DemandAssessment, assess_demand
from copilot.calc.leave import annual_leave_pay
from copilot.calc.noncompete import non_compete
from copilot.calc.notice import notice_pay
from copilot.calc.results import Flag, ItemResult, Reading, fmt, money
from copilot.calc.service import service_length
from copilot.calc.severance import illegal_termination, severance
from copilot.calc.tax import severance_tax
from copilot.calc.wages import average_wage
from copilot.errors import InputError
from copilot.rules import RuleNotInForce

ZERO = Decimal("0")

PROTECTED_LABELS = {
    "medical_period": "患病或者非因工负伤，在规定的医疗期内",
    "pregnancy": "孕期", "maternity": "产期", "nursing": "哺乳期",
    "occupational_disease": "从事接触职业病危害作业未进行离岗前职业健康检查，或者疑似职业病病人在诊断或者医学观察期间",
    "work_injury": "在本单位患职业病或者因工负伤并被确认丧失或者部分丧失劳动能力",
    "long_service_near_retirement": "在本单位连续工作满十五年，且距法定退休年龄不足五年",
}


class CaseResult(BaseModel):
    employee_name: str | None = None
    ground: Ground
    ground_label_zh: str
    service_zh: str
    items: list[ItemResult]
    statutory_total: Decimal = Field(description="What the statute gives: severance or 2N, notice pay, unused leave pay.")
    statutory_months: Decimal | None = Field(description="N (or 2N) in months of the monthly base.")
    monthly_base: Decimal | None
    flags: list[Flag] = Field(default_factory=list)
    demands: list[DemandAssessment] = Field(default_factory=list)
    blocked: bool = Field(description="A blocking flag forbids proceeding on this ground (e.g. 第四十二条).")
    readings: list[Reading] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)

    def item(self, key: str) -> ItemResult | None:
        return next((i for i in self.items if i.key == key), None)


def calculate(case: CaseInput) -> CaseResult:
    try:
        return _calculate(case)
    except RuleNotInForce as exc:
        raise InputError("termination_date", f"{exc.on.isoformat()} 没有在施行的相关规定（{exc.name}），无法计算",
                         code="rule_not_in_force") from None


def _calculate(case: CaseInput) -> CaseResult:
    wage = average_wage(case)
    items: list[ItemResult] = []
    flags: list[Flag] = []
    sl = service_length(case.hire_date, case.termination_date)

    if case.ground == Ground.illegal_termination:
        main = illegal_termination(case, wage)
        items.append(main)
        n_amount = Decimal(main.details["N"])
        n_months = main.months / 2
        base = main.monthly_base
        severance_label = "法定赔偿金（2N）"
    else:
        sev = severance(case, wage)
        main = sev.item
        items.append(main)
        base = sev.base.capped if sev.base else None
        severance_label = "法定经济补偿"
        needs_exposure = (
            (case.protected_status and case.ground in ART40_GROUNDS | {Ground.layoff})
            or (case.union_notified is False and case.ground in UNILATERAL_GROUNDS)
            or case.ground == Ground.expiry
            or main.amount == ZERO
        )
        exposure = illegal_termination(case, wage) if needs_exposure or case.demands else None
        if main.amount > ZERO:
            n_amount, n_months = main.amount, main.months
        else:  # grounds that pay nothing: demands in "N" terms refer to the N counted from hire
            assert exposure is not None
            n_amount, n_months = Decimal(exposure.details["N"]), exposure.months / 2
            base = exposure.monthly_base
        flags += _case_flags(case, sl, exposure.amount if exposure else None)
        if case.ground in ART40_GROUNDS and case.notice_given_30_days is False:
            items.append(notice_pay(case))
        if case.ground == Ground.art40_medical and case.hire_date < dt.date(2008, 1, 1):
            flags.append(Flag(code="medical_subsidy_not_modelled", severity="info",
                              message_zh="2008年以前入职、医疗期满解除的，481号第六条另有不低于六个月工资的医疗补助费，本计算未包含",
                              articles=["经济补偿办法#6"]))
    if case.annual_leave is not None:
        items.append(annual_leave_pay(case))
    if case.non_compete is not None:
        nc = non_compete(case, wage)
        items.append(nc)
        flags += nc.flags
    payable = [i for i in items if i.key in ("severance", "illegal_termination", "notice_pay", "annual_leave")]
    statutory_total = money(sum((i.amount for i in payable), ZERO))

    if case.tax != "skip" and case.termination_date < dt.date(2019, 1, 1):
        flags.append(Flag(code="tax_old_method_not_modelled", severity="info",
                          message_zh="2019年以前支付的一次性补偿收入适用旧的计税办法（按工作年限分摊），本计算未包含",
                          articles=["个税优惠衔接通知#5"]))
    elif case.tax != "skip":
        lump_items = [i for i in items if i.key in ("severance", "illegal_termination", "notice_pay")]
        lump = money(sum((i.amount for i in lump_items), ZERO))
        if lump > 0:
            tax = severance_tax(case, lump, " + ".join(f"{i.label_zh} {fmt(i.amount)}" for i in lump_items),
                                has_2n=case.ground == Ground.illegal_termination)
            if tax is not None:
                items.append(tax)
            else:
                flags.append(Flag(code="tax_not_computed", severity="info",
                                  message_zh="未估算个税：缺少当地上年职工年平均工资（可在 region.tax_annual_average_wage 填写）",
                                  articles=["个税优惠衔接通知#5"]))

    for item in items:
        flags += [f for f in item.flags if f not in flags]
    demands: list[DemandAssessment] = []
    for d in case.demands:
        demands.append(assess_demand(case, d, base=base or wage.average, n_months=n_months, n_amount=n_amount,
                                     statutory_severance=main.amount, statutory_total=statutory_total,
                                     severance_label=severance_label))
    readings: list[Reading] = []
    for item in items:
        for r in item.readings:
            if r.point not in {x.point for x in readings}:
                readings.append(r)
    articles = list(dict.fromkeys(a for i in items for a in i.articles))
    return CaseResult(
        employee_name=case.employee.name, ground=case.ground, ground_label_zh=GROUND_LABELS_ZH[case.ground],
        service_zh=sl.text_zh(), items=items, statutory_total=statutory_total,
        statutory_months=main.months, monthly_base=money(base) if base is not None else None, flags=flags,
        demands=demands, blocked=any(f.severity == "blocking" for f in flags), readings=readings, articles=articles)


def _case_flags(case: CaseInput, sl, exposure: Decimal | None) -> list[Flag]:
    flags: list[Flag] = []
    if case.protected_status and case.ground in ART40_GROUNDS | {Ground.layoff}:
        what = "、".join(PROTECTED_LABELS[p] for p in case.protected_status)
        flags.append(Flag(code="protected_employee", severity="blocking",
                          message_zh=f"不得依第四十条、第四十一条解除：劳动者处于{what}（第四十二条）。强行解除属违法解除，风险为2N赔偿金 {fmt(exposure)} 元",
                          articles=["劳动合同法#42", "劳动合同法#87"], exposure=exposure))
    if case.ground in UNILATERAL_GROUNDS:
        if case.union_notified is False:
            flags.append(Flag(code="union_not_notified", severity="warning",
                              message_zh=f"单方解除未事先将理由通知工会（第四十三条），通常被认定为违法解除，风险为2N赔偿金 {fmt(exposure)} 元；起诉前补正可降低风险",
                              articles=["劳动合同法#43", "劳动合同法#87"], exposure=exposure))
        elif case.union_notified is None:
            flags.append(Flag(code="union_notice_unknown", severity="info",
                              message_zh="请确认单方解除前已将理由通知工会（第四十三条）", articles=["劳动合同法#43"]))
    if case.ground == Ground.expiry:
        if case.consecutive_fixed_terms >= 2:
            flags.append(Flag(code="second_fixed_term_expiry", severity="warning",
                              message_zh=f"已连续订立{case.consecutive_fixed_terms}次固定期限合同，劳动者提出续订时应订立无固定期限合同（第十四条），到期终止可能被认定违法，风险为2N {fmt(exposure)} 元",
                              articles=["劳动合同法#14", "劳动合同法#87"], exposure=exposure))
        if sl.years >= 10:
            flags.append(Flag(code="ten_years_expiry", severity="warning",
                              message_zh=f"连续工作满十年（第十四条第二款第一项）：劳动者提出或同意续订的，应订立无固定期限合同；到期终止可能被认定违法，风险为2N {fmt(exposure)} 元。请确认员工是否要求续订",
                              articles=["劳动合同法#14", "劳动合同法#87"], exposure=exposure))
    if case.ground == Ground.mutual_agreement and case.proposed_by == "employee":
        flags.append(Flag(code="employee_proposed_no_statutory_compensation", severity="info",
                          message_zh="员工提出的协商解除没有法定经济补偿；不要把N或N+1说成法定应付，任何付款都是协商所得",
                          articles=["劳动合同法#36", "劳动合同法#46"]))
    return flags
