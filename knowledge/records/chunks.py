"""Record chunks: one employee's record cut by field group, for retrieval and for the prompt.

Ids follow knowledge.chunks: ``员工档案#E0001/wages``. The text states what the record holds
(and plain sums of the data, labelled as such); it computes no legal figure — severance, the
12-month average wage under 实施条例第27条 and the like belong to the calculators.
"""

from __future__ import annotations

from decimal import Decimal

from knowledge.chunks import Chunk
from knowledge.records.models import Employee, MonthlyWage

FIELD_GROUPS: dict[str, str] = {
    "profile": "基本信息",
    "contract": "劳动合同与离职安排",
    "wages": "工资明细",
    "performance": "绩效考核",
    "attendance": "考勤与加班",
    "activities": "奖惩、培训与文化贡献",
    "relations": "满意度、团队冲突与HR备注",
    "noncompete": "保密与竞业限制",
}
ID_PREFIX = "员工档案"


def chunk_id(employee_id: str, field_group: str) -> str:
    return f"{ID_PREFIX}#{employee_id}/{field_group}"


def record_chunks(employee: Employee) -> list[Chunk]:
    """The chunks of one employee. Groups without any data are left out (except profile,
    contract and wages, which every record has)."""
    e = employee
    texts = {
        "profile": _profile(e),
        "contract": _contract(e),
        "wages": _wages(e),
        "performance": _performance(e),
        "attendance": _attendance(e),
        "activities": _activities(e),
        "relations": _relations(e),
        "noncompete": _noncompete(e),
    }
    chunks = []
    for group, text in texts.items():
        if text is None:
            continue
        chunks.append(Chunk(
            id=chunk_id(e.employee_id, group),
            text=f"【{e.name}（{e.employee_id}）{FIELD_GROUPS[group]}】\n{text}",
            source_type="record",
            title=f"员工档案·{e.name}（{e.employee_id}）·{FIELD_GROUPS[group]}",
            metadata={"employee_id": e.employee_id, "field_group": group, "employee_name": e.name,
                      "department": e.department, "city": e.city},
        ))
    return chunks


def _money(v: Decimal | None) -> str:
    return "未约定" if v is None else f"{v:.2f}"


def _hours(v: Decimal) -> str:
    return f"{v.normalize():f}"


def _profile(e: Employee) -> str:
    lines = [
        f"姓名：{e.name}；性别：{e.gender}；出生日期：{e.birth_date.isoformat()}",
        f"工作地（合同履行地）：{e.city}；部门：{e.department}；岗位：{e.position}；职级：{e.level}"
        + (f"；直属上级：{e.manager_id}" if e.manager_id else ""),
        f"入职日期：{e.hire_date.isoformat()}；状态：{e.status}",
        f"入职前累计工作：{e.prior_work_months}个月",
    ]
    if e.protected_statuses:
        items = [
            f"{p.kind}（{p.start.isoformat()}起" + (f"至{p.end.isoformat()}" if p.end else "，至今") + "）"
            + (f"：{p.note}" if p.note else "")
            for p in e.protected_statuses
        ]
        lines.append("特殊保护情形：" + "；".join(items))
    else:
        lines.append("特殊保护情形：无记录")
    return "\n".join(lines)


def _contract(e: Employee) -> str:
    lines = []
    for i, c in enumerate(e.contracts, start=1):
        span = f"{c.start.isoformat()}至{c.end.isoformat()}" if c.end else f"{c.start.isoformat()}起"
        lines.append(f"第{i}份劳动合同：{c.type}，{span}")
    if not lines:
        lines.append("劳动合同：无记录")
    s = e.separation
    if s is None:
        lines.append("离职安排：无")
    else:
        parts = [f"拟定最后工作日{s.proposed_last_day.isoformat()}"]
        if s.ground:
            parts.append(f"事由：{s.ground}" + (f"（{s.article}）" if s.article else ""))
        parts.append(f"提出方：{s.proposed_by}" if s.proposed_by else "提出方：未记录")
        lines.append("离职安排：" + "；".join(parts))
    return "\n".join(lines)


