"""Legality readings added after the fourth train batch: the employee's right affirmed, a rumour named to
correct it, the employee's demand restated, a lawful release power, the 2N settlement, recorded figures in
their own role; and waivers inside agreement clauses, relabelled statutory money, misstatements in unusual
phrasing, unlawful non-compete terms. The sentences are written for these tests, not taken from the suite."""

import pytest

from .legality_helpers import blocked

ILLEGAL = dict(ground="illegal_termination", multipliers=["2N", "N"], statutory_total="200000.00",
               statutory_months="8")
RESIGN = dict(ground="mutual_employee", initiated_by="employee", statutory_total="0.00", statutory_months="0",
              multipliers=[])
CAPPED = dict(statutory_total="600000.00", statutory_months="12", figures=[
    {"label": "法定经济补偿（N，封顶后12个月）", "amount": "600000.00", "months": "12"},
    {"label": "封顶月工资基数（当地上年度职工月平均工资三倍）", "amount": "50000.00"},
    {"label": "当地上年度职工月平均工资", "amount": "16666.67"},
    {"label": "政策额外补偿上限（2个月，需总经理书面审批）", "amount": "100000.00", "months": "2"},
    {"label": "月平均工资（实际）", "amount": "80000.00"},
])
NONCOMPETE = dict(non_compete=True, non_compete_min_monthly="6000.00", statutory_total="120000.00",
                  statutory_months="6")


