"""经济补偿 (第四十六、四十七条, 条例第二十七条, 第九十七条 + 481号) and the 2N 赔偿金
(第四十八、八十七条, 条例第二十五条)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel

from copilot.calc.case import CaseInput, Ground
from copilot.calc.region_figures import cap_base_average, minimum_wage
from copilot.calc.service import art47_months, old_rule_years, service_length
from copilot.calc.results import ItemResult, Reading, Step, fmt, money
from copilot.calc.wages import WageBase
from copilot.rules import param

ZERO = Decimal("0")
NEW_LAW = dt.date(2008, 1, 1)

# 第四十六条: which item of the article makes a ground pay compensation.
ART46_ITEM: dict[Ground, str] = {
    Ground.employer_fault_resignation: "第一项（劳动者依第三十八条解除）",
    Ground.mutual_agreement: "第二项（用人单位提出、协商一致解除）",
    Ground.art40_medical: "第三项（依第四十条解除）",
    Ground.art40_incompetent: "第三项（依第四十条解除）",
    Ground.art40_objective_change: "第三项（依第四十条解除）",
    Ground.layoff: "第四项（依第四十一条第一款裁员）",
    Ground.expiry: "第五项（固定期限合同期满终止）",
    Ground.bankruptcy_or_dissolution: "第六项（依第四十四条第四、五项终止）",
    Ground.task_completed: "实施条例第二十二条（以完成一定工作任务为期限的合同终止）",
}

GROUND_ARTICLES: dict[Ground, list[str]] = {
    Ground.resignation: ["劳动合同法#37", "劳动合同法#46"],
    Ground.employee_fault: ["劳动合同法#39", "劳动合同法#46"],
    Ground.mutual_agreement: ["劳动合同法#36", "劳动合同法#46"],
    Ground.employer_fault_resignation: ["劳动合同法#38", "劳动合同法#46"],
    Ground.art40_medical: ["劳动合同法#40", "劳动合同法#46"],
    Ground.art40_incompetent: ["劳动合同法#40", "劳动合同法#46"],
    Ground.art40_objective_change: ["劳动合同法#40", "劳动合同法#46"],
    Ground.layoff: ["劳动合同法#41", "劳动合同法#46"],
    Ground.expiry: ["劳动合同法#44", "劳动合同法#46"],
    Ground.bankruptcy_or_dissolution: ["劳动合同法#44", "劳动合同法#46"],
    Ground.task_completed: ["劳动合同法实施条例#22", "劳动合同法#46"],
    Ground.illegal_termination: ["劳动合同法#48", "劳动合同法#87", "劳动合同法实施条例#25"],
}

# Service before 2008 under the rules of the time (劳动法第二十八条 + 481号):
# ground -> (article id, 12-month cap?) ; absent = no compensation under the old rules.
OLD_RULES: dict[Ground, tuple[str, bool]] = {
    Ground.mutual_agreement: ("经济补偿办法#5", True),
    Ground.art40_medical: ("经济补偿办法#6", False),
    Ground.art40_incompetent: ("经济补偿办法#7", True),
    Ground.art40_objective_change: ("经济补偿办法#8", False),
    Ground.layoff: ("经济补偿办法#9", False),
}


def zero_reason(case: CaseInput) -> str | None:
    """Why this case owes no statutory compensation, or None if it owes some."""
    g = case.ground
    if g == Ground.resignation:
        return "劳动者依第三十七条提前通知解除，不属于第四十六条规定的情形，无经济补偿"
    if g == Ground.employee_fault:
        return "用人单位依第三十九条解除（劳动者过失），不属于第四十六条规定的情形，无经济补偿"
    if g == Ground.mutual_agreement and case.proposed_by == "employee":
        return "协商一致解除由劳动者提出，不属于第四十六条第二项（须由用人单位提出），无法定经济补偿；如支付任何款项，均属协商所得"
    if g == Ground.expiry and case.renewal_offer == "same_or_better":
        return "用人单位维持或者提高劳动合同约定条件续订，劳动者不同意续订，依第四十六条第五项无经济补偿"
    return None


class MonthlyBase(BaseModel):
    """The wage base after the minimum-wage floor and the 3× cap."""

    average: Decimal
    floored: Decimal
    capped: Decimal
    is_capped: bool
    cap_limit: Decimal | None
    steps: list[Step]
    readings: list[Reading]


def monthly_base(case: CaseInput, wage: WageBase) -> MonthlyBase:
    steps = list(wage.steps)
    readings: list[Reading] = []
    avg = wage.average
    floored = avg
    mw = minimum_wage(case)
    steps.append(mw.step)
    if mw.value is not None and avg < mw.value:
        floored = mw.value
        steps.append(Step(step="最低工资下限", formula=f"{fmt(avg.quantize(Decimal('0.01')))} < {fmt(mw.value)}，按当地最低工资标准计算",
                          inputs={"average": fmt(avg), "minimum_wage": fmt(mw.value)}, result=fmt(floored),
                          articles=["劳动合同法实施条例#27"]))
    on = case.termination_date
    multiple = Decimal(param("severance_cap_multiple", max(on, NEW_LAW)))
    cap = cap_base_average(case)
    steps.append(cap.step)
    readings += cap.readings
    capped, is_capped, limit = floored, False, None
    if cap.value is not None:
        limit = cap.annual * multiple / 12 if cap.annual is not None else cap.value * multiple
        shown = fmt(cap.value.quantize(Decimal("0.0001")))
        if floored > limit:  # "高于" is strict (C13): exactly 3× is not capped
            capped, is_capped = limit, True
            steps.append(Step(step="三倍封顶", formula=f"{fmt(floored.quantize(Decimal('0.01')))} > {fmt(multiple)} × {shown} = {fmt(money(limit))}，按 {fmt(money(limit))} 计算，年限最高12年",
                              inputs={"average": fmt(floored), "cap_base": shown}, result=fmt(money(limit)),
                              articles=["劳动合同法#47"]))
        else:
            steps.append(Step(step="三倍封顶核对", formula=f"{fmt(floored.quantize(Decimal('0.01')))} ≤ {fmt(multiple)} × {shown} = {fmt(money(limit))}，不封顶",
                              inputs={"average": fmt(floored), "cap_base": shown}, result=fmt(floored),
                              articles=["劳动合同法#47"]))
        readings.append(Reading(point="C13.cap_boundary", value="strictly_greater", default=True,
                                note_zh="“高于三倍”不含本数：恰好等于三倍不封顶"))
    return MonthlyBase(average=avg, floored=floored, capped=capped, is_capped=is_capped, cap_limit=limit,
                       steps=steps, readings=readings)


class Segment(BaseModel):
    label: str
    months: Decimal
    base: Decimal
    amount: Decimal
    steps: list[Step]
    articles: list[str]


def _segment_new_law(start: dt.date, case: CaseInput, base: MonthlyBase, months_override: Decimal | None = None) -> Segment:
    sl = service_length(start, case.termination_date)
    months = art47_months(sl) if months_override is None else months_override
    steps = [Step(step="工作年限（2008年1月1日起）" if start == NEW_LAW else "工作年限",
                  formula=f"{start.isoformat()} 至 {case.termination_date.isoformat()}（含最后工作日）= {sl.text_zh()}",
                  inputs={"start": start.isoformat(), "last_day": case.termination_date.isoformat()},
                  result=sl.text_zh(), articles=["劳动合同法#47"])]
    if months_override is None:
        steps.append(Step(step="补偿月数", formula="每满一年一个月；六个月以上不满一年按一年；不满六个月按半个月",
                          inputs={"years": str(sl.years), "remainder": f"{sl.remainder_months}个月{sl.days}天"},
                          result=f"{fmt(months)}个月", articles=["劳动合同法#47"]))
    if base.is_capped:
        cap_years = Decimal(param("severance_cap_years", case.termination_date))
        if months > cap_years:
            steps.append(Step(step="十二年封顶", formula=f"月工资高于三倍，年限最高不超过{fmt(cap_years)}年：{fmt(months)} → {fmt(cap_years)}",
                              inputs={"months": fmt(months)}, result=f"{fmt(cap_years)}个月", articles=["劳动合同法#47"]))
            months = cap_years
    amount = base.capped * months
    steps.append(Step(step="本段经济补偿", formula=f"{fmt(base.capped.quantize(Decimal('0.01')))} × {fmt(months)}",
                      inputs={"base": fmt(base.capped), "months": fmt(months)}, result=fmt(amount.quantize(Decimal('0.01'))),
                      articles=["劳动合同法#47"]))
    return Segment(label="2008年1月1日以后" if start == NEW_LAW else "全部工作年限", months=months, base=base.capped,
                   amount=amount, steps=steps, articles=["劳动合同法#47"])


def _segment_old_rules(case: CaseInput, base: MonthlyBase, years_override: int | None = None) -> Segment:
    sl = service_length(case.hire_date, NEW_LAW - dt.timedelta(days=1))
    rule = OLD_RULES.get(case.ground)
    steps = [Step(step="2008年以前的工作年限", formula=f"{case.hire_date.isoformat()} 至 2007-12-31 = {sl.text_zh()}",
                  inputs={"start": case.hire_date.isoformat()}, result=sl.text_zh(), articles=["劳动合同法#97"])]
    if rule is None:
        steps.append(Step(step="2008年以前的补偿", formula="依当时规定（劳动法第二十八条），该情形不支付经济补偿，2008年以前年限不计",
                          inputs={"ground": case.ground.value}, result="0个月", articles=["劳动合同法#97", "劳动法#28"]))
        return Segment(label="2008年以前", months=Decimal(0), base=base.floored, amount=Decimal(0), steps=steps,
                       articles=["劳动合同法#97", "劳动法#28"])
    article, capped12 = rule
    years = Decimal(old_rule_years(sl) if years_override is None else years_override)
    steps.append(Step(step="2008年以前的补偿月数", formula="每满一年一个月，不满一年的部分按一年计（481号）",
                      inputs={"full_years": str(sl.years)}, result=f"{fmt(years)}个月", articles=[article, "劳动合同法#97"]))
    if capped12:
        cap_m = Decimal(param("pre2008_cap_months", dt.date(2007, 12, 31)))
        if years > cap_m:
            steps.append(Step(step="481号十二个月上限", formula=f"{fmt(years)} → {fmt(cap_m)}", inputs={}, result=f"{fmt(cap_m)}个月",
                              articles=[article]))
            years = cap_m
    seg_base = base.capped if case.readings.pre2008_cap == "capped" else base.floored
    amount = seg_base * years
    steps.append(Step(step="2008年以前的经济补偿", formula=f"{fmt(seg_base.quantize(Decimal('0.01')))} × {fmt(years)}",
                      inputs={"base": fmt(seg_base), "months": fmt(years)}, result=fmt(amount.quantize(Decimal('0.01'))),
                      articles=[article, "劳动合同法#97"]))
    return Segment(label="2008年以前", months=years, base=seg_base, amount=amount, steps=steps,
                   articles=[article, "劳动合同法#97", "劳动法#28"])


class Severance(BaseModel):
    item: ItemResult
    base: MonthlyBase | None


def severance(case: CaseInput, wage: WageBase) -> Severance:
    """经济补偿 N for the case's ground (0 with the reason where the ground pays none)."""
    articles = list(GROUND_ARTICLES[case.ground])
    reason = zero_reason(case)
    if reason is not None:
        return Severance(base=None, item=ItemResult(
            key="severance", label_zh="经济补偿", amount=money(ZERO), months=ZERO,
            derivation=[Step(step="是否应支付经济补偿", formula=reason, inputs={"ground": case.ground.value},
                             result="0", articles=articles)],
            articles=articles))
    base = monthly_base(case, wage)
    steps = [Step(step="补偿依据", formula=f"第四十六条{ART46_ITEM[case.ground]}", inputs={"ground": case.ground.value},
                  result="应支付经济补偿", articles=articles)] + base.steps
    readings = list(base.readings) + [Reading(
        point="C10.service_counting", value="calendar_months_last_day_inclusive", default=True,
        note_zh="最后工作日计入；按自然月从入职日起算整月数，余下天数另计；月末入职按月末对齐")]
    if case.hire_date < NEW_LAW:
        segments = _segmented(case, base, readings)
    else:
        segments = [_segment_new_law(case.hire_date, case, base)]
    for seg in segments:
        steps += seg.steps
        articles += [a for a in seg.articles if a not in articles]
    total_months = sum((s.months for s in segments), ZERO)
    raw = sum((s.amount for s in segments), ZERO)
    amount = money(raw)
    if len(segments) > 1:
        steps.append(Step(step="经济补偿合计", formula=" + ".join(f"{fmt(s.amount.quantize(Decimal('0.01')))}（{s.label}）" for s in segments),
                          inputs={}, result=fmt(amount), articles=["劳动合同法#97"]))
    if "劳动合同法#47" not in articles:
        articles.append("劳动合同法#47")
    articles.append("劳动合同法实施条例#27")
    return Severance(base=base, item=ItemResult(
        key="severance", label_zh="经济补偿", amount=amount, months=total_months, monthly_base=base.capped,
        derivation=steps, articles=list(dict.fromkeys(articles)), readings=readings,
        details={"service": service_length(case.hire_date, case.termination_date).text_zh(),
                 "segments": "；".join(f"{s.label} {fmt(s.months)}个月 × {fmt(s.base.quantize(Decimal('0.01')))}" for s in segments)}))


