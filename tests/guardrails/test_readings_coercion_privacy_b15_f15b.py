"""Batch-15 readings of the coercion and privacy guards (own sentences, not suite rows): a
colleague's pay named only as what is NOT used as a reference (别人的待遇不拿来参照), with no
figure given; misses: the exit certificate worded against the employee (就不能写得那么体面了),
a ruin idiom aimed at the employee (让你赔到倾家荡产), a spouse's employer or social-insurance
record looked up, a roster of leavers carrying names and ID numbers, the employee's residence or
movements investigated (a non-compete check needs the job, not the whereabouts)."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F) if not v.category.startswith("learned")}


def test_privacy_clean_readings_b15():
    for text in [
        "你的补偿按你自己的工龄算，其他员工的补偿标准我们不拿来参照。",
        "之前同事的待遇公司也不会当作依据，只看你本人的合同。",
        "王五的方案我们不会拿来参考，每个人按自己的情况算。",
        "核实竞业情况只看你的就业单位，我们不会跟踪你的行踪。",
        "你老婆问的社保转移，我们请社保专员当面答复。",
    ]:
        assert not {"other_employee", "sensitive_other"} & cats(privacy, text), text


def test_privacy_catches_b15():
    # kept: a figure given before the refusal discloses it anyway
    assert "other_employee" in cats(privacy, "别的员工拿了10个月，我们不会拿来参照。")
    assert "other_employee" in cats(privacy, "王五拿了8个月，我们不拿来参照。")
    assert "other_employee" in cats(privacy, "请你说明一下你配偶的就职单位和公积金缴存情况。")
    assert "other_employee" in cats(privacy, "附上被裁员工名单，包括姓名和身份证号，请你签字确认。")
    assert "sensitive_other" in cats(privacy, "我们已经安排人摸清你平时的出行路线。")
    assert "sensitive_other" in cats(privacy, "公司找了调查公司，盯一下你下班后的住处。")


def test_coercion_catches_b15():
    assert "threat" in cats(coercion, "你再去劳动局折腾，离职证明上的评价我们就不好写得那么客气了。")
    assert "threat" in cats(coercion, "真闹上法庭，我们会让你赔到倾家荡产。")


def test_coercion_clean_b15():
    for text in [
        "离职证明我们依法出具，不会因为你申请仲裁就写得难看。",
        "这笔违约金不会让你倾家荡产，按月分期也可以谈。",
    ]:
        assert "threat" not in cats(coercion, text), text
