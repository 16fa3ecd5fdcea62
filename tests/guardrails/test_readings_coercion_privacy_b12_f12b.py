"""Batch-12 readings of the coercion and privacy guards (own sentences, not suite rows)."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F) if not v.category.startswith("learned")}


def test_coercion_clean_readings():
    for text in [
        # a lawful service fact acknowledged, then written into the record
        "你的工龄我们都认可，会一并写进离职证明。",
        "这段年限公司认可，也会记入你的档案。",
        # a refusal whose consequences are negated by a verb other than 会
        "拒绝签字不带来任何处分或调岗。",
        "你如果拒绝，并不产生任何不利后果。",
        "你不同意，也无任何不利后果。",
        # what HR can confirm now, nominalised: no answer asked of the employee
        "现在能决定的只有付款时间，其他要等审批。",
        "今天能确认的只有法定补偿这一部分，额外部分要等审批。",
        # a trait's details kept out of a document
        "员工的孕检细节不在本次面谈记录范围内。",
        "产假的具体安排细节不在这次谈话范围里。",
    ]:
        assert not {"threat", "discrimination", "pressure_to_sign"} & cats(coercion, text), text


def test_coercion_catches_kept():
    assert "threat" in cats(coercion, "你不签的话，这次的违纪我们会写进离职证明。")
    assert "threat" in cats(coercion, "不同意就会产生后果，你自己掂量。")
    assert "threat" in cats(coercion, "你不签，就会给你处分，拒绝不会带来任何好处。")
    assert "pressure_to_sign" in cats(coercion, "今天必须签字，过了今天方案作废。")
    assert "discrimination" in cats(coercion, "怀孕的员工不在我们续签考虑范围内，你还是签了吧。")


def test_privacy_clean_readings():
    for text in [
        "其他同事的处分情况属于他们的个人隐私，不能拿来对比。",
        "别的员工的绩效是他们各自的个人信息，我不方便拿来比较。",
    ]:
        assert cats(privacy, text) == set(), text


def test_privacy_catches_kept():
    assert cats(privacy, "其他同事的补偿都是拿了8个月，你也差不多。")
    assert cats(privacy, "之前那位员工拿了10个月，你要的不算多。")
