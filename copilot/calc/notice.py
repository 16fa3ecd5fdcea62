"""代通知金: 第四十条 without thirty days' written notice, at last month's wage (条例第二十条).
Not the 12-month average and not subject to the 3× cap."""

from __future__ import annotations

from copilot.calc.case import CaseInput
from copilot.calc.results import ItemResult, Reading, Step, fmt, money
from copilot.calc.wages import last_month_wage


def notice_pay(case: CaseInput) -> ItemResult:
    wage, step = last_month_wage(case)
    amount = money(wage)
    reading = Reading(point="C5.notice_pay_month", value=case.readings.notice_pay_month,
                      default=case.readings.notice_pay_month == "month_before_termination",
                      note_zh="“上一个月”取解除当月的前一个自然月" if case.readings.notice_pay_month == "month_before_termination"
                      else "“上一个月”取通知当月的前一个自然月")
    return ItemResult(
        key="notice_pay", label_zh="代通知金", amount=amount, months=None, monthly_base=wage,
        derivation=[Step(step="代通知金依据", formula="依第四十条解除且未提前三十日书面通知，额外支付一个月工资",
                         inputs={"notice_given_30_days": "false"}, result="应支付", articles=["劳动合同法#40"]),
                    step,
                    Step(step="代通知金", formula=f"1 × {fmt(wage)}", inputs={}, result=fmt(amount),
                         articles=["劳动合同法实施条例#20"])],
        articles=["劳动合同法#40", "劳动合同法实施条例#20"], readings=[reading])
