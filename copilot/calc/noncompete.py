"""竞业限制经济补偿 (第二十三、二十四条; 劳动争议解释（一）第三十六至四十条)."""

from __future__ import annotations

from decimal import Decimal

from copilot.calc.case import CaseInput
from copilot.calc.region_figures import minimum_wage
from copilot.calc.results import Flag, ItemResult, Reading, Step, fmt, money
from copilot.calc.wages import WageBase
from copilot.rules import param


def non_compete(case: CaseInput, wage: WageBase) -> ItemResult:
    nc = case.non_compete
    assert nc is not None
    on = case.termination_date
    ratio = Decimal(param("noncompete_ratio", on))
    max_months = int(param("noncompete_max_months", on))
    release_months = Decimal(param("noncompete_release_months", on))
    flags: list[Flag] = []
    steps = list(wage.steps)
    pct = wage.average * ratio
    mw = minimum_wage(case, allow_confirmation=False)
    steps.append(mw.step)
    reference = max(pct, mw.value)
    steps.append(Step(step="法定参考月补偿", formula=f"max(30% × {fmt(wage.average.quantize(Decimal('0.01')))} = {fmt(money(pct))}, 最低工资 {fmt(mw.value)})",
                      inputs={"ratio": fmt(ratio)}, result=fmt(money(reference)),
                      articles=["劳动争议解释一#36"]))
    # A flaw in the non-compete clause is a warning: it voids (part of) the clause, it does not forbid the
    # separation itself, so it must not block the case the way 第四十二条 does.
    if nc.category == "other":
        flags.append(Flag(code="noncompete_person_not_bindable", severity="warning",
                          message_zh="竞业限制人员限于高级管理人员、高级技术人员和其他负有保密义务的人员；该员工不属于可约束的人员",
                          articles=["劳动合同法#24"]))
    months = nc.months
    if months > max_months:
        flags.append(Flag(code="noncompete_term_over_limit", severity="warning",
                          message_zh=f"竞业限制期限约定为{months}个月，超过法定上限二年；超过部分无效，按{max_months}个月计算",
                          articles=["劳动合同法#24"]))
        months = max_months
    readings: list[Reading] = []
    if nc.agreed_monthly is None:
        monthly = reference
        steps.append(Step(step="月补偿", formula="未约定补偿，按法定参考标准（前12个月平均工资30%，不低于最低工资）",
                          inputs={}, result=fmt(money(monthly)), articles=["劳动争议解释一#36"]))
    else:
        monthly = nc.agreed_monthly
        steps.append(Step(step="月补偿", formula="按约定", inputs={"agreed_monthly": fmt(monthly)}, result=fmt(monthly),
                          articles=["劳动合同法#23", "劳动争议解释一#37"]))
        if monthly < reference:
            flags.append(Flag(code="noncompete_pay_below_reference", severity="warning",
                              message_zh=f"约定月补偿 {fmt(monthly)} 元低于法定参考标准 {fmt(money(reference))} 元；司法实践存在分歧（部分裁判补足至参考标准，部分按约定执行）",
                              articles=["劳动争议解释一#36"]))
            readings.append(Reading(point="C8.noncompete_below_30pct", value="report_and_flag", default=True,
                                    note_zh="按约定金额计算，同时列出参考标准并提示争议"))
    total = monthly * months
    steps.append(Step(step="竞业限制期内补偿合计", formula=f"{fmt(money(monthly))} × {months}", inputs={},
                      result=fmt(money(total)), articles=["劳动合同法#23"]))
    if nc.released_by_employer_during_term:
        extra = monthly * release_months
        steps.append(Step(step="用人单位在期限内解除竞业限制", formula=f"额外支付三个月补偿：{fmt(money(monthly))} × {fmt(release_months)}",
                          inputs={}, result=fmt(money(extra)), articles=["劳动争议解释一#39"]))
        flags.append(Flag(code="noncompete_release_costs_three_months", severity="info",
                          message_zh="用人单位在竞业限制期限内解除的，劳动者可要求额外支付三个月的竞业限制经济补偿",
                          articles=["劳动争议解释一#39"]))
        total += extra
    amount = money(total)
    return ItemResult(key="non_compete", label_zh="竞业限制经济补偿", amount=amount, months=Decimal(months),
                      monthly_base=money(monthly), derivation=steps, flags=flags, readings=readings,
                      articles=["劳动合同法#23", "劳动合同法#24", "劳动争议解释一#36", "劳动争议解释一#38"],
                      details={"reference_monthly": fmt(money(reference)), "monthly": fmt(money(monthly))})
