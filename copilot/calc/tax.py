"""Personal income tax on 一次性补偿收入 (财税〔2018〕164号 第五条第（一）项): exempt up to 3× the
local annual average wage; the excess is taxed on its own with the annual comprehensive-income
table, without the 60,000 basic deduction."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from copilot.calc.case import CaseInput
from copilot.calc.results import ItemResult, Reading, Step, fmt, money
from copilot.errors import InputError
from copilot.rules import find_average_wage, param


class TaxThreshold(BaseModel):
    annual_average: Decimal
    step: Step


def tax_threshold(case: CaseInput) -> TaxThreshold | None:
    r = case.region
    if r.tax_annual_average_wage is not None:
        return TaxThreshold(annual_average=r.tax_annual_average_wage, step=Step(
            step="当地上年职工年平均工资（案件提供）", formula="案件提供（税务机关适用口径）",
            inputs={"tax_annual_average_wage": fmt(r.tax_annual_average_wage)}, result=fmt(r.tax_annual_average_wage),
            articles=["个税优惠衔接通知#5"]))
    if r.city:
        fig = find_average_wage(r.city, case.termination_date)
        if fig is not None and fig.annual is not None:
            return TaxThreshold(annual_average=fig.annual, step=Step(
                step="当地上年职工年平均工资（借用经济补偿封顶口径）",
                formula=f"未提供税务口径的年平均工资，借用{fig.city}{fig.reference_year}年度封顶口径 {fmt(fig.annual)} 元/年；税务机关适用的数字可能不同",
                inputs={"source": fig.source}, result=fmt(fig.annual), articles=["个税优惠衔接通知#5"]))
    if r.average_monthly_wage is not None:
        annual = r.average_monthly_wage * 12
        return TaxThreshold(annual_average=annual, step=Step(
            step="当地上年职工年平均工资（由案件提供的月平均工资折算）",
            formula=f"{fmt(r.average_monthly_wage)} × 12；税务机关适用的数字可能不同", inputs={}, result=fmt(annual),
            articles=["个税优惠衔接通知#5"]))
    return None


def annual_table_tax(taxable: Decimal, on) -> tuple[Decimal, Decimal, Decimal]:
    """(tax, rate, quick deduction) for an amount on the annual comprehensive-income table."""
    for upper, rate, quick in param("tax_annual_table", on):
        if upper is None or taxable <= Decimal(upper):
            rate, quick = Decimal(rate), Decimal(quick)
            return taxable * rate - quick, rate, quick
    raise AssertionError("tax table has no open top bracket")


def severance_tax(case: CaseInput, lump_sum: Decimal, components: str, has_2n: bool) -> ItemResult | None:
    threshold = tax_threshold(case)
    if threshold is None:
        if case.tax == "required":
            raise InputError("region.tax_annual_average_wage", "计算个税需要当地上年职工年平均工资：案件未提供，内置地区表中也没有",
                             code="regional_figure_unknown")
        return None
    on = case.termination_date
    multiple = Decimal(param("tax_exemption_multiple", on))
    exempt = threshold.annual_average * multiple
    excess = max(lump_sum - exempt, Decimal(0))
    steps = [threshold.step,
             Step(step="一次性补偿收入", formula=components, inputs={}, result=fmt(lump_sum), articles=["个税优惠衔接通知#5"]),
             Step(step="免税额", formula=f"{fmt(multiple)} × {fmt(threshold.annual_average)}", inputs={}, result=fmt(money(exempt)),
                  articles=["个税优惠衔接通知#5"]),
             Step(step="超过部分", formula=f"max({fmt(lump_sum)} − {fmt(money(exempt))}, 0)", inputs={}, result=fmt(money(excess)),
                  articles=["个税优惠衔接通知#5"])]
    if excess > 0:
        tax, rate, quick = annual_table_tax(excess, on)
        amount = money(tax)
        steps.append(Step(step="应纳个人所得税", formula=f"{fmt(money(excess))} × {fmt(rate * 100)}% − {fmt(quick)}（单独适用综合所得年度税率表，不减除6万元）",
                          inputs={}, result=fmt(amount), articles=["个税优惠衔接通知#5"]))
    else:
        amount = money(Decimal(0))
        steps.append(Step(step="应纳个人所得税", formula="未超过免税额，免征", inputs={}, result="0.00", articles=["个税优惠衔接通知#5"]))
    readings = []
    if has_2n:
        readings.append(Reading(point="C7.tax_2n_as_compensation", value=case.readings.tax_2n_as_compensation,
                                default=case.readings.tax_2n_as_compensation == "yes",
                                note_zh="2N赔偿金按一次性补偿收入享受免税额（多数做法，未见官方文本确认）"))
    readings.append(Reading(point="C17.tax_threshold_figure", value="tax_figure_or_cap_figure", default=True,
                            note_zh="优先用税务机关适用的年平均工资；只知道封顶口径时借用并注明"))
    return ItemResult(key="tax", label_zh="一次性补偿收入个人所得税（估算）", amount=amount, derivation=steps,
                      articles=["个税优惠衔接通知#5"], readings=readings,
                      details={"lump_sum": fmt(lump_sum), "exempt": fmt(money(exempt)), "after_tax": fmt(money(lump_sum - amount))})
