"""The embedded drafter: persona-aware scripts from templates, with the same facts and citations
the LLM would get. Used when no model is configured, when the model fails, and when a model's
draft cannot be repaired. Every figure comes from the calculators; every article from the
retrieved sources; nothing is promised beyond the approval state."""

from __future__ import annotations

from decimal import Decimal

from copilot.answer import Objection, Script
from copilot.calc.calculator import CaseResult
from copilot.calc.case import ART40_GROUNDS, CaseInput, Ground
from copilot.calc.demand import DemandAssessment
from copilot.drafting.wording import article_title, months, yuan
from copilot.persona import Persona

OFFLINE_LABEL_ZH = "本话术由内置模板生成（未使用大模型），数字与法条均来自计算器和检索结果。"


def _cite(ids: list[str], allowed: set[str]) -> str:
    usable = [i for i in ids if i in allowed]
    return "、".join(article_title(i) for i in usable)


def draft_offline(case: CaseInput, result: CaseResult, persona: Persona, source_ids: list[str],
                  approved_extra_months: Decimal = Decimal("0")) -> Script:
    allowed = set(source_ids)
    name = case.employee.name or "您"

    n_item = result.item("severance") or result.item("illegal_termination")
    statutory = result.statutory_total
    demand = result.demands[-1] if result.demands else None
    cites_sev = _cite(["劳动合同法#46", "劳动合同法#47"], allowed)

    # -- opening ------------------------------------------------------------------------------
    opening = {
        "rational": f"{name}，您好。今天想和您把离职安排的具体方案逐项过一遍：补偿怎么算、依据是什么、数字是多少，"
                    "您可以随时打断核对。",
        "emotional": f"{name}，您好。首先真心感谢您这{result.service_zh}为公司和团队付出的一切，"
                     "大家都看在眼里。今天想和您坦诚地聊一聊接下来的安排，也想听听您的想法。",
        "anxious": f"{name}，您好。我知道这件事对您和家里影响很大，今天先把您最关心的几件事讲清楚："
                   "能拿到多少、什么时候到账、社保和离职证明怎么衔接。",
        "adversarial": f"{name}，您好。今天这次沟通我们会做书面记录，记录会给您确认。我只讲有依据的事实和公司的正式方案，"
                       "您有任何不同意见都可以提出，我们会如实记录。",
    }[persona.key]

    # -- statutory explanation -----------------------------------------------------------------
    if result.blocked:
        statutory_text = ("按照规定，目前这个情形不能以现在的理由解除劳动合同，本次沟通不讨论解除方案。"
                          "我们会先把情况反馈给公司，再和您约时间沟通。")
    elif n_item is not None and n_item.amount > 0:
        basis = f"（依据{cites_sev}）" if cites_sev else ""
        base = result.monthly_base
        if n_item.key == "illegal_termination":
            cites_2n = _cite(["劳动合同法#87", "劳动合同法#47"], allowed)
            basis = f"依据是{cites_2n}。" if cites_2n else ""
            statutory_text = (f"按规定，违法解除的赔偿金按经济补偿标准的二倍计算，{basis}"
                              f"您的工作年限是{result.service_zh}，赔偿金对应{months(n_item.months)}工资，"
                              f"月工资基数{yuan(base)}，合计{yuan(n_item.amount)}。")
        else:
            statutory_text = (f"按照法律规定{basis}，经济补偿按工作年限计算，每满一年支付一个月工资，"
                              f"六个月以上不满一年按一年计，不满六个月按半个月计。您的工作年限是{result.service_zh}，"
                              f"对应{months(n_item.months)}；月工资按解除前十二个月的平均工资计算，为{yuan(base)}。"
                              f"所以法定经济补偿是{yuan(n_item.amount)}。")
        notice = result.item("notice_pay")
        if notice is not None:
            statutory_text += f"另外，因为没有提前三十日书面通知，公司还需额外支付一个月工资作为代通知金，按上一个月工资计{yuan(notice.amount)}。"
        leave = result.item("annual_leave")
        if leave is not None and leave.amount > 0:
            statutory_text += f"当年未休的年休假{leave.details['unused_days']}天，折算工资{yuan(leave.amount)}。"
        if len([i for i in result.items if i.key in ('severance', 'illegal_termination', 'notice_pay', 'annual_leave')]) > 1:
            statutory_text += f"以上法定部分合计{yuan(statutory)}。"
    elif case.ground == Ground.mutual_agreement and case.proposed_by == "employee":
        statutory_text = ("这次是您主动提出协商离职。按照法律规定，由员工提出、双方协商一致解除的，"
                          "法律没有规定用人单位必须支付经济补偿。公司愿意和您一起把交接、证明、社保这些事情安排好。")
    else:
        statutory_text = f"按照规定，本次{result.ground_label_zh}的情形不涉及经济补偿。"
    rational_extra = ""
    if persona.key == "rational" and n_item is not None and n_item.amount > 0:
        rational_extra = "每一步的计算过程我都可以书面发给您核对。"
    statutory_explanation = statutory_text + rational_extra

    # -- the demand --------------------------------------------------------------------------
    demand_response, concession = _demand_parts(case, result, demand, approved_extra_months, persona)

    # -- closing --------------------------------------------------------------------------------
    closing = {
        "rational": "我把今天的方案和计算明细整理成书面材料发给您，您核对后我们再约时间确认。您不需要今天做决定。",
        "emotional": "不管最后结果怎样，您为公司做的贡献我们都记着。您回去可以和家人商量一下，不用今天就做决定，我们随时可以再聊。",
        "anxious": "补偿款会在离职手续办完后按协议约定的时间发放，离职证明在解除时出具，社保和公积金转移我们会协助办理。您可以先考虑，有任何问题随时找我。",
        "adversarial": "今天的沟通记录我会整理后请您确认。您可以充分考虑，也可以咨询您信任的专业人士，不需要今天签字。",
    }[persona.key]

    objections = _objections(case, result, persona, demand)
    citations = [i for i in ["劳动合同法#46", "劳动合同法#47", "劳动合同法#36", "劳动合同法#40", "劳动合同法#87"] if i in allowed]
    return Script(opening=opening, statutory_explanation=statutory_explanation, demand_response=demand_response,
                  concession_path=concession, closing=closing, objections=objections, citations=citations)