def _wages(e: Employee) -> str:
    if not e.wages:
        return "工资记录：无"
    shown = e.wages[-24:]
    lines = ["月份｜基本工资｜奖金｜津贴补贴｜加班工资｜应发合计（元，税前）"]
    lines += [
        f"{w.month}｜{w.base:.2f}｜{w.bonus:.2f}｜{w.allowance:.2f}｜{w.overtime_pay:.2f}｜{w.total:.2f}"
        for w in shown
    ]
    last12 = e.wages[-12:]
    sums = {
        "基本工资": sum((w.base for w in last12), Decimal("0")),
        "奖金": sum((w.bonus for w in last12), Decimal("0")),
        "津贴补贴": sum((w.allowance for w in last12), Decimal("0")),
        "加班工资": sum((w.overtime_pay for w in last12), Decimal("0")),
        "应发合计": sum((_total(w) for w in last12), Decimal("0")),
    }
    lines.append(
        f"数据中最后{len(last12)}个月（{last12[0].month}至{last12[-1].month}）各项合计："
        + "；".join(f"{k}{v:.2f}" for k, v in sums.items())
        + "。（仅为记录汇总，法定口径的月平均工资以计算器结果为准）"
    )
    return "\n".join(lines)


def _total(w: MonthlyWage) -> Decimal:
    return w.total if w.total is not None else w.base + w.bonus + w.allowance + w.overtime_pay


def _performance(e: Employee) -> str | None:
    if not e.ratings:
        return None
    items = [
        f"{r.year}年：{r.rating}" + (f"（部门前{r.department_top_percent}%）" if r.department_top_percent else "")
        for r in e.ratings
    ]
    return "年度考核：" + "；".join(items)


def _attendance(e: Employee) -> str | None:
    if not e.attendance:
        return None
    shown = e.attendance[-24:]
    lines = ["月份｜迟到次数｜加班小时"]
    lines += [f"{a.month}｜{a.late_count}｜{_hours(a.overtime_hours)}" for a in shown]
    last12 = e.attendance[-12:]
    ot = sum((a.overtime_hours for a in last12), Decimal("0"))
    late = sum(a.late_count for a in last12)
    lines.append(f"数据中最后{len(last12)}个月（{last12[0].month}至{last12[-1].month}）合计：加班{_hours(ot)}小时，迟到{late}次")
    return "\n".join(lines)


def _activities(e: Employee) -> str | None:
    lines = []
    if e.rewards_penalties:
        lines.append("奖惩：" + "；".join(f"{r.date.isoformat()} {r.kind}：{r.description}" for r in e.rewards_penalties))
    if e.trainings:
        lines.append("培训：" + "；".join(
            f"{t.date.isoformat()} {t.course}（{_hours(t.hours)}学时" + (f"，{t.result}" if t.result else "") + "）"
            for t in e.trainings))
    if e.culture_contributions:
        total = sum(c.points or 0 for c in e.culture_contributions)
        lines.append("文化贡献：" + "；".join(
            f"{c.date.isoformat()} {c.description}" + (f"（{c.points}分）" if c.points is not None else "")
            for c in e.culture_contributions) + f"；记录中文化积分合计{total}分")
    return "\n".join(lines) or None


def _relations(e: Employee) -> str | None:
    lines = []
    if e.satisfaction:
        lines.append("满意度调研（1–5分）：" + "；".join(
            f"{s.survey_date.isoformat()} {s.score}分" + (f"（{s.comment}）" if s.comment else "") for s in e.satisfaction))
    if e.conflicts:
        lines.append("团队冲突：" + "；".join(
            f"{c.date.isoformat()}【{c.severity}】{c.description}" for c in e.conflicts))
    if e.hr_notes:
        lines.append("HR备注：" + "；".join(f"{n.date.isoformat()} {n.text}" for n in e.hr_notes))
    return "\n".join(lines) or None


def _noncompete(e: Employee) -> str | None:
    nc = e.non_compete
    if not nc.bound and not e.confidentiality:
        return None
    lines = [f"保密义务：{'有' if e.confidentiality else '无记录'}"]
    if nc.bound:
        lines.append(f"竞业限制：已约定，期限{nc.months}个月，约定月经济补偿：{_money(nc.monthly_pay)}"
                     + ("元" if nc.monthly_pay is not None else ""))
    else:
        lines.append("竞业限制：未约定")
    return "\n".join(lines)
