"""Service length (labour-law-rules.md C10): the last working day is inclusive; length = whole
calendar months from the start to (last day + 1 day), plus leftover days; month-end start dates
clamp to the month end when months are added."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from pydantic import BaseModel

HALF = Decimal("0.5")


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


class ServiceLength(BaseModel):
    start: dt.date
    last_day: dt.date
    months: int
    days: int

    @property
    def years(self) -> int:
        return self.months // 12

    @property
    def remainder_months(self) -> int:
        return self.months % 12

    def text_zh(self) -> str:
        parts = []
        if self.years:
            parts.append(f"{self.years}年")
        if self.remainder_months:
            parts.append(f"{self.remainder_months}个月")
        if self.days:
            parts.append(f"{self.days}天")
        return "".join(parts) or "0天"


def service_length(start: dt.date, last_day: dt.date) -> ServiceLength:
    end = last_day + dt.timedelta(days=1)
    # Upper bound by calendar arithmetic, then step back while overshooting (clamping can overshoot).
    months = (end.year - start.year) * 12 + (end.month - start.month)
    while months > 0 and add_months(start, months) > end:
        months -= 1
    days = (end - add_months(start, months)).days
    return ServiceLength(start=start, last_day=last_day, months=months, days=days)


def art47_months(sl: ServiceLength) -> Decimal:
    """第四十七条: each full year one month; a remainder of six months or more counts as a year;
    a remainder under six months (but above zero) counts as half a month."""
    months = Decimal(sl.years)
    rem = sl.remainder_months
    if rem >= 6:
        months += 1
    elif rem > 0 or sl.days > 0:
        months += HALF
    return months


def old_rule_years(sl: ServiceLength) -> int:
    """481号: each full year one month, and any remaining fraction of a year counts as a full year."""
    return sl.years + (1 if (sl.remainder_months or sl.days) else 0)
