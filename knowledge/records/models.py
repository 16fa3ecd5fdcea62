"""The employee record: the facts HR and the calculators need about one person.

Money is ``Decimal`` with two places, pre-tax (应发). Dates are ISO dates; months are ``YYYY-MM``.
Field titles are the Chinese labels used in error messages and record chunks.

The models validate shape and internal consistency only (a total equals its parts, a contract
ends after it starts). Whether a record is *lawful* (a wage below the minimum wage, a
non-compete longer than two years) is for the calculators and guards to flag, not for the
loader to refuse: such records exist and HR must be able to load them.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

_SLASH_DATE = re.compile(r"^\s*(\d{4})\s*[/.年]\s*(\d{1,2})\s*[/.月]\s*(\d{1,2})\s*日?\s*$")
_SLASH_MONTH = re.compile(r"^\s*(\d{4})\s*[/.年-]\s*(\d{1,2})\s*月?\s*$")


def _normalise_date(value: object) -> object:
    """Accept the spellings Chinese spreadsheets use (2016/3/1, 2016年3月1日) besides ISO."""
    if isinstance(value, str):
        m = _SLASH_DATE.match(value)
        if m:
            return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
        return value.strip()
    return value


def _normalise_month(value: object) -> object:
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str):
        m = _SLASH_MONTH.match(value)
        if m:
            return f"{int(m[1]):04d}-{int(m[2]):02d}"
        return value.strip()
    return value


_TRUE = {"是", "有", "y", "yes", "true", "1", "t"}
_FALSE = {"否", "无", "n", "no", "false", "0", "f"}


def _normalise_flag(value: object) -> object:
    if isinstance(value, str):
        v = value.strip().lower()
        if v in _TRUE:
            return True
        if v in _FALSE:
            return False
    return value


Day = Annotated[date, BeforeValidator(_normalise_date)]
Flag = Annotated[bool, BeforeValidator(_normalise_flag)]
Month = Annotated[str, BeforeValidator(_normalise_month), Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
CENT = Decimal("0.01")
Money = Annotated[
    Decimal, Field(ge=0, max_digits=12, decimal_places=2), AfterValidator(lambda v: v.quantize(CENT))
]
EmployeeId = Annotated[str, Field(pattern=r"^E\d{4,6}$")]

Gender = Literal["男", "女"]
Status = Literal["在职", "协商中", "已离职"]
ContractType = Literal["固定期限", "无固定期限", "以完成一定工作任务为期限"]
Rating = Literal["优秀", "良好", "合格", "待改进"]
SeparationGround = Literal[
    "协商解除",  # 第36条
    "劳动者辞职",  # 第37条
    "被迫解除",  # 第38条
    "过失性辞退",  # 第39条
    "无过失性辞退",  # 第40条
    "经济性裁员",  # 第41条
    "合同期满终止",  # 第44条第1项
]
ProposedBy = Literal["公司", "员工"]
RewardKind = Literal["奖励", "处分"]
Severity = Literal["低", "中", "高"]
ProtectedKind = Literal["孕期", "产期", "哺乳期", "医疗期", "职业病", "疑似职业病", "工伤"]

# The cities the dataset and the regional tables know. A record in another city still loads
# (with a warning): the calculators then say the regional figures are unknown.
KNOWN_CITIES: tuple[str, ...] = ("北京", "上海", "苏州", "深圳", "广州", "杭州", "成都", "武汉")


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ContractTerm(_Item):
    start: Day = Field(title="合同起始日")
    end: Day | None = Field(default=None, title="合同终止日", description="None for 无固定期限.")
    type: ContractType = Field(title="合同类型")

    @model_validator(mode="after")
    def _check(self) -> ContractTerm:
        if self.type == "无固定期限" and self.end is not None:
            raise PydanticCustomError("open_ended_with_end", "无固定期限合同不应有终止日")
        if self.type == "固定期限" and self.end is None:
            raise PydanticCustomError("fixed_term_without_end", "固定期限合同缺少终止日")
        if self.end is not None and self.end < self.start:
            raise PydanticCustomError("end_before_start", "合同终止日早于起始日")
        return self


class MonthlyWage(_Item):
    month: Month = Field(title="月份")
    base: Money = Field(title="基本工资")
    bonus: Money = Field(default=Decimal("0.00"), title="奖金")
    allowance: Money = Field(default=Decimal("0.00"), title="津贴补贴")
    overtime_pay: Money = Field(default=Decimal("0.00"), title="加班工资")
    total: Money | None = Field(
        default=None, title="应发合计", description="Pre-tax; equals the sum of the four parts. Filled if absent."
    )

    @model_validator(mode="after")
    def _check_total(self) -> MonthlyWage:
        parts = self.base + self.bonus + self.allowance + self.overtime_pay
        if self.total is None:
            self.total = parts
        elif self.total != parts:
            raise PydanticCustomError(
                "wage_total_mismatch",
                "应发合计 {total} 不等于基本工资、奖金、津贴补贴、加班工资之和 {parts}",
                {"total": str(self.total), "parts": str(parts)},
            )
        return self


class PerformanceRating(_Item):
    year: int = Field(ge=1980, le=2100, title="考核年度")
    rating: Rating = Field(title="考核等级")
    department_top_percent: int | None = Field(
        default=None, ge=1, le=100, title="部门排名百分位", description="Top X% of the department (10 = 前10%)."
    )


class MonthlyAttendance(_Item):
    month: Month = Field(title="月份")
    late_count: int = Field(default=0, ge=0, le=31, title="迟到次数")
    overtime_hours: Decimal = Field(default=Decimal("0"), ge=0, le=400, decimal_places=1, title="加班小时")


class RewardPenalty(_Item):
    date: Day = Field(title="日期")
    kind: RewardKind = Field(title="类别")
    description: str = Field(min_length=1, title="内容")


class Training(_Item):
    date: Day = Field(title="日期")
    course: str = Field(min_length=1, title="课程")
    hours: Decimal = Field(ge=0, le=1000, title="学时")
    result: str | None = Field(default=None, title="结果")


class CultureContribution(_Item):
    date: Day = Field(title="日期")
    description: str = Field(min_length=1, title="内容")
    points: int | None = Field(default=None, ge=0, title="文化积分")


class SatisfactionScore(_Item):
    survey_date: Day = Field(title="调研日期")
    score: int = Field(ge=1, le=5, title="满意度评分")
    comment: str | None = Field(default=None, title="备注")


class TeamConflict(_Item):
    date: Day = Field(title="日期")
    description: str = Field(min_length=1, title="内容")
    severity: Severity = Field(title="严重程度")


class HrNote(_Item):
    """Free-text observations HR wrote down (family situation, relationships, stated demands)."""

    date: Day = Field(title="日期")
    text: str = Field(min_length=1, title="内容")


class ProtectedStatus(_Item):
    """A fact that may bring the employee under 劳动合同法第42条 (and 第45条 on expiry)."""

    kind: ProtectedKind = Field(title="保护情形")
    start: Day = Field(title="开始日期")
    end: Day | None = Field(default=None, title="结束日期", description="None while it lasts.")
    note: str | None = Field(default=None, title="说明")

    @model_validator(mode="after")
    def _check(self) -> ProtectedStatus:
        if self.end is not None and self.end < self.start:
            raise PydanticCustomError("end_before_start", "结束日期早于开始日期")
        return self


class NonCompete(_Item):
    bound: Flag = Field(default=False, title="是否约定竞业限制")
    months: int | None = Field(default=None, ge=1, le=120, title="竞业限制期限（月）")
    monthly_pay: Money | None = Field(
        default=None, title="约定月补偿", description="None when bound but no pay was agreed (法释〔2020〕26号第36条)."
    )

    @model_validator(mode="after")
    def _check(self) -> NonCompete:
        if self.bound and self.months is None:
            raise PydanticCustomError("non_compete_months_missing", "已约定竞业限制但缺少期限（月）")
        if not self.bound and (self.months is not None or self.monthly_pay is not None):
            raise PydanticCustomError("non_compete_not_bound", "未约定竞业限制，却填写了期限或补偿")
        return self


class Separation(_Item):
    proposed_last_day: Day = Field(title="拟定最后工作日")
    ground: SeparationGround | None = Field(default=None, title="解除/终止事由")
    article: str | None = Field(default=None, title="依据条款", description="e.g. 劳动合同法第36条")
    proposed_by: ProposedBy | None = Field(default=None, title="提出方")


class Employee(BaseModel):
    model_config = ConfigDict(extra="forbid")

    employee_id: EmployeeId = Field(title="工号")
    name: str = Field(min_length=1, max_length=20, title="姓名")
    gender: Gender = Field(title="性别")
    birth_date: Day = Field(title="出生日期")
    city: str = Field(min_length=2, max_length=10, title="工作地（合同履行地）")
    department: str = Field(min_length=1, title="部门")
    position: str = Field(min_length=1, title="岗位")
    level: str = Field(min_length=1, title="职级")
    manager_id: EmployeeId | None = Field(default=None, title="直属上级工号")
    hire_date: Day = Field(title="入职日期")
    status: Status = Field(title="状态")
    separation: Separation | None = Field(default=None, title="离职安排")
    prior_work_months: int = Field(
        default=0, ge=0, le=600, title="入职前累计工作月数", description="Counts toward paid-annual-leave entitlement."
    )
    confidentiality: Flag = Field(default=False, title="负有保密义务")
    non_compete: NonCompete = Field(default_factory=NonCompete, title="竞业限制")
    contracts: list[ContractTerm] = Field(default_factory=list, title="劳动合同")
    wages: list[MonthlyWage] = Field(default_factory=list, title="月度工资")
    ratings: list[PerformanceRating] = Field(default_factory=list, title="年度绩效")
    attendance: list[MonthlyAttendance] = Field(default_factory=list, title="月度考勤")
    rewards_penalties: list[RewardPenalty] = Field(default_factory=list, title="奖惩记录")
    trainings: list[Training] = Field(default_factory=list, title="培训记录")
    culture_contributions: list[CultureContribution] = Field(default_factory=list, title="文化贡献")
    satisfaction: list[SatisfactionScore] = Field(default_factory=list, title="满意度调研")
    conflicts: list[TeamConflict] = Field(default_factory=list, title="团队冲突")
    hr_notes: list[HrNote] = Field(default_factory=list, title="HR备注")
    protected_statuses: list[ProtectedStatus] = Field(default_factory=list, title="特殊保护情形")

    @model_validator(mode="before")
    @classmethod
    def _strip_city_suffix(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("city"), str):
            city = data["city"].strip()
            if len(city) > 2 and city.endswith("市"):
                city = city[:-1]
            data = {**data, "city": city}
        return data

    @model_validator(mode="after")
    def _check_consistency(self) -> Employee:
        if _years_between(self.birth_date, self.hire_date) < 16:
            _fail("hired_under_16", "入职时未满16周岁，请核对出生日期和入职日期", "birth_date")
        if self.status != "在职" and self.separation is None:
            _fail("separation_missing", f"状态为「{self.status}」但缺少离职安排（拟定最后工作日）", "separation")
        if self.separation is not None and self.separation.proposed_last_day < self.hire_date:
            _fail("last_day_before_hire", "拟定最后工作日早于入职日期", "separation.proposed_last_day")
        if self.manager_id == self.employee_id:
            _fail("self_manager", "直属上级不能是本人", "manager_id")
        for i, c in enumerate(self.contracts):
            if c.start < self.hire_date:
                _fail("contract_before_hire", f"劳动合同起始日 {c.start.isoformat()} 早于入职日期", "contracts.start", i)
        order = sorted(range(len(self.contracts)), key=lambda i: self.contracts[i].start)
        for a, b in zip(order, order[1:]):
            prev, nxt = self.contracts[a], self.contracts[b]
            if prev.end is None or prev.end >= nxt.start:
                _fail("contracts_overlap",
                      f"劳动合同期间重叠：{prev.start.isoformat()} 起与 {nxt.start.isoformat()} 起的两份合同", "contracts.start", b)
        self.contracts = [self.contracts[i] for i in order]
        hire_month = month_of(self.hire_date)
        for field, label, items in (("wages", "月度工资", self.wages), ("attendance", "月度考勤", self.attendance)):
            seen: set[str] = set()
            for i, item in enumerate(items):
                if item.month in seen:
                    _fail("duplicate_month", f"{label}中月份 {item.month} 重复", f"{field}.month", i)
                seen.add(item.month)
                if item.month < hire_month:
                    _fail("month_before_hire", f"{label}月份 {item.month} 早于入职月份 {hire_month}", f"{field}.month", i)
        self.wages = sorted(self.wages, key=lambda w: w.month)
        self.attendance = sorted(self.attendance, key=lambda a: a.month)
        years: set[int] = set()
        for i, r in enumerate(self.ratings):
            if r.year in years:
                _fail("duplicate_year", f"考核年度 {r.year} 重复", "ratings.year", i)
            years.add(r.year)
        self.ratings = sorted(self.ratings, key=lambda r: r.year)
        return self

    # Plain look-ups, no legal arithmetic: the calculators own that.
    def wage_for(self, month: str) -> MonthlyWage | None:
        return next((w for w in self.wages if w.month == month), None)

    def wages_between(self, first: str, last: str) -> list[MonthlyWage]:
        return [w for w in self.wages if first <= w.month <= last]

    def attendance_between(self, first: str, last: str) -> list[MonthlyAttendance]:
        return [a for a in self.attendance if first <= a.month <= last]

    @property
    def current_contract(self) -> ContractTerm | None:
        return self.contracts[-1] if self.contracts else None


def _years_between(earlier: date, later: date) -> int:
    return later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))


def _fail(code: str, message_zh: str, field: str, index: int | None = None) -> None:
    """Raise a cross-field error that still names the field (and list index) it concerns.

    pydantic gives whole-model errors an empty location, so the loaders read ``field`` and
    ``index`` from the error context instead.
    """
    ctx: dict[str, object] = {"field": field}
    if index is not None:
        ctx["index"] = index
    raise PydanticCustomError(code, message_zh, ctx)


class EmployeeFile(BaseModel):
    """The canonical JSON file: ``{"schema_version": 1, "employees": [...]}``."""

    schema_version: Literal[1] = 1
    employees: list[Employee]
