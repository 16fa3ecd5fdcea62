"""An ``Answer`` as Chinese text for a person (CLI, WeCom)."""

from __future__ import annotations

from copilot.answer import Answer
from copilot.drafting.wording import article_title, yuan

PATH_ZH = {
    "llm": "大模型生成，已通过合规检查",
    "llm_repaired": "大模型生成，经修正后通过合规检查",
    "offline": "内置模板生成，已通过合规检查",
    "offline_after_llm_failure": "大模型输出未通过检查或调用失败，改用内置模板，已通过合规检查",
    "clarify": "需要补充信息",
    "blocked": "存在禁止性情形",
}
SEVERITY_ZH = {"blocking": "【禁止】", "warning": "【注意】", "info": "【提示】"}


def answer_text(a: Answer) -> str:
    lines: list[str] = []
    who = f"{a.employee_name}（{a.employee_id}）" if a.employee_name else (a.employee_id or "")
    lines.append(f"== {who} · {PATH_ZH[a.path]}")
    if a.clarification_zh:
        lines.append(a.clarification_zh)
    if a.facts is not None:
        f = a.facts
        lines.append(f"依据：{f.ground_label_zh}；工作年限 {f.service_zh}")
        for item in f.items:
            lines.append(f"  · {item.label_zh}：{yuan(item.amount)}" + (f"（{item.months.normalize():f}个月）" if item.months else ""))
        lines.append(f"  法定合计：{yuan(f.statutory_total)}")
    if a.flags:
        lines.append("提示：")
        lines += [f"  {SEVERITY_ZH[x.severity]} {x.message_zh}" for x in a.flags]
    if a.advice:
        lines.append("答复您的问题：")
        for x in a.advice:
            cites = "（依据：" + "、".join(article_title(i) for i in x.articles) + "）" if x.articles else ""
            lines.append(f"  问：{x.question_zh}\n  答：{x.answer_zh}{cites}")
    if a.persona is not None:
        lines.append(f"沟通对象画像：{a.persona.label_zh}（{a.persona.approach_zh}）")
        lines += [f"  - {e}" for e in a.persona.evidence]
    if a.script is not None:
        lines.append("话术：")
        for _, title, text in a.script.sections():
            lines.append(f"【{title}】{text}")
        for o in a.script.objections:
            lines.append(f"【可能的异议】{o.objection}\n  回应：{o.response}")
        if a.offline_label_zh:
            lines.append(f"（{a.offline_label_zh}）")
        if a.guard is not None and a.guard.warnings:
            lines.append("合规提醒（未拦截，请人工确认）：")
            lines += [f"  · 「{w['span']}」{w['message']}" for w in a.guard.warnings]
    if a.citations:
        lines.append("引用：" + "；".join(f"{c.id}" if c.source_type == "record" else article_title(c.id) for c in a.citations))
    return "\n".join(lines)
