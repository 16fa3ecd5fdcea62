"""Legality readings added after batch 23's cold misses (sentences written for these tests): an invented limit,
fee, precondition or bar on the employee's access to arbitration, and the lawful leave rate named only to be
refused; and the clean side: the real one-year limit, arbitration as the step before court, free arbitration."""

import pytest

from .legality_helpers import blocked

EMPLOYEE = dict(initiated_by="employee")


@pytest.mark.parametrize("text, facts", [
    ("你可以告诉她，劳动仲裁必须在解除后30天内申请，逾期就没用了。", {}),
    ("申请仲裁要先缴纳一笔受理费，还不一定能赢。", {}),
    ("仲裁得先经过部门负责人签字同意，才能去申请。", {}),
    ("这种情况不属于劳动仲裁的受案范围，只能去法院。", {}),
    ("仲裁委通常不受理这类合法解除的案子。", {}),
    ("未休年假按日工资的100%结算就够了，不必按300%。", EMPLOYEE),
])
def test_batch23_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("劳动仲裁的时效是一年，从知道权利受侵害之日起算。", {}),
    ("劳动争议要先申请仲裁，对裁决不服才能去法院起诉。", {}),
    ("申请劳动仲裁不用交仲裁费，也不需要公司同意。", {}),
    ("申请仲裁并非要先交费用，这点请放心。", {}),
    ("未休年假按日工资的300%支付，其中100%已随工资发放。", EMPLOYEE),
])
def test_batch23_clean_sentences_pass(text, facts):
    # the rules' reading only: a bare sentence with no rule match is put to the learned model, which is not under test
    assert not [v for v in blocked(text, **facts) if not v.category.startswith("learned_")]


NO_NONCOMPETE = dict(non_compete=False)


@pytest.mark.parametrize("text", [
    "按公司规定，主管离职后一年内不得从事同类业务，公司无需为此另付补偿。",
    "离职后六个月内若要加入合作伙伴公司，须事先取得公司书面同意。",
    "你虽然没有竞业协议，但还是要签一份“两年内不去同行”的承诺。",
])
def test_a_restriction_imposed_without_a_noncompete_is_caught(text):
    assert blocked(text, **NO_NONCOMPETE)


@pytest.mark.parametrize("text", [
    "你没有签竞业协议，离职后去哪家公司都不受限制。",
    "你的岗位不需要签竞业协议，离职后去向自由。",
])
def test_a_restriction_disavowed_passes(text):
    assert not [v for v in blocked(text, **NO_NONCOMPETE) if not v.category.startswith("learned_")]


PREGNANT = dict(protected=["孕期"])


@pytest.mark.parametrize("text", [
    "提醒一下，怀孕的保护只到孩子出生为止。",
    "等她产假休完回来以后，就可以按正常流程解除了。",
    "这笔补偿会在你离职后分6期发放。",
])
def test_protection_cut_short_and_severance_in_instalments_are_caught(text):
    assert blocked(text, **PREGNANT)


@pytest.mark.parametrize("text", [
    "孕期的保护不是到生产为止，哺乳期同样受保护。",
    "产假结束以后，公司也不能因此解除你的劳动合同。",
])
def test_the_protection_stated_in_full_passes(text):
    assert not [v for v in blocked(text, **PREGNANT) if not v.category.startswith("learned_")]
