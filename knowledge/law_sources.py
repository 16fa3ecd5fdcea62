"""The statute files of the corpus and the short names their chunk ids use.

A law chunk id is ``<short name>#<number>``: the article number of ``第N条`` in Arabic digits
(``劳动合同法#47``), or, for a notice numbered ``一、二、…`` (no articles), the section number
(``工资折算通知#2``). Excerpts and texts quoted from third parties are marked so in metadata.
"""

from __future__ import annotations

from pydantic import BaseModel


class LawSource(BaseModel):
    file: str
    short_name: str
    full_name: str
    version: str
    effective_date: str
    excerpt: bool = False
    verified: bool = True
    historical: bool = False  # repealed or superseded; applies only to periods before a cut-off
    applies_before: str = ""  # ISO date: the rules govern only periods before it
    # Chapters whose subject a later, more specific law now governs: chapter prefix -> that law.
    superseded_chapters: dict[str, str] = {}


LAW_SOURCES: list[LawSource] = [
    LawSource(file="labour-contract-law.md", short_name="劳动合同法",
              full_name="中华人民共和国劳动合同法", version="2007（主席令第六十五号）",
              effective_date="2008-01-01"),
    LawSource(file="labour-contract-law-2012-amendment.md", short_name="劳动合同法修正决定",
              full_name="全国人民代表大会常务委员会关于修改《中华人民共和国劳动合同法》的决定",
              version="2012", effective_date="2013-07-01"),
    LawSource(file="labour-contract-law-implementing-regulations.md", short_name="劳动合同法实施条例",
              full_name="中华人民共和国劳动合同法实施条例", version="国务院令第535号",
              effective_date="2008-09-18"),
    LawSource(file="labour-law-1994.md", short_name="劳动法",
              full_name="中华人民共和国劳动法", version="1994年原文", effective_date="1995-01-01",
              superseded_chapters={"第三章": "劳动合同法"}),
    LawSource(file="female-employees-special-protection.md", short_name="女职工劳动保护特别规定",
              full_name="女职工劳动保护特别规定", version="国务院令第619号", effective_date="2012-04-28"),
    LawSource(file="minimum-wage-provisions.md", short_name="最低工资规定",
              full_name="最低工资规定", version="劳动和社会保障部令第21号", effective_date="2004-03-01"),
    LawSource(file="monthly-working-days-notice.md", short_name="工资折算通知",
              full_name="关于职工全年月平均工作时间和工资折算问题的通知", version="劳社部发〔2008〕3号",
              effective_date="2008-01-03"),
    LawSource(file="paid-annual-leave-measures.md", short_name="年休假实施办法",
              full_name="企业职工带薪年休假实施办法", version="人社部令第1号", effective_date="2008-09-18"),
    LawSource(file="paid-annual-leave-regulations.md", short_name="年休假条例",
              full_name="职工带薪年休假条例", version="国务院令第514号", effective_date="2008-01-01"),
    LawSource(file="severance-income-tax-2018-164-excerpt.md", short_name="个税优惠衔接通知",
              full_name="关于个人所得税法修改后有关优惠政策衔接问题的通知", version="财税〔2018〕164号",
              effective_date="2019-01-01", excerpt=True, verified=False),
    LawSource(file="severance-measures-1994-481-excerpt.md", short_name="经济补偿办法",
              full_name="违反和解除劳动合同的经济补偿办法", version="劳部发〔1994〕481号",
              effective_date="1995-01-01", excerpt=True, verified=False,
              historical=True, applies_before="2008-01-01"),
    LawSource(file="spc-labour-dispute-interpretation-1-noncompete-excerpt.md", short_name="劳动争议解释一",
              full_name="最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", version="法释〔2020〕26号",
              effective_date="2021-01-01", excerpt=True, verified=False),
    LawSource(file="wage-payment-provisions.md", short_name="工资支付暂行规定",
              full_name="工资支付暂行规定", version="劳部发〔1994〕489号", effective_date="1995-01-01"),
]