def _segmented(case: CaseInput, base: MonthlyBase, readings: list[Reading]) -> list[Segment]:
    readings.append(Reading(point="C2.pre2008_rounding", value=case.readings.pre2008_rounding,
                            default=case.readings.pre2008_rounding == "separate",
                            note_zh="两段分别取整，2008年以前不满一年的部分按一年计" if case.readings.pre2008_rounding == "separate"
                            else "两段零头合并后按第四十七条一次取整"))
    readings.append(Reading(point="C2.pre2008_cap", value=case.readings.pre2008_cap,
                            default=case.readings.pre2008_cap == "uncapped",
                            note_zh="三倍封顶和十二年上限只适用于2008年以后的部分" if case.readings.pre2008_cap == "uncapped"
                            else "2008年以前的部分也按三倍封顶"))
    if case.readings.pre2008_rounding == "separate":
        return [_segment_old_rules(case, base), _segment_new_law(NEW_LAW, case, base)]
    # merged: one rounding over the whole service; the pre-2008 part counts its full years only.
    whole = art47_months(service_length(case.hire_date, case.termination_date))
    old_full = service_length(case.hire_date, NEW_LAW - dt.timedelta(days=1)).years
    old = _segment_old_rules(case, base, years_override=old_full)
    counted_old = old_full if case.ground in OLD_RULES else 0
    new = _segment_new_law(NEW_LAW, case, base, months_override=whole - counted_old)
    return [old, new]