def _demand_parts(case: CaseInput, result: CaseResult, demand: DemandAssessment | None,
                  approved_extra: Decimal, persona: Persona) -> tuple[str, str]:
    policy = case.policy
    if result.blocked:
        return ("您的诉求我们已经记录，会一并反馈。", "本情形下不讨论解除方案，没有让步安排。")
    if demand is None:
        return ("您对方案有什么想法或者期望，都可以直接告诉我，我会如实记录并反馈。",
                "如果您有其他诉求，我们会按公司制度评估，需要审批的事项会走正式审批流程。")
    asked = f"{months(demand.demanded_months)}（{yuan(demand.demanded_amount)}）" if demand.demand.kind == "months" \
        else yuan(demand.demanded_amount)
    if demand.within_statute:
        return (f"您提出的{asked}在法定标准范围内，我们可以按法定标准确认。", "法定部分按规定支付，不涉及额外审批。")
    over = f"{yuan(demand.excess_amount)}" + (f"（约{months(demand.excess_months)}工资）" if demand.excess_months else "")
    if case.ground == Ground.mutual_agreement and case.proposed_by == "employee":
        response = (f"您提出的{asked}我已经记录下来。需要坦白说明的是，这次是您主动提出离职，法律上没有规定的经济补偿，"
                    f"所以这个金额全部属于协商内容，不是法定应付款项。")
    else:
        basis = "法定赔偿金" if demand.compared_with.startswith("法定赔偿金") else "法定经济补偿"
        response = f"您提出的{asked}我已经如实记录。和{basis}{yuan(demand.statutory_amount)}相比，多出{over}。"
        if demand.demand.kind == "formula" and "+" in demand.demand.value and case.ground not in ART40_GROUNDS:
            response += "您提到的“+1”，在法律上是指提前三十日通知的代通知金，只适用于特定的解除情形，本次协商解除不适用。"
        if demand.demand.kind == "formula" and demand.demand.value.startswith("2N"):
            response += "二倍的赔偿金适用于违法解除的情形，这次是双方协商，公司会严格按规定办理。"
    if demand.within_statute:
        return response, ""
    if approved_extra > 0 and demand.excess_months is not None and demand.excess_months <= approved_extra:
        concession = (f"关于多出的部分，公司已经按制度审批同意额外支付{months(approved_extra)}工资，"
                      f"以书面协议为准。")
    elif demand.within_policy:
        concession = (f"按公司制度，额外补偿最多为{months(policy.max_extra_months)}工资，并且必须经{policy.extra_approver}审批。"
                      f"您这部分诉求在这个范围内，我可以按流程向{policy.extra_approver}提交申请，"
                      "但审批结果要以书面批复为准，我现在不能向您保证结果。")
        if persona.key == "emotional":
            concession += "您这些年的表现和付出，我会在申请里如实写清楚。"
        elif persona.key == "rational":
            concession += "申请里我会附上您的绩效和加班记录作为依据。"
    else:
        concession = (f"这部分超出了公司制度允许的额外补偿上限（最多{months(policy.max_extra_months)}工资，且需要{policy.extra_approver}审批），"
                      "我没有权限答应，也不想给您一个做不到的承诺。在制度范围内，我可以帮您按流程申请；"
                      "另外离职时间、工作交接安排这些方面，我们也可以一起商量。")
    return response, concession


def _objections(case: CaseInput, result: CaseResult, persona: Persona, demand: DemandAssessment | None) -> list[Objection]:
    out = [Objection(objection="“别人走的时候都多拿了，为什么我没有？”",
                     response="每个人的情况和解除依据不同，补偿的项目也不同。其他同事的具体情况我不方便谈，"
                              "您这边的每一项计算我都可以逐条给您看依据。")]
    if persona.key in ("adversarial", "rational"):
        out.append(Objection(objection="“那我去申请仲裁。”",
                             response="申请仲裁是您的合法权利，公司尊重您的选择。我们今天给出的法定部分是按法律规定计算的，"
                                      "计算明细可以书面提供给您；您也可以再考虑，我们的沟通渠道一直开着。"))
    if persona.key in ("anxious", "emotional"):
        out.append(Objection(objection="“家里压力很大，这点钱不够。”",
                             response="我理解您的压力。法定部分公司会足额、按时支付；超出的部分我会如实反映您的情况，"
                                      "按流程申请，但结果要以审批为准。离职证明和社保转移我会尽快帮您办好，不耽误您找下一份工作。"))
    if persona.key == "emotional":
        out.append(Objection(objection="“我在公司这么多年，就这样对我？”",
                             response="您的付出大家都看在眼里，这次的安排不是否定您的工作。我们希望这件事办得体面、周到，"
                                      "如果您愿意，我们也会为您准备一份工作经历和贡献的说明。"))
    if demand is not None and not demand.within_statute and not demand.within_policy:
        out.append(Objection(objection="“不给到我要的数，我就不签。”",
                             response="签不签、什么时候签由您决定，您可以充分考虑。我能做的是把法定部分讲清楚、把您的诉求如实反馈，"
                                      "在制度范围内按流程申请。"))
    return out
