"""Privacy guard: no other employee's personal data (names from facts.other_people, or
「之前那位同事拿了10个月」), no identifiers (ID, phone, bank card) and no sensitive personal
information (health details, religion, family, criminal record) a negotiation never needs."""

from __future__ import annotations

import logging
import re
import threading

from guardrails.facts import GuardFacts
from guardrails.lexicon import load_rules, match_rules, rule_spans
from guardrails.learned import second_opinion
from guardrails.text import quotes, sentences
from guardrails.types import Violation

# Colleagues' names are often ordinary words too (高峰, 周全, 许诺, 何平). A name counts as a
# person unless the words around it make it the ordinary word: a modifier or verb before it
# (不够周全, 不能许诺, 如何平衡) or a noun-forming character after it (高峰期).
_WORD_BEFORE = re.compile(
    r"(?:不够|很|非常|比较|更|太|够|得|考虑|想得|不能|能|会|可以|无法|轻易|随便|随意|做出|作出|给出|如|为|用|下午|上午|早|晚|"
    r"交通|用电|流量|业务|事业|达到|创|最|不|未|笔|没法|没办法|不敢|不便|轻易|随口|口头|替(?:他|她|领导|公司|你|您)|"
    r"(?:没法|没办法|不能|无法|不敢|不便|不会|不可能|不好)(?:向|对)(?:你|您|他|她|大家|员工|对方)|"
    # 「我不能先许诺您一个结果」: an adverb between the modal and the verb
    r"(?:不能|不会|无法|没法|不敢|不好|不便|能|会)(?:先|提前|再|轻易|随便|马上|现在)(?:就)?)$"
)
# A colleague named only in a work role (交接人：王磊, 法务部李明) is a work assignment, not their personal data.
_WORK_ROLE_BEFORE = re.compile(r"(?:(?:交接人|对接人|联系人|负责人|经办人|接手人|交接给|移交给|对接|审核人|审批人|签发人)\s?[:：]?\s?|"
                               r"(?:[^\s，。！？、：:]{1,6}(?:部|部门|中心|办公室|组)(?:的)?)|"
                               # 「由法务的孙丽起草」「财务同事刘敏」: a function of the company, then the name
                               r"(?:法务|财务|人事|行政|IT|HRBP|HR|薪酬|社保|招聘)(?:专员|同事|经理|主管|负责人)?(?:的)?)$")
_PERSONAL_DATA = re.compile(r"工资|月薪|薪资|补偿|赔偿|病|怀孕|孕|家里|离婚|绩效|处分|仲裁|拿了|签了|诉求|"
                            r"体检|复查|检查结果|长假|手术|住院|身体(?:不好|状况|情况|出了)|"
                            r"被?(?:裁|辞退|开除|约谈|优化)|在名单")
_WORD_AFTER = re.compile(r"(?:期|时段|时期|时间|论|值|点|周到|之|性|化|地|得|(?:了|到)?(?:您|你)?(?:本人)?的?(?:账|卡|工资卡|银行卡)|"
                         r"这个词|这个字|这两个字|一词|二字)")
# 「…不构成对额外补偿的许诺。」: after 的 and ending the sentence, the name is the noun the sentence ends on.
_NOUN_AT_CLAUSE_END = re.compile(r"[。！？!?\n]|$")
# A colleague named in a work role after the name (刘洋会接手你的项目, 交接请找郑凯) — same rule as above.
_WORK_ROLE = re.compile(r"接手|交接|对接|接任|接替|接你的|移交|交给|转给|顶岗|代理|协调|归还|跟进|协助|接管|代管|分担|"
                        r"接(?:客户|项目|工作|业务|岗|班|任务)|起草|拟定|拟稿|出具|审核文本|发(?:你|您)(?:的)?(?:邮箱|邮件)")
