"""Batch-14 readings of the coercion and privacy guards (own sentences, not suite rows): 告 inside
a word (报告, 公告) is no lawsuit, a condition on the employee's wish (如果需要/有疑问) opens an
offer, the employee's worry reported as theirs (您提到担心…) and answered, a disclosure negated by
a bare 不/未 (不抄送其他人); misses: 不怕…吗 as a rhetorical jab (not the employee's worry), a
claim reproached as petty with a trait (这把年纪还这么计较), conduct "truthfully recorded" in a
reference after a choice, a notice addressed to 各部门 carrying a dismissal."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F) if not v.category.startswith("learned")}


def test_coercion_clean_readings_b14():
    for text in [
        "你交来的体检报告我们会锁在你的人事档案里，别的部门调不到。",
        "有疑问的话，我们可以帮你把档案转到新单位，手续我来跑。",
        "如果有需要，离职证明我们当天就开给您。",
        "你说过担心自己四十多岁了不好找下家。这次调整跟年龄没有关系，是业务线整体关停。",
    ]:
        assert not {"threat", "discrimination"} & cats(coercion, text), text


def test_coercion_catches_b14():
    assert "humiliation" in cats(coercion, "就这点事闹成这样，不怕同事们笑话？")
    assert "discrimination" in cats(coercion, "都四十多岁了还这么斤斤计较，差不多就行了。")
    assert "threat" in cats(coercion, "要是你继续到处举报，新单位来问的时候我们会如实反映你的问题。")
    # kept: a worry reported as the employee's but followed by HR's push in the same sentence
    assert "discrimination" in cats(coercion, "您提到担心孕期精力跟不上，所以还是签了吧。")


def test_privacy_clean_readings_b14():
    for text in [
        "你的补偿明细只发给你本人，未抄送其他同事。",
        "这封邮件里有你的工资数，我不转发给部门领导。",
    ]:
        assert "other_employee" not in cats(privacy, text), text


def test_privacy_catches_b14():
    assert "other_employee" in cats(privacy, "各位同事：前员工李四因旷工被解除劳动合同，请大家引以为戒。")
    assert "other_employee" in cats(privacy, "全体员工：李四的补偿已谈妥，其诉求不再受理。")
    # kept: a disclosure not negated
    assert "other_employee" in cats(privacy, "我会把你的补偿方案抄送其他人备案。")
