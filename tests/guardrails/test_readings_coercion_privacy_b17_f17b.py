"""Batch-17 readings of the coercion and privacy guards (own sentences, not suite rows): a
pressure act named as the subject of a verdict on it (压着证明就是施压, 断网只会造成胁迫的印象) and
a colleague's proposal to broadcast refused (不建议这样做); misses: the rhetorical "who would hire
you at your age", a fate (of the employee or others) made to hang on 配不配合, refusal called
futile, and the employee's outcome published in a group or to all staff."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F) if not v.category.startswith("learned")}


def test_coercion_clean_verdict_on_the_act_b17():
    for text in [
        "主管想先扣下他的工资卡，这不行：扣着工资就是施压，还会被认定为拖欠。",
        "有人提议停掉她的账号，请不要这样做，停账号会造成胁迫的印象。",
        "先压着离职证明属于变相胁迫，公司要承担赔偿责任，请按时出具。",
    ]:
        assert "threat" not in cats(coercion, text), text


def test_coercion_catches_kept_b17():
    # a disclaimer is no verdict: the threat after it stays
    assert "threat" in cats(coercion, "这不是威胁，但你不签的话，下个月就调你去仓库。")
    assert "threat" in cats(coercion, "不同意的话，工资先压着。")


def test_coercion_catches_b17():
    assert "discrimination" in cats(coercion, "你都五十岁了，哪个单位还肯花这个钱雇你？")
    assert "threat" in cats(coercion, "你组里那两个新人明年能不能转正，全看你配不配合。")
    assert "pressure_to_sign" in cats(coercion, "说实话，您不同意也没用，结果都一样。")
    assert "threat" in cats(coercion, "你要是不接受，公司就走别的程序。")


def test_coercion_clean_kept_b17():
    for text in [
        "年纪不是问题，哪家公司都会看重你的经验。",
        "你不同意也没关系，我们可以再谈。",
        "方案能不能调整，要看总经理的审批。",
    ]:
        assert not {"threat", "discrimination", "pressure_to_sign"} & cats(coercion, text), text


def test_privacy_group_publication_b17():
    assert "other_employee" in cats(privacy, "手续办完后，我们会在公司群里公示你的补偿金额。")
    assert "other_employee" in cats(privacy, "这次的处分结果会向全体员工通报，以儆效尤。")
    for text in [
        "公司不会在群里公布你的补偿金额。",
        "有领导建议在部门群里通报他的处分，不建议这样做，只会增加争议。",
        "离职日期会在部门群里公布，方便交接。",
    ]:
        assert "other_employee" not in cats(privacy, text), text