# The name comes up only to decline: 「你问张伟拿了多少，这个我不能说」 discloses nothing.
_DECLINE = re.compile(r"不能(?:说|讲|聊)|(?:都|均)?(?:是|属于)[^，。！？]{0,6}(?:个人)?隐私|不能透露|不能(?:谈|回答|讨论|评论|核实)|不能(?:拿[^，。！？]{0,8})?(?:跟|和)(?:你|您)(?:比|对比)|不(?:作|做)?比较|(?:不会|不能|不|并不|从不|不再)(?:拿[^，。！？]{0,8})?来?(?:参照|参考|作为?(?:参照|参考|依据|标准))|没有可比性|(?:和|跟|与)(?:你|您)(?:都)?没(?:有)?(?:什么)?关系|不(?:评论|讨论|核实)|不予置评|无可奉告|不便透露|不方便(?:说|讲|谈|透露|告诉|回答|打听)|不便打听|不(?:去)?打听|不过问|不清楚|不了解|不便(?:说|讲|谈|告知|回答)|没法告诉|不能告诉|无法告诉|不能提供|不能跟你说|"
                      r"不能(?:发|给|转发|拿给|提供)|不(?:能|可以|会|得)外传|不会(?:把[^，。！？]{0,12})?(?:告诉|透露|说|讲)|不会(?:去)?(?:问|打听|过问)|没(?:有)?(?:办)?法(?:回答|说|讲|告诉|透露|答复)|属于(?:他|她|他们|其他人|别人)?的?个人(?:信息|事务|隐私)|保密")
# …unless the same sentence gives the data away anyway (他拿了10个月，具体我不能说)
_DISCLOSED = re.compile(r"\d+(?:\.\d+)?\s?(?:个月|元|万)|[一二两三四五六七八九十]+个月|"
                        r"(?<!是不是)(?<!有没有)(?<!是否)(?:拿了(?!多少|几|什么)|赔了(?!多少|几))|"
                        r"怀孕了|生病了|住院|离婚了|被(?:处分|辞退|开除|裁)")
# 「考虑到您怀孕了，谈话时间尽量短一些」: the addressee's own condition, named to her to accommodate it.
_CARE_FOR_ADDRESSEE = re.compile(r"(?:考虑到|照顾到?|体谅|鉴于)[^。！？]{0,4}[您你]|[您你][^。！？]{0,16}(?:注意休息|随时可以休息|保重|身体为重)")
# ... unless the sentence tells someone else (同事, 部门, 告诉…)
_DISCLOSED_TO = re.compile(r"同事|部门|大家|全员|群里|群内|告诉|告知|通知|公开|公示|转告|领导|客户|下家|对外")
# The employee's own data (您个人的补偿, 你的工资) is not the colleague's.
_OWN_BEFORE = re.compile(r"(?:你|您)(?:个人|本人|自己)?的?$")
# The employee's words quoted back (你说“刘洋拿了好几个月”，那是他的事): reported speech, not HR disclosing.
# An answer about the person right after the employee's words (…？因为他老婆是…) gives the data away.
_ANSWER_OPENS = re.compile(r"\s*(?:因为|是因为|原因是|其实|他|她|那是因为)")
_EMPLOYEE_SAID = re.compile(r"(?:你|您)(?:刚才|之前|上次|也)?(?:说|提到|问|讲|提|转述|听说)(?:的|过|了|到)?(?:我)?[,，:：]?\s?$")
# HR's question restating what the employee said (HR问："她说郑凯也拿了补偿，怎么回？"): the
# employee's claim brought to the copilot, answered below it; HR discloses nothing by asking.
_ASKED_BY_HR = re.compile(r"(?:HR|hr|人事|经理|主管|(?<![对向给跟和])(?:你|您))(?:的)?(?:问|提问|问题|转述)[:：]?\s?$")
_THIRD_SAID = re.compile(r"\s?(?:她|他|员工|对方|这位员工)(?:刚才|之前|上次|也|还)?(?:说|提到|问|讲|声称|表示|觉得|认为)")
# The name comes up after a refusal to discuss it (不要讨论郑凯的情况, 别拿刘洋来比).
_DECLINE_BEFORE = re.compile(r"(?:不要|别|不必|不用|无需|不宜|避免|不去|不能|不会|不便|不方便)(?:再)?(?:去)?"
                             r"(?:讨论|评论|谈论|谈|提|提及|比较|对比|回应|涉及|打听|过问|拿)$")
