"""Answers to what HR itself asks the copilot ("我能跟他说公司肯定同意吗？", "能不能先扣着离职证明？").

The script is what HR says to the employee; these answers are what the copilot says to HR about the
question in HR's own message. They are deterministic, on every path (LLM or offline): each figure
comes from the calculator's result, each rule from the statute or the handbook by id. A message that
asks nothing, or asks something not covered here, gets no answer and the script stands alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from copilot.answer import HrAdvice
from copilot.calc.calculator import CaseResult
from copilot.calc.case import ART40_GROUNDS, GROUND_LABELS_ZH, CaseInput, Ground
from copilot.drafting.wording import months, yuan


_PENDING_ZH = "本案的法定金额要等补齐上面缺的信息后才能计算。"

# HR is asking (not reporting): a question mark or a "may I / must I" form.
_ASKING = re.compile(r"[?？]|能不能|能否|可不可以|可以不|可否|行不行|行吗|好不好|合适吗|要不要|需不需要|需要.{0,12}吗|"
                     r"用不用|该不该|是否|可以.{0,20}吗|能.{0,20}吗|有没有问题|有问题吗|怎么办")
_SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?]?")

# what HR would say or do: 「我能跟他说…」「可不可以…」 — the employee's own 「不给就去仲裁」 is not HR's act
_MAY = r"(?:能不能|可不可以|可以|能否|能|是否可以|行不行|要不要|想|打算|准备|干脆)"
_HR_SAYS = _MAY + r"[^，。？?]{0,6}?(?:跟(?:他|她)|对(?:他|她)|向(?:他|她))?(?:说|讲|告诉(?:他|她)?|提|暗示|表示|放话)"
_PROMISE = re.compile(_MAY + r"[^，。？?]{0,10}?(答应|承诺|保证|打包票|拍板|(?<!不)同意|应下|松口|确认)|"
                      + _HR_SAYS + r"[^，。？?]{0,12}?(肯定|一定|保证|没问题|能批|会批|(?<!不)同意|批下来|给到|能给|答应)")
_DISPUTE = re.compile(r"(仲裁|起诉|打官司|告公司|劳动监察|投诉|找媒体|曝光|上网发)[^。？?]{0,12}(怎么办|怎么处理|怎么应对|如何处理|如何应对)")
_COERCION = re.compile(_HR_SAYS + r"[^。？?]{0,8}(不签|不同意|不接受|不走)[^，。？?]{0,6}(就|的话)[^，。？?]{0,16}"
                       r"(开除|辞退|严重违纪|违纪|扣|停|不给|背调|背景调查|找不到|调岗|调到|降薪|拉黑|追究|处分)|"
                       r"吓唬|威胁(?:他|她|一下)|施压|逼(?:他|她)|压一压|给(?:他|她)点压力|唱黑脸")
_RUSH = re.compile(r"(今天|当场|当天|马上|立刻|现场)[^，。？?]{0,8}(签|签字|签协议|签掉)|过了今天|催(他|她)?签|逼签")
_COLLEAGUE = re.compile(r"(告诉|跟(他|她)说|透露|提一下|说一下|拿)[^，。？?]{0,14}"
                        r"(别人|同事|其他人|上一个|之前走的|前面走的|某某|小[\u4e00-\u9fff]|老[\u4e00-\u9fff])"
                        r"[^，。？?]{0,14}(拿了|拿到|只拿|补偿|多少|工资|赔了)|"
                        r"(别人|同事|其他人)[^，。？?]{0,8}(都|只)(拿|签)")
_DOCUMENTS = re.compile(r"(扣|压|扣着|压着|先不(给|开|办|转)|不给(他|她)?(开|办|出)?|暂缓|拖着|晚点)[^，。？?]{0,10}"
                        r"(离职证明|解除证明|证明|档案|社保|公积金|工资)")
_PAY_AT_HANDOVER = re.compile(r"(交接|移交)[^。？?]{0,16}(再|才|后)[^。？?]{0,6}(付|给|发|支付|打款)[^。？?]{0,4}"
                              r"(补偿|钱|款)|(补偿|钱|款)[^。？?]{0,12}(交接|移交)[^。？?]{0,6}(完|后|再)")
_BELOW = re.compile(_MAY + r"[^，。？?]{0,8}?(少给|不给|不付|不支付|打折|压低|压到|砍到|低于法定|少付|不赔|不用给|不用赔|省掉)"
                    r"(?![^，。？?]{0,8}就)")
_PAY_TIMING = re.compile(r"(什么时候|何时|多久|几天|按时|准时|哪天)[^。？?]{0,8}(到账|付款|支付|发钱|打款|付钱|发放|结清)|到账时间|付款时间")
_RESIGNATION = re.compile(r"(自愿离职|辞职申请|辞职信|辞职报告|主动辞职|个人原因离职|离职申请)[^。？?]{0,10}(签|写|交|提)|"
                          r"(让|要|叫|请)(他|她)[^。？?]{0,6}(写|签|交|提)[^。？?]{0,6}(辞职|自愿离职|离职申请)")
_WAGE_BASE = re.compile(r"(年终奖|奖金|加班费|津贴|补贴|提成|绩效工资)[^。？?]{0,12}(算进|算入|计入|算不算|要不要算|包括|包含|算在)|"
                        r"按税后|税后工资|税前还是税后")
_SERVICE = re.compile(r"(工龄|工作年限|年限|司龄)[^。？?]{0,10}(从头算|重新算|重新计算|清零|连续|合并|累计|接着算|断)")
_TAX = re.compile(r"个税|个人所得税|所得税|交税|纳税|扣税")
_DEDUCT = re.compile(r"(扣|扣掉|扣除|抵扣|冲抵|抵销|抵掉)[^。？?]{0,14}(借|欠|备用金|借款|损失|赔偿|罚款|培训费|押金)|"
                     r"(借|欠|备用金|借款|损失|罚款|培训费)[^。？?]{0,14}(扣|扣掉|扣除|抵扣|冲抵|抵销|抵掉)")
_CERTIFICATE = re.compile(r"(离职证明|解除证明|终止证明)[^。？?]{0,16}(写|注明|写明|写成|原因)|离职原因[^。？?]{0,10}(写|注明|写成)")
_NON_COMPETE = re.compile(r"竞业[^。？?]{0,12}(签|要不要|能不能|需不需要|启用|履行|不用|免|放弃|解除)")
_NOTICE = re.compile(r"(提前|三十日|30天|三十天|一个月)[^。？?]{0,6}通知|代通知金|N\s?[+＋]\s?1|多给一个月")


# Answers that hold whatever the case: (topic, when it is asked, the answer, the rules it rests on)
_FIXED: list[tuple[str, re.Pattern, str, list[str]]] = [
    ("coercion", _COERCION,
        "不能。以开除、扣发工资、扣押档案或证明、停缴社保、影响背景调查等相要挟，是公司制度明令禁止的言行；"
        "以胁迫手段让员工在违背真实意思的情况下签字，协议有被撤销或认定无效的风险，公司还可能被认定违法解除。"
        "可以讲清法定标准和公司方案、说明协商不成时公司会依法处理，由员工自行决定。",
        ["员工手册#11.3", "劳动合同法#26"]),
    ("dispute", _DISPUTE,
        "申请仲裁、起诉或投诉是员工的合法权利，不能阻挠，也不能因此拒开解除证明、扣押档案或拖延社保转移；"
        "员工表示要仲裁、诉讼、投诉或找媒体的，应在一个工作日内升级至法务部和人力资源总监，由法务部统一应诉。"
        "沟通中继续只讲有依据的法定标准和公司正式方案，做好书面记录，无争议的工资和补偿照常支付。",
        ["员工手册#12.2", "员工手册#12.1"]),
    ("rush_signing", _RUSH,
        "不建议，也不符合制度：书面方案给出后员工有不少于三个工作日的考虑期，首次会谈不得当场签署，"
        "考虑期内不得催签，也不能说“过了今天方案就没有了”。员工主动书面要求提前签的，可以提前，"
        "但须把书面要求附在协商记录里。",
        ["员工手册#3.5"]),
    ("colleague_privacy", _COLLEAGUE,
        "不能。其他员工的工资、补偿金额、离职原因、绩效和协商过程都属于个人信息，不得透露，"
        "也不能拿来做说服理由。员工问起时可以说：“其他同事的情况属于个人信息，不便透露。”",
        ["员工手册#11.5"]),
    ("withhold_documents", _DOCUMENTS,
        "不能。解除或终止时必须出具解除证明，并在十五日内办理档案和社会保险关系转移，工资也应在解除时结清；"
        "交接没完成不影响这些。扣押档案要承担法律责任，不出具书面证明给员工造成损害的要赔偿。"
        "依法应付的经济补偿可以在办结工作交接时支付。",
        ["劳动合同法#50", "劳动合同法#84", "劳动合同法#89", "工资支付暂行规定#9", "员工手册#9.4"]),
    ("payment_timing", _PAY_TIMING,
        "可以如实说明制度规定的时间：经济补偿在办结工作交接时支付，交接清单签字确认后三个工作日内支付经济补偿"
        "及已批准的额外补偿；工资在解除时一次结清。把这个时间写进离职协议；不要承诺制度以外的日期。",
        ["员工手册#9.4", "劳动合同法#50", "工资支付暂行规定#9"]),
    ("deduction", _DEDUCT,
        "不能单方面扣。公司只能代扣个人所得税、社会保险费和住房公积金个人部分、法院要求代扣的款项；"
        "员工借的款项、备用金等要抵扣，须员工书面同意并在离职协议中写明，否则只能另行追偿。"
        "因员工本人原因造成的损失，按劳动合同约定赔偿，每月从工资中扣除不超过当月工资的20%，"
        "扣后不得低于当地月最低工资。依法应付的经济补偿应当足额支付。",
        ["工资支付暂行规定#15", "工资支付暂行规定#16", "员工手册#10.3"]),
]


def _asked_sentences(message: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(message) if s.strip() and _ASKING.search(s)]


def answer_hr_questions(message: str, case: CaseInput, result: CaseResult | None,
                        approved_extra_months: Decimal = Decimal("0")) -> list[HrAdvice]:
    """What the copilot answers to the questions HR asks in ``message`` (empty when it asks none).
    ``result`` is None when the calculation still lacks a fact: the rules are answered, the figures are not."""
    out: list[HrAdvice] = []
    seen: set[str] = set()

    def add(advice: HrAdvice) -> None:
        if advice.topic not in seen:
            seen.add(advice.topic)
            out.append(advice)

    asked = _asked_sentences(message)
    if asked and result is not None and result.blocked:
        add(_blocked(asked[0], result))
    for sentence in asked:
        for topic, when, answer, articles in _FIXED:
            if when.search(sentence):
                add(HrAdvice(topic=topic, question_zh=sentence, answer_zh=answer, articles=list(articles)))
        if _PAY_AT_HANDOVER.search(sentence):
            add(_pay_at_handover(sentence, result))
        if _PROMISE.search(sentence) and not _PAY_TIMING.search(sentence) and not _COERCION.search(sentence):
            add(_promise(sentence, case, result, approved_extra_months))
        below = _BELOW.search(sentence)
        if below and "代通知金" not in sentence[below.end():below.end() + 6] \
                and not _DOCUMENTS.search(sentence) and not _PAY_AT_HANDOVER.search(sentence):
            add(_below(sentence, case, result))
        if _NOTICE.search(sentence):
            add(_notice(sentence, case, result))
        if _RESIGNATION.search(sentence):
            add(_resignation(sentence, case))
        if _WAGE_BASE.search(sentence):
            add(_wage_base(sentence, result))
        if _SERVICE.search(sentence):
            add(_service(sentence, result))
        if _TAX.search(sentence):
            add(_tax(sentence, result))
        if _CERTIFICATE.search(sentence):
            add(_certificate(sentence, case, result))
        if _NON_COMPETE.search(sentence):
            add(_non_compete(sentence, result))
    return out


def _blocked(q: str, result: CaseResult) -> HrAdvice:
    flags = [f for f in result.flags if f.severity == "blocking"]
    reasons = "；".join(f.message_zh for f in flags)
    return HrAdvice(
        topic="blocked", question_zh=q,
        answer_zh=(f"先不要谈金额和方案：本案存在禁止性情形——{reasons}。在这一情形消除之前，不能以现在的理由解除；"
                   "如确需离职安排，只能在员工真实自愿的前提下协商，并先报法务部。"),
        articles=sorted({a for f in flags for a in f.articles}))


def _promise(q: str, case: CaseInput, result: CaseResult | None, approved: Decimal) -> HrAdvice:
    policy = case.policy
    if result is None:
        answer = (f"法定之外的任何金额，都须经{policy.extra_approver}书面审批后才能承诺；批复之前只能说“可以为你提出申请，"
                  f"结果以公司审批为准”，不能用“肯定”“保证”“一定”表态。{_PENDING_ZH}")
        return HrAdvice(topic="promise", question_zh=q, answer_zh=answer, articles=["员工手册#11.2", "员工手册#4.5"])
    over = [d for d in result.demands if not d.within_statute]
    if not over:
        if result.statutory_total > 0:
            answer = (f"法定部分可以确认：{yuan(result.statutory_total)}，以书面协议为准。法定之外的任何金额，"
                      f"都须经{policy.extra_approver}书面审批后才能承诺，不能用“肯定”“保证”“一定”表态。")
        else:
            answer = (f"本案依据{result.ground_label_zh}，法律没有规定必须支付的补偿；任何金额都属于协商内容，"
                      f"须经{policy.extra_approver}书面审批后才能承诺，不能用“肯定”“保证”“一定”表态。")
        return HrAdvice(topic="promise", question_zh=q, answer_zh=answer, articles=["员工手册#11.2", "员工手册#4.5"])
    d = over[-1]
    excess = yuan(d.excess_amount) + (f"（{months(d.excess_months)}工资）" if d.excess_months is not None else "")
    if approved > 0 and d.excess_months is not None and d.excess_months <= approved:
        answer = (f"可以，但只限已审批的额外{months(approved)}工资：员工诉求比{d.compared_with}多{excess}，"
                  f"在已批准的范围内，可以确认，并以书面协议为准。超出审批范围的任何金额仍不能承诺。")
    elif d.within_policy:
        answer = (f"不能。员工诉求比{d.compared_with}{yuan(d.statutory_amount)}多{excess}，在制度允许的额外补偿上限"
                  f"（最多{months(policy.max_extra_months)}工资）内，但必须经{d.approval_needed or policy.extra_approver}"
                  f"书面审批；批复之前只能说“可以为你提出申请，结果以公司审批为准”，不能说公司同意、肯定能批或保证结果。"
                  "口头同意不算；已经有书面批复的，请把批复登记到本案的审批记录，之后可以按批准的范围确认。")
    else:
        answer = (f"不能。员工诉求比{d.compared_with}{yuan(d.statutory_amount)}多{excess}，超过制度允许的额外补偿上限"
                  f"（最多{months(policy.max_extra_months)}工资，须经{policy.extra_approver}审批），HR无权答应；"
                  "可以如实记录、按流程申请制度内的部分，其余只能如实反馈。")
    return HrAdvice(topic="promise", question_zh=q, answer_zh=answer,
                    articles=["员工手册#11.2", "员工手册#4.4", "员工手册#4.5"])


def _pay_at_handover(q: str, result: CaseResult | None) -> HrAdvice:
    n = result.item("severance") if result is not None else None
    amount = f"（本案{yuan(n.amount)}）" if n is not None and n.amount > 0 else ""
    return HrAdvice(
        topic="pay_at_handover", question_zh=q,
        answer_zh=(f"可以：依法应付的经济补偿{amount}在员工办结工作交接时支付。但工资结清、解除证明、档案和社保转移"
                   "不能以交接为条件拖延。"),
        articles=["劳动合同法#50", "员工手册#9.4"])


def _below(q: str, case: CaseInput, result: CaseResult | None) -> HrAdvice:
    if result is None:
        return HrAdvice(topic="below_statute", question_zh=q, articles=["员工手册#4.6"],
                        answer_zh=("不能压低法定部分：公司制度规定离职协议的经济补偿、工资、未休年休假工资报酬等任何一项都不得"
                                   f"低于法定标准。{_PENDING_ZH}"))
    if result.statutory_total > 0:
        answer = (f"不能。本案依据{result.ground_label_zh}，法定部分合计{yuan(result.statutory_total)}，"
                  "公司制度规定离职协议的经济补偿、工资、未休年休假工资报酬等任何一项都不得低于法定标准；"
                  "压低法定部分还会带来仲裁补差的风险。")
        articles = ["员工手册#4.6", "劳动合同法#46", "劳动合同法#47"]
    else:
        answer = (f"本案依据{result.ground_label_zh}，法律没有规定必须支付经济补偿，法定部分为{yuan(result.statutory_total)}；"
                  "已提供劳动的工资、未休年休假工资报酬等仍须按规定结清，不得低于法定标准。")
        articles = ["员工手册#4.6"]
    return HrAdvice(topic="below_statute", question_zh=q, answer_zh=answer, articles=articles)


def _notice(q: str, case: CaseInput, result: CaseResult | None) -> HrAdvice:
    notice = result.item("notice_pay") if result is not None else None
    label = result.ground_label_zh if result is not None else GROUND_LABELS_ZH[case.ground]
    if case.ground in ART40_GROUNDS:
        if result is None and not case.notice_given_30_days:
            answer = ("需要。第四十条解除须提前三十日书面通知，或者额外支付一个月工资（代通知金，按上一个月工资计）；"
                      f"{_PENDING_ZH}")
        elif notice is not None:
            answer = (f"需要。第四十条解除须提前三十日书面通知，或者额外支付一个月工资；本案没有提前通知，"
                      f"代通知金为{yuan(notice.amount)}（按上一个月工资计），已计入法定合计。")
        else:
            answer = "本案已提前三十日书面通知，不需要再支付代通知金（第四十条）。"
        articles = ["劳动合同法#40", "劳动合同法实施条例#20"]
    elif case.ground == Ground.layoff:
        answer = ("裁员没有代通知金，但须提前三十日向工会或者全体职工说明情况、听取意见，并把裁减人员方案向劳动行政部门报告"
                  "（第四十一条）。")
        articles = ["劳动合同法#41"]
    elif case.ground == Ground.mutual_agreement:
        answer = ("不需要。协商一致解除不适用提前三十日通知，也没有代通知金；常说的“N+1”里的“+1”是第四十条解除才有的代通知金。"
                  "如果公司愿意多给，属于额外补偿，须按制度审批。")
        articles = ["劳动合同法#36", "劳动合同法#40"]
    elif case.ground == Ground.employee_fault:
        answer = "第三十九条过失性辞退不需要提前通知，也没有代通知金和经济补偿；但须事先将理由通知工会（第四十三条）。"
        articles = ["劳动合同法#39", "劳动合同法#43"]
    else:
        answer = f"本案依据{label}，不适用代通知金（代通知金只适用于第四十条解除）。"
        articles = ["劳动合同法#40"]
    return HrAdvice(topic="notice", question_zh=q, answer_zh=answer, articles=articles)


def _resignation(q: str, case: CaseInput) -> HrAdvice:
    if case.ground == Ground.mutual_agreement and case.proposed_by == "employee":
        answer = ("本案记录为员工提出。可以由员工本人书面提出，但要如实写明是他本人的意愿和日期，不能由HR代拟理由；"
                  "协商记录首页载明提出方。")
    else:
        answer = ("不能这样做。离职由公司提出的，协商记录必须如实载明公司为提出方；让员工签“自愿离职”“辞职申请”来规避"
                  "经济补偿，员工事后可以举证是公司提出，公司仍要支付经济补偿，还可能被认定违法解除，并留下不诚信的记录。")
    return HrAdvice(topic="voluntary_resignation", question_zh=q, answer_zh=answer,
                    articles=["劳动合同法#46", "劳动合同法#36", "员工手册#3.3"])


def _wage_base(q: str, result: CaseResult | None) -> HrAdvice:
    base = f"本案计算用的月工资为{yuan(result.monthly_base)}。" if result is not None and result.monthly_base else ""
    return HrAdvice(
        topic="wage_base", question_zh=q,
        answer_zh=("经济补偿的月工资按解除前十二个月的应得工资（税前）平均计算，包括计时或计件工资以及奖金、津贴和补贴等"
                   "货币性收入，年终奖按所属期间计入；不按税后。加班工资是否计入各地口径不一，本工具计入，"
                   "未休年休假工资另按剔除加班工资后的月工资计算。" + base),
        articles=["劳动合同法实施条例#27", "劳动合同法#47"])


def _service(q: str, result: CaseResult | None) -> HrAdvice:
    counted = f"本案按{result.service_zh}计算。" if result is not None else ""
    return HrAdvice(
        topic="service_length", question_zh=q,
        answer_zh=("在公司内部调岗、调部门不影响工作年限，从用工之日起连续计算。非因员工本人原因被安排到另一家用人单位"
                   "（如集团内的关联公司）工作的，原单位的工作年限合并计算；原单位已经支付过经济补偿的，那一段不再计算。"
                   + counted),
        articles=["劳动合同法实施条例#10", "劳动合同法#47"])


def _tax(q: str, result: CaseResult | None) -> HrAdvice:
    item = result.item("tax") if result is not None else None
    if item is not None:
        figure = f"本案测算应纳个税{yuan(item.amount)}（见计算明细）。"
    else:
        figure = "本案缺少当地上年职工年平均工资，未估算税额；填写 region.tax_annual_average_wage 后可以算出。"
    return HrAdvice(
        topic="tax", question_zh=q,
        answer_zh=("一次性经济补偿收入在当地上年职工平均工资三倍以内的部分免征个人所得税；超过的部分不并入当年综合所得，"
                   "单独适用综合所得税率表计算，由公司代扣代缴。" + figure),
        articles=["个税优惠衔接通知#5"])


def _certificate(q: str, case: CaseInput, result: CaseResult | None) -> HrAdvice:
    label = result.ground_label_zh if result is not None else GROUND_LABELS_ZH[case.ground]
    return HrAdvice(
        topic="certificate_content", question_zh=q,
        answer_zh=("解除证明写明劳动合同期限、解除或终止日期、工作岗位和在公司的工作年限；员工要求写离职原因的，"
                   f"只如实写客观类型（本案为{label}），不写评价性内容，也不能写成与实际不符的类型。"),
        articles=["劳动合同法实施条例#24", "员工手册#8.3"])


def _non_compete(q: str, result: CaseResult | None) -> HrAdvice:
    item = result.item("non_compete") if result is not None else None
    amount = (f"本案测算每月{yuan(item.monthly_base)}，{item.months.normalize():f}个月合计{yuan(item.amount)}。"
              if item is not None and item.monthly_base is not None and item.months is not None else "")
    return HrAdvice(
        topic="non_compete", question_zh=q,
        answer_zh=("是否要求员工履行竞业限制，由法务部判断、分管领导审批，在最后工作日前书面送达《竞业限制履行通知书》"
                   "或《不要求履行竞业限制通知书》，并在离职协议中写明状态、期限和月补偿。决定不要求履行的，应在离职时"
                   "确定：期限开始后再解除，员工可以要求额外支付三个月的竞业限制补偿。要求履行的，按月支付补偿，"
                   "月标准不低于离职前十二个月平均工资的30%且不低于当地最低工资（高管50%），期限最长二年。" + amount),
        articles=["员工手册#7.4", "员工手册#7.5", "员工手册#7.3", "劳动合同法#23", "劳动合同法#24", "劳动争议解释一#39"])