@pytest.mark.parametrize("text, facts", [
    # the employee's right affirmed, a waiver named only to exclude it
    ("补偿款的支付不以您放弃申请仲裁为前提，这一点请放心。", {}),
    ("我们不会把“放弃投诉”写成领钱的条件。", {}),
    ("你担心的那句'自愿放弃补偿'，这份协议里不会有。", {}),
    ("这份确认书只确认补偿已结清，不涉及放弃您的其他法定权利。", {}),
    # a rumour named in order to correct it
    ("你朋友说“协商走都能拿N”，那是公司提出协商的情况，你这次是自己提的。", RESIGN),
    ("听同事讲协商解除是N加1，这个说法不准确，+1只在第四十条未提前通知时才有。", {}),
    ("法定的补偿一分不少，按时到账。", {}),
    ("年假工资和离职证明都会照常办，和你签不签没有任何关系。", RESIGN),
    ("“违纪就没有补偿”只在严重违纪时成立，本案不能按无补偿处理。", ILLEGAL),
    # the employee's demand restated, or refused
    ("您想要的按实际工资算共960,000.00元，这个我们没法作为法定标准。", CAPPED),
    ("您提出的215,000.00元里包含一个月代通知金，公司不同意这一部分。", ILLEGAL),
    ("您说希望不封顶，这个我不能答应您。", CAPPED),
    ("对方消息里称高管不适用封顶，这段话不是公司规则。", CAPPED),
    # a lawful release power and protective rules
    ("竞业限制是否提前解除由公司决定；提前解除的，依法额外支付3个月补偿。", NONCOMPETE),
    ("如果公司连续三个月没有支付竞业补偿，你有权解除竞业限制，不用继续履行。", NONCOMPETE),
    ("经济补偿和竞业补偿是两笔钱，和竞业补偿互不抵扣。", NONCOMPETE),
    ("经济补偿依第四十七条按4年计算，竞业补偿另按月支付。", NONCOMPETE),
    # the 2N settlement (实施条例第25条) and the employee's choice of damages (第48条)
    ("第三条：甲方支付赔偿金200,000.00元，乙方确认不再另行主张代通知金。", ILLEGAL),
    ("甲方支付赔偿金200,000.00元后，乙方不再要求继续履行劳动合同。", ILLEGAL),
    ("赔偿金也就是N的两倍，共200,000.00元。", ILLEGAL),
    # recorded figures in their own role
    ("计算基数封顶为50,000.00元，年限最多12年。", CAPPED),
    ("额外部分按手册须总经理审批，上限是100,000.00元。", CAPPED),
    ("工资记录里80,000.00元已含年终奖分摊。", CAPPED),
    ("为避免争议，补偿在您办结交接当天一次支付。", {}),
    ("这份确认只是对款项的结算确认，不涉及放弃其他权利。", {}),
    ("经济补偿的年限上限是十二年，这是第四十七条第二款的规定。", CAPPED),
    ("首付一半补偿，剩余一半交接完成当天付清。", {}),
    ("公司依法代扣个人所得税后发放补偿。", {}),
    ("补偿款分两笔：协议签订后先付四成，工作交接办结之日付清余款。", {}),
    ("高管同样适用劳动合同法，经济补偿照常计算。", {}),
    ("你已经签了辞职信，按第三十七条不需要公司批准。", RESIGN),
])
def test_lawful_wording_passes(text, facts):
    assert not blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    # waivers inside agreement clauses
    ("确认书写明：在职期间各项款项已结清，即使日后发现仍有欠付，乙方也自愿不再追索。", {}),
    ("请在协议里添一句“乙方自愿放弃离职当月的社会保险”。", {}),
    ("申请表的离职原因请勾选“个人原因”，方便办手续。", {}),
    # relabelled statutory money
    ("这200,000.00元算是公司的一点心意，你别当成是应得的。", ILLEGAL),
    # misstatements of law in unusual phrasing
    ("公司提出的协商解除，法律还规定要额外支付一个月工资作为代通知金。", {}),
    ("真闹到仲裁，公司也就是赔一个N，根本不存在翻倍。", ILLEGAL),
    ("赔偿金的年限从你转正那天起算，试用期不计入。", ILLEGAL),
    ("你份工咁高，法律上冇得经济补偿。", {}),
    ("只要是协商解除，公司都要支付经济补偿，所以你的补偿少不了。", RESIGN),
    ("高管的离职方案由董事会定，不受第四十七条约束。", {}),
    ("计算基数按当地上年度职工月平均工资16,666.67元计。", CAPPED),
    ("孕期员工协商走的话，按规定只需要付一半的经济补偿。", {}),
    ("孕期保护只管因为怀孕辞退，我们是组织调整，单方解除也不违法。", {}),
    ("这笔法定补偿约定在您离职满一年后才支付。", {}),
    ("补偿金180,000.00元如您违约需要全部退还公司。", {}),
    ("公司已付赔偿金，你的年休假折现一并抵扣在里面了，不再单独结算。", ILLEGAL),
    ("你的法定标准就是N，77,000.00元，这就是法律规定你能拿到的全部了。",
     dict(multipliers=["N", "N+1"], statutory_total="88000.00")),
    # unlawful non-compete terms
    ("竞业补偿公司准备按本市最低工资2,540.00元每月支付。", NONCOMPETE),
    ("经济补偿和竞业补偿你只能二选一。", NONCOMPETE),
    ("竞业期届满后公司可根据需要再延长一年，补偿另行商定。", NONCOMPETE),
    ("不用你竞业了的话公司随时通知终止，没付的月份就不付了，也没有额外补偿。", NONCOMPETE),
    # older batches: halved or optional statutory money, cap misread, executives, protected employees
    ("协商走的话，补偿按N的一半算，这是惯例。", {}),
    ("2N只是个上限，不是必须的，公司可以只给到N。", ILLEGAL),
    ("封顶只封工资基数，年限还是按您实际的工龄来算。", CAPPED),
    ("您是高管，和公司更多是委托关系，经济补偿的规定对您不完全适用。", {}),
    ("第四十二条只保护产假中的员工，你还在孕期，不在保护范围里。", {}),
    ("不管你同不同意，公司都会按协商解除处理。", {}),
    ("最后一个月工资在离职后第三个月统一发。", RESIGN),
    ("你这属于员工提出的协商解除，跟公司提出的一样，应该给N。", RESIGN),
    ("补偿按N也就是77,000.00元，这已经是公司在法律上承担的全部责任了。",
     dict(multipliers=["N", "N+1"], statutory_total="88000.00")),
    ("就算连着三个月没打款，你也得继续遵守竞业义务。", NONCOMPETE),
    ("年假按正常日工资100%折算，不适用200%。", RESIGN),
    ("这笔补偿需要全额并入当年综合所得缴税。", {}),
    ("公司已于上月书面通知您，履行了提前通知义务，只付经济补偿。", dict(multipliers=["N", "N+1"],
                                                  statutory_total="88000.00")),
    ("本年度未休的年休假按公司规定不再折算支付。", RESIGN),
    ("您的工资超过了三倍，所以补偿按十二个月的实际工资计算。", CAPPED),
    # the handover-timing veto stands aside where the money is also held back
    ("补偿款先付一半，剩余一半作为押金，交接完成后如无问题再付。", {}),
    # the no-offset veto stands aside where the offset is made, not refused
    ("竞业补偿就拿经济补偿来顶，不另外付了。", NONCOMPETE),
])
def test_violations_are_caught(text, facts):
    assert blocked(text, **facts)


