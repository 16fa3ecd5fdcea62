"""The wage bases: the 12-month average (第四十七条第三款, 条例第二十七条), last month's wage
(条例第二十条), and the average excluding overtime (年休假实施办法第十一条)."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from pydantic import BaseModel

from copilot.calc.case import CaseInput, MonthlyWage
from copilot.calc.service import service_length
from copilot.calc.results import Step, fmt
from copilot.errors import InputError


class WageBase(BaseModel):
    average: Decimal
    months_used: int
    steps: list[Step]


def _last_included_month(last_day: dt.date) -> str:
    """The termination month counts only when the last day is that month's last calendar day;
    otherwise the 12 months end with the month before (a partial month would distort the average)."""
    if last_day.day == calendar.monthrange(last_day.year, last_day.month)[1]:
        return f"{last_day.year:04d}-{last_day.month:02d}"
    prev = last_day.replace(day=1) - dt.timedelta(days=1)
    return f"{prev.year:04d}-{prev.month:02d}"


def _window(case: CaseInput) -> list[MonthlyWage]:
    assert case.wages.monthly
    last = _last_included_month(case.termination_date)
    hire_month = f"{case.hire_date.year:04d}-{case.hire_date.month:02d}"
    usable = sorted((w for w in case.wages.monthly if hire_month <= w.month <= last), key=lambda w: w.month)
    if not usable:  # less than one full month worked: the partial month is all there is
        term_month = f"{case.termination_date.year:04d}-{case.termination_date.month:02d}"
        usable = [w for w in case.wages.monthly if hire_month <= w.month <= term_month]
    return usable[-12:]


def average_wage(case: CaseInput) -> WageBase:
    """前十二个月平均工资；工作不满12个月的按实际工作月数计算（条例第二十七条）."""
    if case.wages.average_monthly is not None and not case.wages.monthly:
        avg = case.wages.average_monthly
        return WageBase(average=avg, months_used=12, steps=[Step(
            step="月平均工资（案件给定）", formula="案件直接提供的解除前12个月平均工资",
            inputs={"average_monthly": fmt(avg)}, result=fmt(avg),
            articles=["劳动合同法#47", "劳动合同法实施条例#27"])])
    window = _window(case)
    service_months = service_length(case.hire_date, case.termination_date).months
    needed = min(12, max(service_months, 1))
    if len(window) < needed:
        raise InputError(
            "wages.monthly",
            f"需要解除前{needed}个月的工资（截至{_last_included_month(case.termination_date)}），只找到{len(window)}个月",
            code="wages_incomplete",
        )
    total = sum((w.amount for w in window), Decimal("0"))
    avg = total / len(window)
    label = "前12个月" if len(window) == 12 else f"实际工作的{len(window)}个月"
    return WageBase(average=avg, months_used=len(window), steps=[Step(
        step=f"月平均工资（{label}）",
        formula=f"({' + '.join(fmt(w.amount) for w in window)}) ÷ {len(window)}",
        inputs={"months": f"{window[0].month} 至 {window[-1].month}", "total": fmt(total)},
        result=fmt(avg.quantize(Decimal('0.0001'))) if avg != avg.quantize(Decimal('0.01')) else fmt(avg),
        articles=["劳动合同法#47", "劳动合同法实施条例#27"])])


def average_excluding_overtime(case: CaseInput) -> WageBase:
    if case.wages.average_excluding_overtime is not None:
        avg = case.wages.average_excluding_overtime
        return WageBase(average=avg, months_used=12, steps=[Step(
            step="剔除加班工资后的月平均工资（案件给定）", formula="案件直接提供",
            inputs={"average_excluding_overtime": fmt(avg)}, result=fmt(avg), articles=["年休假实施办法#11"])])
    if not case.wages.monthly:
        raise InputError("wages.average_excluding_overtime",
                         "计算年休假工资需要剔除加班工资后的月平均工资，或各月工资及其中的加班工资", code="wages_incomplete")
    window = _window(case)
    if not window:
        raise InputError("wages.monthly", "没有可用于计算年休假工资的月份", code="wages_incomplete")
    total = sum((w.amount - w.overtime for w in window), Decimal("0"))
    avg = total / len(window)
    return WageBase(average=avg, months_used=len(window), steps=[Step(
        step=f"剔除加班工资后的月平均工资（{len(window)}个月）",
        formula="Σ(当月工资 − 加班工资) ÷ 月数",
        inputs={"months": f"{window[0].month} 至 {window[-1].month}", "total": fmt(total)},
        result=fmt(avg.quantize(Decimal('0.0001'))), articles=["年休假实施办法#11"])])


def last_month_wage(case: CaseInput) -> tuple[Decimal, Step]:
    """上一个月的工资标准 (条例第二十条); which month is reading C5."""
    if case.wages.last_month is not None:
        w = case.wages.last_month
        return w, Step(step="上一个月工资（案件给定）", formula="案件直接提供", inputs={"last_month": fmt(w)},
                       result=fmt(w), articles=["劳动合同法实施条例#20"])
    if case.readings.notice_pay_month == "month_before_notice":
        if case.notice_date is None:
            raise InputError("notice_date", "按“通知前一个月”口径计算代通知金需要通知日期", code="notice_date_missing")
        ref = case.notice_date
    else:
        ref = case.termination_date
    prev = ref.replace(day=1) - dt.timedelta(days=1)
    month = f"{prev.year:04d}-{prev.month:02d}"
    for w in case.wages.monthly or []:
        if w.month == month:
            return w.amount, Step(step="上一个月工资", formula=f"{month} 月应发工资", inputs={"month": month},
                                  result=fmt(w.amount), articles=["劳动合同法实施条例#20"])
    raise InputError("wages.last_month", f"计算代通知金需要上一个月（{month}）的工资", code="wages_incomplete")
