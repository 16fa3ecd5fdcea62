"""The typed answer of one turn. Its numbers come from the calculators; its script passed the
guards; it says which path produced it. The panel, WeCom and the eval harness all read this."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from copilot.calc.calculator import CaseResult
from copilot.persona import Persona

Path = Literal["llm", "llm_repaired", "offline", "offline_after_llm_failure", "clarify", "blocked"]

SECTION_TITLES_ZH = {
    "opening": "开场",
    "statutory_explanation": "法定标准说明",
    "demand_response": "回应诉求",
    "concession_path": "让步空间（制度内）",
    "closing": "收尾",
}


class Objection(BaseModel):
    objection: str
    response: str


class Script(BaseModel):
    opening: str
    statutory_explanation: str
    demand_response: str
    concession_path: str
    closing: str
    objections: list[Objection] = Field(default_factory=list)
    citations: list[str] = Field(default_factory=list, description="Chunk ids the script rests on.")

    def sections(self) -> list[tuple[str, str, str]]:
        return [(k, SECTION_TITLES_ZH[k], getattr(self, k)) for k in SECTION_TITLES_ZH]

    def full_text(self) -> str:
        parts = [text for _, _, text in self.sections()]
        parts += [f"{o.objection}\n{o.response}" for o in self.objections]
        return "\n\n".join(parts)


class AnswerFlag(BaseModel):
    code: str
    severity: Literal["info", "warning", "blocking"]
    message_zh: str
    articles: list[str] = Field(default_factory=list)
    amount: Decimal | None = None


class HrAdvice(BaseModel):
    topic: str = Field(description="promise | coercion | rush_signing | colleague_privacy | withhold_documents | "
                                   "pay_at_handover | below_statute | notice | dispute | deduction | "
                                   "certificate_content | non_compete | payment_timing | blocked | voluntary_resignation | "
                                   "wage_base | tax | service_length")
    question_zh: str = Field(description="The part of HR's message this answers.")
    answer_zh: str
    articles: list[str] = Field(default_factory=list, description="Chunk ids of the rules the answer rests on.")


class Citation(BaseModel):
    id: str
    title: str
    text: str
    source_type: str
    score: float | None = None


class GuardSummary(BaseModel):
    passed: bool
    attempts: int
    violations: list[dict] = Field(default_factory=list, description="Of the drafts that were rejected.")
    warnings: list[dict] = Field(default_factory=list, description="Non-blocking readings on the script shown, "
                                 "for HR to review (guard, category, message, span).")


class Answer(BaseModel):
    session_id: str | None = None
    turn_index: int | None = None
    employee_id: str | None = None
    employee_name: str | None = None
    path: Path
    offline_label_zh: str | None = Field(default=None, description="Shown when the offline drafter wrote the script.")
    clarification_zh: str | None = None
    script: Script | None = None
    facts: CaseResult | None = None
    flags: list[AnswerFlag] = Field(default_factory=list)
    advice: list[HrAdvice] = Field(default_factory=list, description="Answers to the questions HR asked this turn.")
    citations: list[Citation] = Field(default_factory=list)
    persona: Persona | None = None
    guard: GuardSummary | None = None
    prompt_id: str | None = None
    prompt_version: int | None = None
    model: str | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    tokens: dict[str, int] = Field(default_factory=dict)