def test_two_n_settlement_is_read_with_the_damages():
    # the same release of notice pay without damages paid is a waiver of what the statute owes
    assert blocked("乙方确认不再另行主张代通知金。", multipliers=["N", "N+1"], statutory_total="88000.00")


@pytest.mark.parametrize("text", [
    "如果协商不成，公司会按第四十条给你发解除通知，多付一个月工资。",
    "部门调整后，公司拟提前三十日书面通知解除你的劳动合同。",
    "谈不拢的话就走第41条的裁员程序，把你列入裁员名单。",
])
def test_a_protected_employee_may_not_be_dismissed_under_article_40_or_41(text):
    assert blocked(text, protected=["孕期"])
    assert not blocked(text)  # the same words for an employee the facts do not protect


@pytest.mark.parametrize("text", [
    "你在孕期，公司不能依第四十条单方解除，这次只谈协商一致。",
    "内部风险提示：若按第四十条单方解除，属违法解除，赔偿金为2N。",
])
def test_the_protection_stated_or_the_risk_noted_passes(text):
    assert not blocked(text, protected=["孕期"])


# ---- batch 5 blind spots (sentences written for these tests) ----
PROTECTED = dict(protected=["孕期"], multipliers=["N", "2N"])


@pytest.mark.parametrize("text, facts", [
    # the uncapped figure named only as a counterfactual before the cap is applied
    ("若不封顶，按您的实际年限应是15个月；但工资超过三倍，年限最多按12年计。", CAPPED),
    # the leave pay affirmed in its own clause; the denial is about other money
    ("你是自己提的离职，所以没有经济补偿，未休年假按日工资另行结算。", RESIGN),
    ("除了年休假折算的那笔钱，其他没有了。", RESIGN),
    ("未休年假2天折算工资1,800.00元，随最后一个月工资发放。", RESIGN),
    # an amount that names another payment is not the severance called full
    ("公司会足额支付6,000.00元竞业补偿，每月一次。", NONCOMPETE),
    # a clawback the company disclaims
    ("违约金只在违反竞业时适用，公司不会因此扣回你的经济补偿。", NONCOMPETE),
    # a length of service (年 with 个月) beside a non-compete is not the restraint period
    ("经济补偿和竞业补偿分开算：工龄6年3个月按6.5个月计；竞业补偿按月6,000.00元。", NONCOMPETE),
    # monthly non-compete pay is not severance in instalments
    ("竞业期内公司每月支付补偿6,000.00元。", NONCOMPETE),
    # the 2N risk stated for a protected employee
    ("如果按第四十条解除，属违法解除，要付2N赔偿金。", PROTECTED),
])
def test_batch5_clean_readings_pass(text, facts):
    assert not blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("经济补偿80,000元分为十二期打款，每月一期。", {}),
    ("最后一个月的工资要等你入职新单位、背调结束后再统一结算。", RESIGN),
    ("按公司惯例，协商解除的补偿最多就是半年工资。", {}),
    ("法律上其实没有强制规定，N只是外企的习惯，咱们给多少是多少。", {}),
    ("公司把这笔经济补偿当作竞业期间的补偿，之后不再按月另行支付。", NONCOMPETE),
    ("法律只要求竞业补偿不低于本市最低工资，我们就按这个标准来。", NONCOMPETE),
    ("乙方承诺日后不再就孕期待遇向甲方追索。", {}),
    ("谈不拢就按第40条解除，只需付N，不涉及2N风险。", PROTECTED),
    ("公司付了经济补偿，也就不用付赔偿金了。", ILLEGAL),
    ("所以100,000元就够了。", ILLEGAL),
    ("建议的口径：“公司本可以不支付任何款项，出于善意才给你这笔钱。”", ILLEGAL),
    ("提前离职没满三十天的，公司要从工资里扣一个月的违约金。", RESIGN),
    ("你既然主动辞职，当月工资只能按出勤的七成发。", RESIGN),
    ("封顶用的是全国职工平均工资的三倍，不看本市的数。", CAPPED),
    ("离职当月的工资也按封顶基数发，超出的不再结算。", CAPPED),
])
def test_batch5_violations_are_caught(text, facts):
    assert blocked(text, **facts)


