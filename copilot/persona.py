"""Who HR is talking to. A documented set of personas, inferred from the employee's records and
the conversation with the evidence shown; HR can override the inference.

- rational:    data-driven; wants the formula, the articles and the figures, in order.
- emotional:   relationship-oriented; wants recognition of years and contribution, and respect.
- anxious:     financially pressed; wants certainty about money, dates and the next job.
- adversarial: litigation-minded; mentions 仲裁/律师/起诉, has conflict or complaint records.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

PersonaKey = Literal["rational", "emotional", "anxious", "adversarial"]

PERSONAS: dict[str, dict[str, str]] = {
    "rational": {"label_zh": "理性数据型", "approach_zh": "先给计算依据和数字，按法条逐项说明，用事实和选项推进"},
    "emotional": {"label_zh": "情感关系型", "approach_zh": "先肯定多年贡献和付出，照顾感受与体面，再讲方案"},
    "anxious": {"label_zh": "焦虑经济压力型", "approach_zh": "先讲清能拿到多少、何时到账、社保和证明怎么办，给确定感"},
    "adversarial": {"label_zh": "对抗维权型", "approach_zh": "语气平和、措辞严谨，只讲有依据的事实，留书面记录，不做口头承诺"},
}


class PersonaSignals(BaseModel):
    """What the records say, reduced to the signals persona inference reads."""

    tenure_years: Decimal = Decimal("0")
    top_ratings: int = Field(default=0, description="Years rated 优秀 or top 10%")
    overtime_hours_last_year: Decimal = Decimal("0")
    average_wage: Decimal | None = None
    local_minimum_wage: Decimal | None = None
    culture_contributions: int = 0
    rewards: int = 0
    conflicts: int = 0
    complaints_or_disputes: int = 0
    low_satisfaction: bool = False


class Persona(BaseModel):
    key: PersonaKey
    label_zh: str
    approach_zh: str
    evidence: list[str] = Field(default_factory=list, description="Why, in Chinese: records and words.")
    scores: dict[str, float] = Field(default_factory=dict)
    overridden: bool = False


_WORDS: dict[str, re.Pattern[str]] = {
    "adversarial": re.compile(r"仲裁|律师|起诉|打官司|劳动监察|投诉|举报|法院|维权|告公司|违法解除|证据|录音"),
    "anxious": re.compile(r"房贷|车贷|孩子|上学|老人|看病|家里|生活费|没钱|找不到工作|下家|社保断|断缴|什么时候到账|多久到账|养家"),
    "emotional": re.compile(r"这么多年|多年|感情|心寒|委屈|付出|不舍|舍不得|难过|伤心|被抛弃|卸磨杀驴|没良心|一起|老员工|尊重"),
    "rational": re.compile(r"怎么算|依据|哪条|法条|条款|明细|计算|公式|数据|标准|凭什么是|算法|核对"),
}


def infer_persona(signals: PersonaSignals, conversation: list[str], override: PersonaKey | None = None) -> Persona:
    scores = {k: 0.0 for k in PERSONAS}
    evidence: dict[str, list[str]] = {k: [] for k in PERSONAS}
    text = "\n".join(conversation)
    for key, pattern in _WORDS.items():
        hits = sorted(set(pattern.findall(text)))
        if hits:
            scores[key] += 2.0 * len(hits)
            evidence[key].append(f"谈话中提到：{'、'.join(hits)}")
    if signals.complaints_or_disputes:
        scores["adversarial"] += 2.5
        evidence["adversarial"].append(f"档案中有{signals.complaints_or_disputes}次投诉或争议记录")
    if signals.conflicts >= 2:
        scores["adversarial"] += 1.0
        evidence["adversarial"].append(f"档案中有{signals.conflicts}次团队冲突记录")
    if signals.top_ratings >= 2:
        scores["rational"] += 1.5
        evidence["rational"].append(f"{signals.top_ratings}年绩效优秀，习惯用业绩和数据说话")
    if signals.tenure_years >= 5:
        scores["emotional"] += 1.0 + min(float(signals.tenure_years) / 10, 1.0)
        evidence["emotional"].append(f"在公司工作{signals.tenure_years}年，对公司有感情基础")
    if signals.culture_contributions or signals.rewards:
        scores["emotional"] += 0.5 * min(signals.culture_contributions + signals.rewards, 4)
        evidence["emotional"].append(f"有{signals.culture_contributions}项文化贡献、{signals.rewards}次奖励")
    if signals.overtime_hours_last_year >= 150:
        scores["emotional"] += 0.5
        scores["rational"] += 0.5
        evidence["emotional"].append(f"近一年加班{signals.overtime_hours_last_year}小时，付出多")
    if signals.average_wage is not None and signals.local_minimum_wage is not None and \
            signals.average_wage < signals.local_minimum_wage * Decimal("1.6"):
        scores["anxious"] += 2.0
        evidence["anxious"].append("工资水平接近当地最低工资，经济压力可能较大")
    if signals.low_satisfaction:
        scores["adversarial"] += 0.5
        evidence["adversarial"].append("近期满意度调查评分偏低")
    if all(v == 0 for v in scores.values()):
        scores["rational"] = 0.5
        evidence["rational"].append("没有明显信号，默认按理性数据型沟通")
    best = max(scores, key=lambda k: (scores[k], k == "rational"))
    key: PersonaKey = override or best  # type: ignore[assignment]
    ev = evidence[key] if not override else [f"HR 指定为{PERSONAS[key]['label_zh']}"] + evidence[key]
    return Persona(key=key, label_zh=PERSONAS[key]["label_zh"], approach_zh=PERSONAS[key]["approach_zh"],
                   evidence=ev, scores=scores, overridden=override is not None)
