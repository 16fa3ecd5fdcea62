"""HR's own questions in its message get a direct answer, from the calculator's figures and the
handbook's and statute's rules by id; a message that only reports gets none."""

from __future__ import annotations

import json
import re
from decimal import Decimal as D
from pathlib import Path

import pytest

from copilot.calc import CaseInput, calculate
from copilot.demand_parser import extract_demand
from copilot.hr_questions import answer_hr_questions
from knowledge.law_corpus import law_chunks
from knowledge.policy_corpus import iter_policy_chunks
from tests.engine.test_pipeline import seed_session

SEED = json.loads(Path("examples/seed-case.json").read_text(encoding="utf-8"))


def _case(**over) -> CaseInput:
    return CaseInput.model_validate({**SEED, **over})


def _topics(message: str, case: CaseInput | None = None, approved: D = D("0")) -> dict[str, str]:
    case = case or _case()
    return {a.topic: a.answer_zh for a in answer_hr_questions(message, case, calculate(case), approved)}


@pytest.mark.parametrize("message", ["他要8个月", "他干了七年，公司想跟他谈离职。", "员工情绪比较激动，已经安抚。"])
def test_a_report_asks_nothing(message):
    assert _topics(message) == {}


def test_may_i_say_the_company_agrees_is_no_before_approval():
    got = _topics("他说不给8个月就去仲裁，我能跟他说公司肯定同意吗？")
    assert set(got) == {"promise"}
    answer = got["promise"]
    assert answer.startswith("不能") and "11,000.00元" in answer and "分管领导" in answer
    assert "可以为你提出申请，结果以公司审批为准" in answer


def test_after_approval_the_approved_months_may_be_confirmed():
    got = _topics("我能答应他8个月吗？", approved=D("1"))
    assert got["promise"].startswith("可以") and "1个月" in got["promise"]


def test_beyond_policy_is_no():
    case = _case(demands=[{"kind": "months", "value": "10", "text": "我要10个月"}])
    assert "超过制度允许的额外补偿上限" in _topics("能不能先答应他？", case)["promise"]


@pytest.mark.parametrize("message, topic, phrase", [
    ("我能跟他说不签就按严重违纪开除吗？", "coercion", "不能"),
    ("能不能给他点压力，让他早点签？", "coercion", "不能"),
    ("今天能让他当场签吗？", "rush_signing", "三个工作日"),
    ("能不能告诉他小王只拿了5万？", "colleague_privacy", "不便透露"),
    ("能不能先扣着离职证明，等他交接完？", "withhold_documents", "十五日内"),
    ("能不能等他交接完再付补偿？", "pay_at_handover", "77,000.00元"),
    ("能不能少给一点补偿？", "below_statute", "77,000.00元"),
    ("要不要提前30天通知他？", "notice", "不需要"),
    ("他说要去劳动仲裁，怎么办？", "dispute", "法务部"),
])
def test_each_topic(message, topic, phrase):
    got = _topics(message)
    assert topic in got and phrase in got[topic]


def test_the_employees_own_threat_is_not_hrs_question():
    got = _topics("他说不同意就起诉公司，怎么办？")
    assert set(got) == {"dispute"}


def test_notice_follows_the_ground():
    case = _case(ground="art40_incompetent", proposed_by=None, notice_given_30_days=False,
                 wages={"average_monthly": "11000", "last_month": "12000"}, demands=[])
    answer = _topics("要不要多给一个月？", case)["notice"]
    assert answer.startswith("需要") and "12,000.00元" in answer


def test_every_figure_in_an_answer_is_the_calculators():
    case = _case()
    result = calculate(case)
    known = {f"{x:,.2f}" for x in [result.statutory_total, *(i.amount for i in result.items),
                                  *(d.excess_amount for d in result.demands), *(d.statutory_amount for d in result.demands)]}
    for message in ["我能跟他说公司肯定同意吗？", "能不能少给一点补偿？", "能不能等他交接完再付补偿？"]:
        for a in answer_hr_questions(message, case, result):
            for figure in re.findall(r"\d[\d,]*\.\d\d(?=元)", a.answer_zh):
                assert figure in known, (message, figure)


def test_every_cited_id_is_in_the_corpus():
    ids = {c.id for c in law_chunks()} | {c.id for c in iter_policy_chunks()}
    case = _case()
    result = calculate(case)
    messages = ["我能跟他说公司肯定同意吗？", "我能跟他说不签就开除吗？", "今天能让他当场签吗？", "能不能告诉他同事拿了多少？",
                "能不能先扣着档案？", "能不能交接完再给补偿？", "能不能少给？", "要不要提前30天通知？", "他要去仲裁怎么办？",
                "能不能从补偿里扣他的借款？", "离职证明能写原因吗？", "竞业限制要不要启用？", "补偿什么时候到账？",
                "能不能让他写辞职信？", "奖金算不算进基数？", "要交个税吗？", "工龄要重新算吗？"]
    cited = {i for m in messages for a in answer_hr_questions(m, case, result) for i in a.articles}
    assert len(cited) > 10 and cited <= ids, cited - ids


