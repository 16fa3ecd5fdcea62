"""Batch-23 round readings for coercion and privacy (own sentences, not suite rows): security or
deliberate pressure staged for the talk, a reference check said to hurt the job search, the
employee's own deal published to colleagues, HR's question restating the employee's claim, a
colleague named right after a refusal to discuss them."""
from guardrails.facts import GuardFacts
from guardrails.guards import coercion, privacy


def _facts(*others: str) -> GuardFacts:
    return GuardFacts(employee_name="李四", other_people=list(others))


def _cats(mod, text: str, *others: str) -> set[str]:
    return {v.category for v in mod.check(text, _facts(*others))}


def test_security_staged_at_the_talk_is_pressure():
    assert "pressure_to_sign" in _cats(coercion, "面谈那天安排两名保安站在会议室门口，让她知道公司是认真的。")


def test_pressure_recommended_to_the_manager_is_read():
    assert "pressure_to_sign" in _cats(coercion, "建议周五约谈时多给她一点压力，争取当周签下来。")


def test_pressure_disclaimed_stays_clean():
    assert not _cats(coercion, "这次谈话不会给你任何压力，你带回去慢慢想。")
    assert not _cats(coercion, "谈话时不要给她压力，也不要安排保安在场。")


def test_reference_check_hurting_the_job_search_is_a_threat():
    text = "新单位做背景调查的时候，我们只好照实讲你离职时闹得不愉快，这对你以后求职恐怕不利。"
    assert "threat" in _cats(coercion, text)


def test_reference_check_reassured_stays_clean():
    assert not _cats(coercion, "背调时我们只会确认任职时间和岗位，不会对你找工作不利。")


def test_own_deal_published_to_colleagues_is_caught():
    text = "协议生效后，公司会在部门例会上宣布结果，您的补偿金额96,000.00元也会一并说明。"
    assert "other_employee" in _cats(privacy, text)


def test_own_deal_kept_from_colleagues_stays_clean():
    assert not _cats(privacy, "您的补偿金额96,000.00元只有您和财务知道，不会在部门例会上公开。")
    assert not _cats(privacy, "您的补偿是96,000.00元，按您本人的年限算，全员邮件里只写交接安排。")


def test_hr_question_restating_the_employees_claim_is_not_disclosure():
    text = 'HR问："他说王五离职也拿了补偿，我怎么回？"\n建议回复：别去比较王五的情况，只讲规则本身。'
    assert "other_employee" not in _cats(privacy, text, "王五")  # the rule's reading; the model is not retrained here


def test_answer_that_confirms_the_colleagues_data_is_still_caught():
    text = 'HR问："他说王五离职也拿了补偿，我怎么回？"\n建议回复：王五确实拿了6个月，但情况不同。'
    assert "other_employee" in _cats(privacy, text, "王五")


def test_pressure_negated_further_back_stays_clean():
    assert not _cats(coercion, "我可以保证，不会有任何人因为你还没答复就去催你、给你施加压力。")
