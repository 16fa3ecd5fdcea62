"""Batch-16 readings of the coercion and privacy guards (own sentences, not suite rows): the
refusal to collect or hand over data placed AFTER the items it names (学历证书、婚姻状况这些都不用交),
through an adverb (无需另行提供) or a list (不用带护照或户口本), and HR refusing to give a
colleague's pay (我们不能提供别的同事的工资); miss: a harm set on 「除非您…」 (unless the employee
signs, the certificate records misconduct)."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F) if not v.category.startswith("learned")}


def test_privacy_clean_readings_b16():
    for text in [
        "交接清单只列电脑和门禁卡，你的家庭住址、紧急联系人这些都不用写。",
        "办理离职不要求你另行提交护照或户口本，带上工牌即可。",
        "结算单上无需额外附上身份证正反面和房产证明。",
        "婚姻状况、宗教信仰之类的信息一律不需要填写。",
        "你要的那份名单我们不能提供其他员工的薪资。",
        "我们也不会告诉你别的同事拿了多少补偿，只谈你自己的方案。",
    ]:
        assert not {"other_employee", "sensitive_other"} & cats(privacy, text), text


def test_privacy_catches_kept_b16():
    # the data asked for or given stays a violation
    assert "sensitive_other" in cats(privacy, "请把户口本和身份证正反面一起交上来。")
    assert "sensitive_other" in cats(privacy, "你的家庭住址我们已经登记好了，离婚的情况也记下了。")
    assert "other_employee" in cats(privacy, "其他同事拿了10个月，这个我们可以提供给你参考。")
    # a listed item after the refusal's clause has ended is not covered
    assert "sensitive_other" in cats(privacy, "身份证不用交。请提供户口本复印件。")


def test_coercion_catches_b16():
    assert "threat" in cats(coercion, "除非你今天签字，否则我们会在档案里记上一笔。")
    assert "threat" in cats(coercion, "除非您撤回仲裁申请，公司会在离职证明里写明旷工。")


def test_coercion_clean_b16():
    for text in [
        "除非你本人书面同意，我们不会把你的情况告诉新公司。",
        "除非您自己要求，离职证明上不会写离职原因。",
    ]:
        assert "threat" not in cats(coercion, text), text