def illegal_termination(case: CaseInput, wage: WageBase) -> ItemResult:
    """2N: twice the 第四十七条 amount, counted from the hire date, not segmented, no +1."""
    base = monthly_base(case, wage)
    seg = _segment_new_law(case.hire_date, case, base)
    n_amount = money(seg.amount)  # N is an amount in its own right; 2N doubles the rounded N
    amount = n_amount * 2
    steps = [Step(step="赔偿金依据", formula="用人单位违法解除或终止，按第四十七条经济补偿标准的二倍支付；支付赔偿金的不再支付经济补偿",
                  inputs={}, result="2N", articles=["劳动合同法#87", "劳动合同法实施条例#25"])]
    steps += base.steps + seg.steps
    steps.append(Step(step="赔偿金（2N）", formula=f"2 × {fmt(n_amount.quantize(Decimal('0.01')))}（自用工之日起计算，不分段）",
                      inputs={"N": fmt(n_amount)}, result=fmt(amount), articles=["劳动合同法#87", "劳动合同法实施条例#25"]))
    readings = list(base.readings) + [Reading(point="C6.notice_pay_with_2n", value=case.readings.notice_pay_with_2n,
                                              default=case.readings.notice_pay_with_2n == "no",
                                              note_zh="支付2N赔偿金的，不另付经济补偿和代通知金" if case.readings.notice_pay_with_2n == "no"
                                              else "按少数做法在2N之外另付代通知金")]
    return ItemResult(key="illegal_termination", label_zh="违法解除赔偿金（2N）", amount=amount, months=seg.months * 2,
                      monthly_base=base.capped, derivation=steps,
                      articles=["劳动合同法#48", "劳动合同法#87", "劳动合同法#47", "劳动合同法实施条例#25"], readings=readings,
                      details={"N": fmt(money(n_amount)), "service": service_length(case.hire_date, case.termination_date).text_zh()})