_QUOTE_SPAN = re.compile(r"[“「\"]([^”」\"\n]*)[”」\"]")
_SALUTATION = re.compile(r"\s*[^，。！？,!?\s]{1,8}\s?[，,]?\s*(?:你好|您好|早上好|上午好|下午好|晚上好)\s*[。！!~～]?\s*")
# A draft opened to a group (各位同事：) is read whole by the group: the employee's negotiation (her
# demand, an arbitration she plans, a sum) anywhere in its body is disclosed to them, not only in
# the salutation's own sentence that the rule reads.
_GROUP_OPENING = re.compile(r"\s*(?:各位(?:同事|同仁|领导)?|各部门|全体(?:员工|同事|同仁)|@所有人|@全体)[^\n：:，,。]{0,6}[：:]")
_GROUP_BODY_DATA = re.compile(r"(?:要求|诉求|提出|坚持)[^。！？\n]{0,8}(?:\d+|[一二两三四五六七八九十]+)个月|"
                              r"(?:申请|提起|准备|打算|可能|要去)[^。！？\n]{0,4}(?:劳动)?(?:仲裁|起诉|诉讼)|"
                              r"(?:补偿|赔偿)(?:金)?[^。！？\n]{0,6}\d[\d,]*(?:\.\d+)?\s?(?:元|万)")
# The same disclosure in one sentence of a draft to the employee: the company will publish her own
# deal (她的补偿金额, 诉求) to colleagues (内部通报里写明您的赔偿金额…给其他同事一个交代).
_TO_COLLEAGUES = re.compile(r"(?:内部|全员|全体|部门|团队|公司)(?:群|大会|例会|邮件|公告|公示|通报)|公告栏|公示栏|"
                            r"(?:通报|公示|公布|公开|宣布|同步|告诉|告知|转告|群发|抄送)(?:给)?[^。，！？\n]{0,4}"
                            r"(?:同事|大家|全员|全体|部门|团队|组里)")
_OWN_DEAL = re.compile(r"(?:你|您)(?:本人)?的(?:经济)?(?:补偿|赔偿|和解|离职|协商)(?:金)?(?:金额|数额|款|方案|条件|结果)?"
                       r"[^。！？\n]{0,6}?(?:\d[\d,]*(?:\.\d+)?\s?(?:元|万)|(?:\d+|[一二两三四五六七八九十]+)个月)|"
                       r"(?:你|您)(?:本人)?的(?:诉求|仲裁|病情|孕|家庭)")
# …not where the sentence keeps it from them (不会通报, 对同事保密, 只有您和财务知道)
_KEPT_FROM = re.compile(r"只(?:会)?(?:写|提|说|讲|通报|公布|包括|涉及|同步)|不(?:会|得|予|对外|在)?(?:通报|公示|公布|公开|告诉|告知|透露|提|写)|保密|只有(?:你|您)|仅(?:限)?(?:你|您)|不会让|不对外")
NAME = "privacy"
VERSION = "1.0"
# Readings of wording alone (see runner._second_reading); a colleague named in the facts and an
# identifier (ID, phone, bank card) always stand.
WORDING_CATEGORIES = frozenset({"sensitive_health", "sensitive_other"})


