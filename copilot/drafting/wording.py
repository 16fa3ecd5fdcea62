"""Shared wording helpers: how amounts, months and article ids are written in a script."""

from __future__ import annotations

from decimal import Decimal

import cn2an


def yuan(amount: Decimal) -> str:
    return f"{amount:,.2f}元"


def months(m: Decimal) -> str:
    s = format(m.normalize(), "f")
    return f"{s}个月"


def article_title(chunk_id: str) -> str:
    """``劳动合同法#47`` -> 《劳动合同法》第四十七条 ; ``员工手册#5.2`` -> 《员工手册》第5.2条."""
    law, _, num = chunk_id.partition("#")
    if law == "员工档案":
        return "员工档案"
    if num.isdigit():
        return f"《{law}》第{cn2an.an2cn(num)}条"
    return f"《{law}》第{num}条"
