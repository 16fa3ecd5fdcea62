"""Batch-13 readings of the coercion and privacy guards (own sentences, not suite rows): HR's own
inability to answer now (我不能现在答应), a signature or approval that is the approver's even with an
adverb between (经理书面签字), the proposal HR hands over (给你的方案), a check limited by 只,
a colon closing HR's preface (我说句实话：再闹的话…), access limited to the employee (其他人看不到),
a colleague's data asked for and refused (不能发/不能外传); misses: owed pay made uncertain after a
choice (能不能按时发就不好说), owed pay hung on the signature (奖金能不能发要看协议), property and
children's school data collected."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy

F = GuardFacts(employee_name="李四", other_people=["王五"])


def cats(mod, text):
    return {v.category for v in mod.check(text, F) if not v.category.startswith("learned")}


def test_coercion_clean_readings_b13():
    for text in [
        "多出的那半个月我没法今天就答应您，要总监签批，我这周帮您报上去。",
        "加薪这部分我不能现在给你确定，得经理审批签字，我先去问。",
        "补偿上浮要总经理书面签字，还没批下来，所以今天发给你的方案里只写了法定部分。",
        "离职后公司只会核对你是否到竞争对手那里任职，你的私人生活我们不会过问。",
    ]:
        assert not {"threat", "pressure_to_sign"} & cats(coercion, text), text


def test_coercion_catches_b13():
    assert "threat" in cats(coercion, "我把话说明白：你再闹的话，这笔补偿能不能按时发，就不好说了。")
    assert "threat" in cats(coercion, "你要是去仲裁，工资不一定能按时到账。")
    assert "threat" in cats(coercion, "你上半年的绩效奖金能不能给，得看你这周签不签协议。")
    # kept: a short limit on the employee's own signature
    assert "pressure_to_sign" in cats(coercion, "现在就得签字，过了今天方案作废。")
    assert "pressure_to_sign" in cats(coercion, "今天下班前必须签字，领导已经签好了。")


def test_privacy_clean_readings_b13():
    for text in [
        "这份补偿明细只发给你和分管领导，其他同事看不到。",
        "你要我把王五的补偿协议转给你看，这个不能给，别人的待遇不能外传。",
    ]:
        assert cats(privacy, text) == set(), text


def test_privacy_catches_b13():
    assert cats(privacy, "请把你名下的房产证和孩子就读学校信息一并交上来。")
    assert cats(privacy, "补偿明细整理好发给其他同事参考。")
    assert cats(privacy, "王五拿了8个月补偿，这个不能外传。")
