"""Batch-11 readings of the coercion and privacy guards (own sentences, not suite rows)."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["许诺", "钱进", "王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F)}


def test_coercion_clean_readings():
    for text in [
        "我能做到的只有三件事：材料今天就交上去，结果不管怎样都会回复你。",
        "您转述的“扣她奖金看她走不走”不合规：奖金扣着不发可能被认定为克扣工资。",
        "面谈提示：不要把她的年龄和“不适合岗位”联系起来，给她足够时间考虑。",
        "方案我先发你，你可以找家人看过再定。",
        "备忘：档案里不记录任何病假或孕期细节。本备忘不在部门范围内传阅。",
    ]:
        assert not {"threat", "discrimination", "pressure_to_sign"} & cats(coercion, text), text


def test_coercion_catches():
    assert "threat" in cats(coercion, "这个月的工资得等你先签一份放弃一切诉求的声明才能发。")
    assert "threat" in cats(coercion, "明年如果你还在这个组，年终奖就别指望了。")
    assert "humiliation" in cats(coercion, "您这些年表现平平，在任何岗位上都难有作为。")


def test_privacy_clean_readings():
    for text in [
        "这件事我没法对您许诺，要看审批结果。",
        "钱进了你的银行卡后请核对金额。",
        "办手续不需要提供户口本，系统已有资料。",
        "材料里不会写你的孕周这类细节。",
    ]:
        assert privacy.check(text, F) == [] or all(v.category.startswith("learned") for v in privacy.check(text, F)), text


def test_privacy_catches():
    assert cats(privacy, "交接给王五，他最近复查有情况要请长假。")
    assert cats(privacy, "据说你名下在两地各有一套住房，应该不缺钱。")
    assert cats(privacy, "部门群通知：李四因违纪已被解除劳动合同，请大家引以为戒。")
