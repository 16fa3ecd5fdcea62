"""未休年休假工资 on exit (年休假条例第三、五条; 实施办法第十、十一、十二条)."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import ROUND_FLOOR, Decimal

from copilot.calc.case import CaseInput
from copilot.calc.results import ItemResult, Reading, Step, fmt, money
from copilot.calc.wages import average_excluding_overtime
from copilot.rules import param


def entitlement_days(cumulative_years: int, on: dt.date) -> int:
    days = 0
    for lower, d in param("leave_tiers", on):
        if cumulative_years >= lower:
            days = d
    return days


def annual_leave_pay(case: CaseInput) -> ItemResult:
    al = case.annual_leave
    assert al is not None
    on = case.termination_date
    full = entitlement_days(al.cumulative_work_years, on)
    steps = [Step(step="全年应休年休假", formula=f"累计工作{al.cumulative_work_years}年 → {full}天（满1年不满10年5天，满10年不满20年10天，满20年15天）",
                  inputs={"cumulative_work_years": str(al.cumulative_work_years)}, result=f"{full}天",
                  articles=["年休假条例#3", "年休假实施办法#4"])]
    year_start = max(dt.date(on.year, 1, 1), case.hire_date)
    elapsed = (on - year_start).days + 1
    if case.readings.leave_year_days == "365":
        year_days = int(param("leave_year_days", on))
    else:
        year_days = 366 if calendar.isleap(on.year) else 365
    prorated = Decimal(elapsed) / Decimal(year_days) * full
    unused = (prorated - al.days_taken).to_integral_value(rounding=ROUND_FLOOR)
    unused = max(unused, Decimal(0))
    steps.append(Step(step="当年度折算应休未休天数",
                      formula=f"({elapsed} ÷ {year_days}) × {full} − {fmt(al.days_taken)} = {fmt(prorated - al.days_taken)}，不足1整天的部分不计，已多休的不扣回",
                      inputs={"from": year_start.isoformat(), "to": on.isoformat()}, result=f"{fmt(unused)}天",
                      articles=["年休假实施办法#12"]))
    base = average_excluding_overtime(case)
    steps += base.steps
    pay_days = Decimal(param("monthly_pay_days", on))
    daily = base.average / pay_days
    pct = Decimal(case.readings.leave_pay_percent) / 100
    amount = money(unused * daily * pct)
    steps.append(Step(step="日工资", formula=f"{fmt(base.average.quantize(Decimal('0.01')))} ÷ {fmt(pay_days)}", inputs={},
                      result=fmt(daily.quantize(Decimal("0.0001"))), articles=["年休假实施办法#11", "工资折算通知#2"]))
    steps.append(Step(step="未休年休假工资", formula=f"{fmt(unused)} × {fmt(daily.quantize(Decimal('0.0001')))} × {fmt(pct * 100)}%",
                      inputs={}, result=fmt(amount), articles=["年休假实施办法#10", "年休假条例#5"]))
    readings = [Reading(point="C9.leave_pay_percent", value=case.readings.leave_pay_percent,
                        default=case.readings.leave_pay_percent == "200",
                        note_zh="离职时按日工资200%支付（正常工作期间的100%已随工资发放）" if case.readings.leave_pay_percent == "200"
                        else "按日工资300%支付"),
                Reading(point="C9.leave_year_days", value=case.readings.leave_year_days,
                        default=case.readings.leave_year_days == "365", note_zh="折算除数" + str(year_days) + "天")]
    return ItemResult(key="annual_leave", label_zh="未休年休假工资", amount=amount, months=None, monthly_base=base.average,
                      derivation=steps, readings=readings,
                      articles=["年休假条例#3", "年休假条例#5", "年休假实施办法#10", "年休假实施办法#11", "年休假实施办法#12"],
                      details={"unused_days": fmt(unused), "entitlement_days": str(full)})