def test_what_a_colleague_got_is_not_the_employees_demand():
    assert extract_demand("能不能告诉他小王只拿了5万？").demands == []
    assert extract_demand("上次走的老李拿了N+2，我能提吗？").demands == []
    assert [d.value for d in extract_demand("他说同事都拿了N+1，他也要N+1").demands] == ["N+1"]


def test_the_answer_carries_the_advice_and_the_audit_records_it(make_service):
    from copilot.store import audit

    svc = make_service()
    sid = seed_session(svc)
    a = svc.ask(sid, "他要8个月，我能跟他说公司肯定同意吗？")
    assert [x.topic for x in a.advice] == ["promise"] and a.advice[0].answer_zh.startswith("不能")
    assert a.script is not None and a.guard.passed
    # the rules the advice rests on are fetched by id, so their text travels with the answer (a spy on the real
    # retrieval: this small test index holds few of them)
    real, asked = svc.engine.retrieval, []

    class Spy:
        def search_sources(self, *args, **kwargs):
            return real.search_sources(*args, **kwargs)

        def get_sources(self, ids):
            asked.extend(ids)
            return real.get_sources(ids)

        def corpus_ids(self):
            return real.corpus_ids()

    svc.engine.retrieval = Spy()
    b = svc.ask(sid, "能不能先扣着离职证明，等他交接完？")
    assert [x.topic for x in b.advice] == ["withhold_documents"]
    assert {"劳动合同法#84", "劳动合同法#89", "员工手册#9.4"} <= set(asked)
    with svc.store.reader() as db:
        assert "advice" in [e.kind for e in audit.entries(db, f"session:{sid}")]


@pytest.mark.parametrize("message, topic, phrase", [
    ("能不能从补偿里扣掉他借的5000块备用金？", "deduction", "书面同意"),
    ("他要求把离职原因写成协商一致，能写吗？", "certificate_content", "协商一致解除"),
    ("竞业限制能不能不签？", "non_compete", "额外支付三个月"),
    ("他问公司能不能保证按时付款？", "payment_timing", "三个工作日内"),
    ("能不能先让他签一份自愿离职申请？", "voluntary_resignation", "不能"),
    ("他的年终奖3万要不要算进平均工资？", "wage_base", "11,000.00元"),
    ("他说要按税后工资算，能行吗？", "wage_base", "不按税后"),
    ("他问补偿要不要交个税？", "tax", "三倍以内"),
    ("他说公司2019年调过一次岗，工龄要从头算吗？", "service_length", "本案按7年计算"),
    ("他要8个月，分管领导口头同意了，我可以跟他确认吗？", "promise", "口头同意不算"),
    ("他要的是N+1，公司政策最多加一个月，我能直接同意吗", "promise", "不能"),
])
def test_more_topics(message, topic, phrase):
    got = _topics(message)
    assert topic in got and phrase in got[topic]


def test_non_compete_answer_carries_the_calculated_monthly_pay():
    case = _case(non_compete={"months": 12, "agreed_monthly": "4000", "category": "senior_technical"},
                 region={"wage_below_cap_confirmed": True, "wage_above_minimum_confirmed": True,
                         "minimum_wage_monthly": "2540"})
    answer = _topics("竞业限制要不要启用？", case)["non_compete"]
    assert "4,000.00元" in answer and "48,000.00元" in answer


def test_a_missing_fact_does_not_hold_back_the_rules(make_service):
    svc = make_service()
    sid = svc.start_session("E0001", user="hr", channel="cli")  # no regional figures: the calculation asks back
    a = svc.ask(sid, "他要8个月，我能跟他说不签就按严重违纪开除吗？公司能不能先答应他？")
    assert a.path == "clarify" and "region" in a.clarification_zh
    topics = {x.topic: x.answer_zh for x in a.advice}
    assert topics["coercion"].startswith("不能") and "补齐" in topics["promise"]
    assert not any(re.search(r"\d元", x.answer_zh) for x in a.advice)  # no figures before the calculation


def test_rules_without_a_result():
    case = _case(ground="art40_incompetent", proposed_by=None, notice_given_30_days=False, demands=[])
    got = {a.topic: a.answer_zh for a in answer_hr_questions(
        "要不要提前30天通知？能不能少给？离职证明能写原因吗？", case, None)}
    assert got["notice"].startswith("需要") and "补齐" in got["notice"]
    assert "补齐" in got["below_statute"] and "不能胜任" in got["certificate_content"]


def test_a_prohibited_dismissal_is_answered_first():
    case = CaseInput.model_validate_json(Path("examples/cases/protected_pregnancy.json").read_text(encoding="utf-8"))
    advice = answer_hr_questions("能不能少给点让她走？", case, calculate(case))
    assert advice[0].topic == "blocked" and "孕期" in advice[0].answer_zh and "劳动合同法#42" in advice[0].articles
    assert answer_hr_questions("她怀孕了，公司的方案是什么。", case, calculate(case)) == []  # no question, no advice