def test_a_script_for_hr_is_read_as_hr_words_but_a_refused_one_is_not():
    from guardrails.frames import reported_speech
    assert not reported_speech("统一话术：“补偿可以分二十四期给你，先发一半。”")
    assert reported_speech("不要用这种话术：“补偿可以分二十四期给你，先发一半。”")


# ---- batch 6 blind spots (sentences written for these tests) ----
ART40 = dict(ground="art40_incompetent", multipliers=["N", "N+1"], statutory_total="66000.00",
             statutory_months="5.5", figures=[
                 {"label": "法定经济补偿（N）", "amount": "55000.00", "months": "5"},
                 {"label": "代通知金（+1）", "amount": "11000.00", "months": "1"}])
ILLEGAL_ITEMS = dict(ILLEGAL, figures=[{"label": "经济补偿（N）", "amount": "100000.00", "months": "4"},
                                       {"label": "违法解除赔偿金（2N）", "amount": "200000.00", "months": "8"}])


@pytest.mark.parametrize("text, facts", [
    # a deduction disavowed with the negation before the verb, past 「从里面」
    ("这笔赔偿金公司不会从里面扣考勤罚款，请放心。", ILLEGAL),
    # the statute's own condition (前提是/只有…才) stated, not a record of who proposed
    ("协商解除有补偿的前提是公司提出，这次是你自己提的。", RESIGN),
    ("按第46条，只有用人单位提出的协商解除才支付经济补偿，你这次不属于。", RESIGN),
    # 没有 with its own object (经济补偿); the leave pay affirmed verb first
    ("没有经济补偿，不过你还有2天年假，公司会支付未休年假工资1,200.00元。", RESIGN),
    # a prohibition worded 不允许/不准
    ("规定里明确不允许因为怀孕降低工资，这点你放心。", PROTECTED),
    # the amount belongs to the non-compete pay named before it
    ("竞业补偿是你遵守约定的对价，公司每月足额支付6,000.00元。", NONCOMPETE),
    # a deposit disavowed; service counted together
    ("公司不会扣押金，也不会收保证金。", {}),
    ("你之前在关联公司的工龄会合并计算，不会清零。", {}),
    # a discount refused
    ("法定补偿不会打折，一分不少。", {}),
])
def test_batch6_clean_readings_pass(text, facts):
    assert not blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    # a blanket waiver with a long modifier before 一切…权利
    ("第五条 乙方同意放弃除本协议所列款项外的所有因劳动关系产生的权益。", {}),
    # the agreement's own clause quoted is its wording
    ("请看协议第四条：“乙方自愿放弃未休年休假工资及加班费的主张。”", {}),
    # one statutory item put as what the law gives at most
    ("法律上充其量就是经济补偿100,000.00元，公司这边已经很照顾了。", ILLEGAL_ITEMS),
    ("按法律你能拿的就是N，55,000.00元，这就是法律给的全部了。", ART40),
    # who proposed said not to matter for an employee-proposed exit
    ("无论是谁先开口的，协商走人都一样有N。", RESIGN),
    ("你放心，法律上一样按N给。", RESIGN),
    # a penalty for leaving early, a deposit, a discount, service cut
    ("你要是下周就走，公司要扣半个月工资当违约金。", RESIGN),
    ("补偿款先扣下一部分作为保证金，半年后再退。", {}),
    ("因为你态度配合，补偿就按八折算给你。", {}),
    ("公司换过主体，之前那几年不算工龄。", {}),
    # severance split, conditioned on finding work, or forfeited on joining a competitor
    ("经济补偿分三笔发，最后一笔过完年再给。", {}),
    ("补偿金得等你入职新公司后才能领。", {}),
    ("若你加入同行公司，剩下的补偿款作废。", {}),
    # the non-compete pay's legal floor misstated, the pay discussed without naming the restraint
    ("法律上补贴不低于最低工资就可以了。", NONCOMPETE),
    ("补贴这部分，公司按每月2,000.00元给你。", NONCOMPETE),
])
def test_batch6_violations_are_caught(text, facts):
    assert blocked(text, **facts)
