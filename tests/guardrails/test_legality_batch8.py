"""Legality readings added after the eighth train batch: negations the scope missed (没有变化/没有关系,
有没有 as a question, 不等于放弃, 不会要求退还), the statute's other scenario named as such, one statutory
item paid in full, a restated handbook ceiling, a service length converted to years; and paraphrased
misstatements: the wage base stripped of bonuses, a personal reason in other words, benefits folded into
the severance, conditions the statute does not set. Sentences written for these tests, not taken from the suite."""

import pytest

from .legality_helpers import blocked

ART40 = dict(ground="art40_incompetent", multipliers=["N", "N+1"], statutory_total="66000.00",
             statutory_months="5.5", figures=[
                 {"label": "法定经济补偿（N）", "amount": "55000.00", "months": "5"},
                 {"label": "代通知金（+1）", "amount": "11000.00", "months": "1"},
                 {"label": "法定合计（N+1）", "amount": "66000.00"}])
ILLEGAL = dict(ground="illegal_termination", multipliers=["2N", "N"], statutory_total="200000.00",
               statutory_months="8", figures=[{"label": "经济补偿（N）", "amount": "100000.00", "months": "4"},
                                              {"label": "违法解除赔偿金（2N）", "amount": "200000.00", "months": "8"}])
CAPPED = dict(statutory_total="600000.00", statutory_months="12", figures=[
    {"label": "法定经济补偿（N，封顶后12个月）", "amount": "600000.00", "months": "12"},
    {"label": "封顶月工资基数（当地上年度职工月平均工资三倍）", "amount": "50000.00"},
    {"label": "当地上年度职工月平均工资（月）", "amount": "16666.67"},
    {"label": "政策额外补偿上限（3个月，需副总裁书面审批）", "amount": "150000.00", "months": "3"},
])
NONCOMPETE = dict(non_compete=True, non_compete_min_monthly="6000.00", statutory_total="120000.00",
                  statutory_months="6")
PROTECTED = dict(protected=["孕期"], multipliers=["N", "2N"])
RESIGN = dict(ground="mutual_employee", initiated_by="employee", statutory_total="0.00", statutory_months="0",
              multipliers=[])


@pytest.mark.parametrize("text, facts", [
    # 没有 negating something else, or asking (有没有)
    ("关于补偿，方案没有任何变动，还是之前批下来的数。", {}),
    ("门禁卡回收是统一流程，跟补偿谈得怎么样没有关系。", {}),
    ("你问拿了赔偿金以后有没有经济补偿，条例写的是二者不能同时拿。", ILLEGAL),
    ("不满半年的那几个月并没有被抹掉，按半个月计入了。", {}),
    # a waiver or clawback negated before the verb
    ("在协议上签字并不等于放弃你的任何法定权利。", {}),
    ("你违反竞业要付违约金，但公司不会要求你退还已经拿到的经济补偿。", NONCOMPETE),
    ("竞业补偿要离职后按月另付，不能拿经济补偿来顶。", NONCOMPETE),
    # the other scenario (employee-proposed) named as what a rumour is about
    ("“协商走没补偿”这句话，说的是员工本人提出的情形，和你这次不一样。", {}),
    # notice pay not in the calculation of an unlawful-dismissal settlement
    ("这次按赔偿金结算，代通知金不在这笔钱的计算里，理由会书面说明。", ILLEGAL),
    # a statutory item paid in full; the statutory total stated in the next clause
    ("公司会足额支付代通知金11,000.00元，这是法定的。", ART40),
    ("法定经济补偿55,000.00元，代通知金11,000.00元，法定合计66,000.00元。", ART40),
    # a handbook ceiling quoted, then restated (也就是说)
    ("《员工手册》写明：“额外补偿最高不超过3个月。”也就是说上限是3个月，批不批要等副总裁。", CAPPED),
    # a service length converted to years for the severance
    ("经济补偿按4年7个月折算5年计算；竞业限制期限是12个月。", NONCOMPETE),
    # a quoted settlement clause whose reach is then narrowed
    ("协议里“乙方不再向甲方主张其他费用”这一条，仅针对已经列明的款项，漏列的照样可以提。", {}),
    # the bonus included in the base, said plainly
    ("基数里包含了年终奖的月均部分，并不是剔除了奖金。", {}),
    # an employee-proposed exit described as it is
    ("你这次是因个人原因申请离职，法律上没有经济补偿，年假工资照常结算。", RESIGN),
])
def test_batch8_clean_readings_pass(text, facts):
    assert not blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    # the wage base stripped of bonuses or allowances
    ("补偿基数按规定只认劳动合同上的基本工资，奖金津贴这些不计入补偿基数。", {}),
    ("年终奖是一次性的，按规定不计入经济补偿的月工资。", {}),
    # a personal reason recorded in other words, in an employer-proposed exit
    ("协议里写“乙方因个人身体原因申请离职”就行，钱照给。", {}),
    ("表格的离职原因一栏你填成“家庭原因”，走流程快一些。", {}),
    # benefits folded into the severance or the damages
    ("你的加班费和没休的年假就不单算了，赔偿金已经包进去了。", ILLEGAL),
    ("乙方的未休年假工资及社保欠缴部分，均由本协议补偿款一并冲抵。", {}),
    # the amount left to the company, the notice pay on an invented condition
    ("法律只要求公司通知到位，补偿给多少由公司视情况酌定。", {}),
    ("代通知金只有在没发书面通知的时候才需要支付，你这次不适用。", ART40),
    # a non-compete imposed by request on someone who cannot be bound
    ("离职后两年内请不要到同行公司任职，这是统一要求。", {}),
    # the restraint's release or non-payment misread
    ("公司可以随时通知你终止竞业限制，从那天起双方互不承担任何义务。", NONCOMPETE),
    ("就算补偿好几个月没到账，竞业义务也照样有效。", NONCOMPETE),
    ("限制期18个月，前12个月按30%付，后6个月视经营情况决定是否发放。", NONCOMPETE),
    # the cap base put at the average itself
    ("工资超过三倍的，补偿基数一律按当地社平工资16,666.67元算。", CAPPED),
    # service years cut or leave docked
    ("补偿年限按实际出勤月份计算，请假的月份要从工龄里扣掉。", {}),
    ("产检假这些就不算了，按事假扣工资。", PROTECTED),
    # a false recital of protection, statutory money as benevolence
    ("乙方确认签署本协议时不处于孕期或哺乳期。", PROTECTED),
    ("甲方基于人文关怀，一次性向乙方支付补偿款。", {}),
    # the severance deferred a year, wages to year end
    ("经济补偿会在你离职满六个月、确认没有纠纷后再支付。", {}),
    ("这个月的工资得等到年底统一发放。", RESIGN),
    # leave pay at the ordinary rate, called the legal standard
    ("未休年假按日工资折给你，这是法定标准，和平时正常上班的工资一样。", RESIGN),
    # 2N relabelled, N as the ceiling of an unlawful dismissal, damages years from the last renewal
    ("协议里把赔偿金改称“经济补偿”，按100,000.00元付。", ILLEGAL),
    ("违法解除也只是按N赔，外面那些说法别当真。", ILLEGAL),
    ("公司按N给你100,000.00元，按法律规定这就是顶格了。", ILLEGAL),
    ("赔偿金的年限从你上一次续签劳动合同那天起算。", ILLEGAL),
])
def test_batch8_violations_are_caught(text, facts):
    assert blocked(text, **facts)
