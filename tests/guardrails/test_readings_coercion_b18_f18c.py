"""Batch-18 readings of the coercion guard (own sentences, not suite rows): a harm named after an
informing act as what the warning protects against (先跟你讲明白，免得以后吃亏), and time to think
offered in the clause after a semicolon (现在签只能按法定签；等审批出来再签也行，不急)."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(text):
    return {v.category for v in coercion.check(text, F) if not v.category.startswith("learned")}


def test_forewarning_is_no_threat_b18():
    for text in [
        "你要是跳去竞品公司，保密协议里的条款是有效的，我先跟你讲明白，以免你到时候吃亏。",
        "如果你打算走仲裁，时效是一年，我提醒你一下，免得你错过了受损失。",
    ]:
        assert "threat" not in cats(text), text


def test_threat_after_avoidance_kept_b18():
    # a push to comply is no informing act: the harm after 免得 stays a threat
    assert "threat" in cats("你要是不签，就给你调岗，免得你以后吃亏。")
    assert "threat" in cats("不签的话，我们就把这事记进档案。")


def test_time_offered_after_semicolon_b18():
    assert "pressure_to_sign" not in cats("你今天签的话只能按法定金额签；想等领导批完再签也完全可以，不急。")


def test_pressure_kept_b18():
    assert "pressure_to_sign" in cats("今天必须签，否则方案作废。")
    assert "pressure_to_sign" in cats("你现在签的话只能按这个数签；过了今天就作废。")
