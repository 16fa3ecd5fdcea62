"""Which regional figure a case uses: the figure the case states, else the sourced regional table,
else (for the cap and the floor only) HR's explicit confirmation, else an error naming the field.
Never a guess (labour-law-rules.md §B, C1, 条例第十四条: the place of performance governs)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from copilot.calc.case import CaseInput
from copilot.calc.results import Reading, Step, fmt
from copilot.errors import InputError
from copilot.rules import find_average_wage, find_minimum_wage


class Figure(BaseModel):
    value: Decimal | None  # None: HR confirmed the wage is on the safe side, no figure needed
    annual: Decimal | None = None  # when the published figure is annual: multiply before dividing, to stay exact
    step: Step
    readings: list[Reading] = []


def cap_base_average(case: CaseInput) -> Figure:
    """上年度职工月平均工资 of the place of performance (the cap is 3× this)."""
    r = case.region
    reading = Reading(point="C1.cap_figure", value=case.readings.cap_figure,
                      default=case.readings.cap_figure == "in_force_on_termination",
                      note_zh="采用解除时已公布并在用的上年度职工月平均工资" if case.readings.cap_figure ==
                      "in_force_on_termination" else "采用解除前一自然年度的职工月平均工资")
    if r.average_monthly_wage is not None:
        return Figure(value=r.average_monthly_wage, readings=[reading], step=Step(
            step="当地上年度职工月平均工资（案件提供）", formula="案件提供" + (f"（口径：{r.average_wage_basis}）" if r.average_wage_basis else ""),
            inputs={"city": r.city or "", "average_monthly_wage": fmt(r.average_monthly_wage)},
            result=fmt(r.average_monthly_wage), articles=["劳动合同法#47", "劳动合同法实施条例#14"]))
    if r.city:
        ref_year = case.termination_date.year - 1 if case.readings.cap_figure == "calendar_year_before" else None
        fig = find_average_wage(r.city, case.termination_date, reference_year=ref_year)
        if fig is not None:
            status = "已核实" if fig.verified else "第三方来源，未完全核实"
            # The published figure is annual; dividing it (not the rounded monthly) keeps 3× exact.
            value = fig.annual / 12 if fig.annual is not None else fig.monthly
            return Figure(value=value, annual=fig.annual, readings=[reading], step=Step(
                step="当地上年度职工月平均工资（内置地区表）",
                formula=f"{fig.city} {fig.reference_year}年度 {fmt(fig.annual)}元/年 ÷ 12（口径：{fig.basis}）" if fig.annual else f"{fig.city} {fmt(fig.monthly)}元/月",
                inputs={"city": fig.city, "source": fig.source, "status": status},
                result=fmt(value.quantize(Decimal("0.0001"))), articles=["劳动合同法#47", "劳动合同法实施条例#14"]))
    if r.wage_below_cap_confirmed:
        return Figure(value=None, readings=[reading], step=Step(
            step="三倍封顶核对", formula="HR 确认：月工资未超过当地上年度职工月平均工资三倍，不适用封顶",
            inputs={"city": r.city or ""}, result="不封顶（HR确认）", articles=["劳动合同法#47"]))
    where = f"{r.city}在{case.termination_date.isoformat()}适用的数据" if r.city else "合同履行地城市"
    raise InputError("region.average_monthly_wage",
                     f"需要当地上年度职工月平均工资以核对三倍封顶：案件未提供，内置地区表中也没有{where}。"
                     "请填写 region.average_monthly_wage，或在确认月工资未超过三倍时设 region.wage_below_cap_confirmed=true",
                     code="regional_figure_unknown")


def minimum_wage(case: CaseInput, *, allow_confirmation: bool = True) -> Figure:
    r = case.region
    if r.minimum_wage_monthly is not None:
        return Figure(value=r.minimum_wage_monthly, step=Step(
            step="当地月最低工资标准（案件提供）", formula="案件提供",
            inputs={"city": r.city or "", "minimum_wage_monthly": fmt(r.minimum_wage_monthly)},
            result=fmt(r.minimum_wage_monthly), articles=["劳动合同法实施条例#27", "劳动合同法实施条例#14"]))
    if r.city:
        fig = find_minimum_wage(r.city, case.termination_date)
        if fig is not None:
            return Figure(value=fig.monthly, step=Step(
                step="当地月最低工资标准（内置地区表）", formula=f"{fig.city} 自{fig.in_force_from.isoformat()}起 {fmt(fig.monthly)}元/月",
                inputs={"city": fig.city, "source": fig.source, "status": "已核实" if fig.verified else "第三方转引"},
                result=fmt(fig.monthly), articles=["劳动合同法实施条例#27", "劳动合同法实施条例#14"]))
    if allow_confirmation and r.wage_above_minimum_confirmed:
        return Figure(value=None, step=Step(
            step="最低工资下限核对", formula="HR 确认：月平均工资不低于当地最低工资标准",
            inputs={"city": r.city or ""}, result="不适用下限（HR确认）", articles=["劳动合同法实施条例#27"]))
    where = f"{r.city}在{case.termination_date.isoformat()}适用的标准" if r.city else "合同履行地城市"
    hint = "，或在确认月平均工资不低于最低工资时设 region.wage_above_minimum_confirmed=true" if allow_confirmation else ""
    raise InputError("region.minimum_wage_monthly",
                     f"需要当地月最低工资标准：案件未提供，内置地区表中也没有{where}。请填写 region.minimum_wage_monthly{hint}",
                     code="regional_figure_unknown")