def check(text: str, facts: GuardFacts) -> list[Violation]:
    out = match_rules(text, load_rules(NAME), NAME)
    if not any(v.category == "other_employee" for v in out) and _GROUP_OPENING.match(text):
        d = _GROUP_BODY_DATA.search(text)
        if d is not None and not _DECLINE.search(sentences(text).sentence_at(d.start())):
            out.append(Violation(guard=NAME, category="other_employee", start=d.start(), end=d.end(), span=d.group(),
                                 message="面向群体的通知里写了员工本人的协商诉求、仲裁打算或补偿金额，超出告知目的，侵犯其隐私。"))
    if not any(v.category == "other_employee" for v in out):
        for d in _OWN_DEAL.finditer(text):
            sentence = sentences(text).sentence_at(d.start())
            if _TO_COLLEAGUES.search(sentence) and not _KEPT_FROM.search(sentence) and not _DECLINE.search(sentence):
                out.append(Violation(guard=NAME, category="other_employee", start=d.start(), end=d.end(), span=d.group(),
                                     message="把员工本人的补偿金额、诉求等协商信息告知其他同事，超出告知目的，侵犯其隐私。"))
                break
    own = facts.employee_name.strip()
    for name in {n.strip() for n in facts.other_people if len(n.strip()) >= 2 and n.strip() != own}:
        for m in re.finditer(re.escape(name), text):
            if _WORD_BEFORE.search(text, max(0, m.start() - 7), m.start()) or _WORD_AFTER.match(text, m.end()) \
                    or (text[m.start() - 1:m.start()] == "的" and _NOUN_AT_CLAUSE_END.match(text, m.end())):
                continue  # 高峰期, 考虑周全, 不能许诺, 对…的许诺。: the name is an ordinary word here
            sentence = sentences(text).sentence_at(m.start())
            if (_WORK_ROLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _WORK_ROLE.search(sentence)) \
                    and not _colleague_data(sentence):
                continue
            if (_DECLINE.search(text, m.start(), min(len(text), m.end() + 60))
                    or _DECLINE_BEFORE.search(text, max(0, m.start() - 8), m.start())) and not _DISCLOSED.search(sentence):
                continue
            if _quoted_from_employee(text, m.start()) and not _DISCLOSED.search(_unquoted(sentence, text, m.start())) \
                    and not _ANSWER_OPENS.match(text, sentences(text).around(m.start())[1]):
                continue  # 你提到“周全她们是不是也一样”: the employee's words, answered
            # last, as it loads the tokenizer (seconds, once): every other pass is cheaper and any one suffices
            if _cut_through(text, m.start(), m.end()):
                continue  # 钱进账 reads 钱|进账, 何平衡 reads 何|平衡: no name there
            out.append(Violation(guard=NAME, category="other_employee", start=m.start(), end=m.end(), span=name,
                                 message=f"话术中提到了其他员工「{name}」，不得透露或比较其他员工的个人信息。"))
    if not out:
        # A bare salutation (陈杰，您好。) names the addressee and says nothing about anyone; her own
        # condition named to her in order to accommodate it discloses nothing either; where a rule
        # matched and was cleared (a group notice carrying no personal data), the rule's reading stands.
        def known(s: int, e: int) -> bool:  # asked only when the model flags a sentence
            return (_SALUTATION.fullmatch(text, s, e) is not None
                    or (_CARE_FOR_ADDRESSEE.search(text, s, e) is not None and _DISCLOSED_TO.search(text, s, e) is None)
                    or any(a < e and s < b for a, b in rule_spans(text, load_rules(NAME))))

        out = second_opinion(text, NAME, skip=known)
    return out


def _colleague_data(sentence: str) -> bool:
    """Personal-data words in the sentence that are not the addressee's own (您个人的补偿)."""
    return any(not _OWN_BEFORE.search(sentence, max(0, d.start() - 5), d.start())
               for d in _PERSONAL_DATA.finditer(sentence))


def _quoted_from_employee(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation the draft attributes to the employee (你说“…”, 您提到「…」)?"""
    for q in quotes(text):
        if q.inner_start <= pos < q.end - 1:
            return (_EMPLOYEE_SAID.search(text, max(0, q.start - 10), q.start) is not None
                    or (_ASKED_BY_HR.search(text, max(0, q.start - 8), q.start) is not None
                        and _THIRD_SAID.match(text, q.inner_start) is not None))
    return False


def _unquoted(sentence: str, text: str, pos: int) -> str:
    """The sentence without quotations; where the sentence ends inside the quotation that holds
    ``pos`` (“…拿了补偿，怎么回？” splits at its ？), without that quotation's part either."""
    a, b = sentences(text).around(pos)
    for q in quotes(text):
        if q.start <= pos < q.end:
            return _QUOTE_SPAN.sub("", text[a:max(a, q.start)] + text[min(b, q.end):b])
    return _QUOTE_SPAN.sub("", sentence)


_log = logging.getLogger(__name__)
_TOKENIZER = None
_TOKENIZER_LOCK = threading.Lock()


def warm_up() -> None:
    """Load the tokenizer now (a server at start-up, in a background thread) so that the first
    draft naming a colleague does not wait for jieba's dictionary."""
    _tokenizer()


def _tokenizer():
    """A private jieba tokenizer (loaded on the first name found: about a second, once)."""
    global _TOKENIZER
    with _TOKENIZER_LOCK:
        if _TOKENIZER is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.initialize()
            _TOKENIZER = tok
    return _TOKENIZER


def _cut_through(text: str, start: int, end: int, reach: int = 12) -> bool:
    """Does a dictionary word cross the name's edge (钱|进账: 进账 takes the name's last
    character)? Then the characters read as ordinary words, not as the name. Splits inside the
    name (张|伟, an unknown name) do not count."""
    a, b = max(0, start - reach), min(len(text), end + reach)
    pos = a
    for word in _tokenizer().lcut(text[a:b], HMM=False):
        w0, w1 = pos, pos + len(word)
        pos = w1
        if (w0 < start < w1) or (w0 < end < w1):
            return True
    return False
