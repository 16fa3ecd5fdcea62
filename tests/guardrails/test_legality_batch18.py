"""Legality readings added after the eighteenth train batch (FPs only; sentences written for these tests):
whether to waive named as a decision (是否放弃…由谁决定) asserts no waiver, and the company's failure to pay
monthly put as the condition of the employee's remedy (如果不按月付，你有权…) refuses no monthly payment."""

import pytest

from .legality_helpers import blocked

NC = dict(non_compete=True)


@pytest.mark.parametrize("text, facts", [
    ("至于是否放弃追偿，那要由总经理办公会决定，我这边没法答复。", {}),
    ("要不要放弃仲裁完全由您自己选择，公司不做任何要求。", {}),
    ("限制期内如果单位不按月发补偿，你可以要求补发，连续三个月没发还可以解除这份约定。", NC),
    ("要是公司不按月付竞业补偿，您有权书面催告并主张欠付部分。", NC),
])
def test_batch18_clean_sentences_pass(text, facts):
    assert not blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("签了这份协议就视为你放弃追究公司的一切责任。", {}),
    ("乙方自愿放弃仲裁和诉讼的权利。", {}),
    ("竞业补偿我们不按月付了，等两年期满后一次性打给你。", NC),
])
def test_batch18_violations_still_caught(text, facts):
    assert blocked(text, **facts)
