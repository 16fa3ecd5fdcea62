"""The derivation of a ``CaseResult`` as Chinese text for a person."""

from __future__ import annotations

from copilot.calc.calculator import CaseResult
from copilot.calc.results import fmt

SEVERITY_ZH = {"blocking": "【禁止】", "warning": "【风险】", "info": "【提示】"}


def explain_zh(result: CaseResult) -> str:
    lines: list[str] = []
    who = f"{result.employee_name}：" if result.employee_name else ""
    lines.append(f"{who}{result.ground_label_zh}，工作年限 {result.service_zh}")
    lines.append(f"法定合计：{result.statutory_total} 元" + (f"（N = {fmt(result.statutory_months)} 个月）" if result.statutory_months else ""))
    for item in result.items:
        lines.append("")
        lines.append(f"■ {item.label_zh}：{item.amount} 元" + (f"（{fmt(item.months)} 个月）" if item.months else ""))
        for i, s in enumerate(item.derivation, 1):
            cite = f"  〔{'、'.join(s.articles)}〕" if s.articles else ""
            lines.append(f"  {i}. {s.step}：{s.formula} → {s.result}{cite}")
    if result.flags:
        lines.append("")
        lines.append("■ 提示与风险")
        for f in result.flags:
            lines.append(f"  {SEVERITY_ZH[f.severity]} {f.message_zh}" + (f"〔{'、'.join(f.articles)}〕" if f.articles else ""))
    for d in result.demands:
        lines.append("")
        said = f"“{d.demand.text}”" if d.demand.text else d.demand.value
        lines.append(f"■ 员工诉求 {said}：{d.demanded_amount} 元" + (f"（{fmt(d.demanded_months)} 个月）" if d.demanded_months is not None else ""))
        lines.append(f"  对比{d.compared_with} {d.statutory_amount} 元：超出 {d.excess_amount} 元" +
                     (f"（{fmt(d.excess_months)} 个月）" if d.excess_months is not None else ""))
        status = "未超过法定" if d.within_statute else ("在制度范围内" if d.within_policy else "超出制度上限")
        lines.append(f"  结论：{status}" + (f"；需要审批：{d.approval_needed}" if d.approval_needed else ""))
        for n in d.risk_notes:
            lines.append(f"  · {n}")
    if result.readings:
        lines.append("")
        lines.append("■ 有争议之处采用的口径")
        for r in result.readings:
            lines.append(f"  {r.point}：{r.note_zh}" + ("（默认）" if r.default else "（非默认设置）"))
    return "\n".join(lines)
