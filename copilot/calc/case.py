"""The input schema of one case: what HR knows about a separation. The same schema serves the
CLI (`copilot calc`), the API and the engine."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Ground(str, Enum):
    resignation = "resignation"                      # 第37条 劳动者提前通知解除
    employee_fault = "employee_fault"                # 第39条 过失性辞退
    mutual_agreement = "mutual_agreement"            # 第36条 协商一致（须写明 proposed_by）
    employer_fault_resignation = "employer_fault_resignation"  # 第38条 被迫解除
    art40_medical = "art40_medical"                  # 第40条第1项 医疗期满
    art40_incompetent = "art40_incompetent"          # 第40条第2项 不能胜任
    art40_objective_change = "art40_objective_change"  # 第40条第3项 客观情况重大变化
    layoff = "layoff"                                # 第41条 经济性裁员
    expiry = "expiry"                                # 第44条第1项 固定期限合同期满（须写明 renewal_offer）
    bankruptcy_or_dissolution = "bankruptcy_or_dissolution"  # 第44条第4、5项
    task_completed = "task_completed"                # 实施条例第22条 以完成一定工作任务为期限
    illegal_termination = "illegal_termination"      # 第48、87条 违法解除/终止（2N）


GROUND_LABELS_ZH: dict[Ground, str] = {
    Ground.resignation: "劳动者提前通知解除（第三十七条）",
    Ground.employee_fault: "过失性辞退（第三十九条）",
    Ground.mutual_agreement: "协商一致解除（第三十六条）",
    Ground.employer_fault_resignation: "劳动者因用人单位过错解除（第三十八条）",
    Ground.art40_medical: "医疗期满不能工作解除（第四十条第一项）",
    Ground.art40_incompetent: "不能胜任工作解除（第四十条第二项）",
    Ground.art40_objective_change: "客观情况发生重大变化解除（第四十条第三项）",
    Ground.layoff: "经济性裁员（第四十一条）",
    Ground.expiry: "固定期限劳动合同期满终止（第四十四条第一项）",
    Ground.bankruptcy_or_dissolution: "破产、吊销、关闭、撤销或提前解散终止（第四十四条第四、五项）",
    Ground.task_completed: "以完成一定工作任务为期限的合同终止（实施条例第二十二条）",
    Ground.illegal_termination: "违法解除或终止（第四十八条、第八十七条）",
}

ART40_GROUNDS = {Ground.art40_medical, Ground.art40_incompetent, Ground.art40_objective_change}
UNILATERAL_GROUNDS = ART40_GROUNDS | {Ground.layoff, Ground.employee_fault}

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MonthlyWage(_Model):
    month: str = Field(description="YYYY-MM")
    amount: Decimal = Field(ge=0, description="应发工资总额（税前，含奖金、津贴、补贴、加班费）")
    overtime: Decimal = Field(default=Decimal("0"), ge=0, description="其中加班工资")

    @field_validator("month")
    @classmethod
    def _month(cls, v: str) -> str:
        if not _MONTH.match(v):
            raise ValueError("month_format")
        return v

    @model_validator(mode="after")
    def _overtime_within(self) -> "MonthlyWage":
        if self.overtime > self.amount:
            raise ValueError("overtime_exceeds_amount")
        return self


class Wages(_Model):
    monthly: list[MonthlyWage] | None = Field(default=None, description="解除前各月工资（可多于12个月）")
    average_monthly: Decimal | None = Field(default=None, ge=0, description="已知的前12个月平均工资")
    last_month: Decimal | None = Field(default=None, ge=0, description="上一个月工资（代通知金）")
    average_excluding_overtime: Decimal | None = Field(
        default=None, ge=0, description="剔除加班工资后的月平均工资（年休假工资）"
    )

    @model_validator(mode="after")
    def _something_given(self) -> "Wages":
        if not self.monthly and self.average_monthly is None:
            raise ValueError("wages_missing")
        if self.monthly:
            months = [m.month for m in self.monthly]
            if len(set(months)) != len(months):
                raise ValueError("duplicate_month")
        return self


class Region(_Model):
    city: str | None = Field(default=None, description="劳动合同履行地（实施条例第十四条）")
    average_monthly_wage: Decimal | None = Field(default=None, gt=0, description="上年度职工月平均工资（封顶基数）")
    average_wage_basis: str | None = Field(default=None, description="该平均工资的统计口径")
    minimum_wage_monthly: Decimal | None = Field(default=None, gt=0, description="月最低工资标准")
    tax_annual_average_wage: Decimal | None = Field(default=None, gt=0, description="个税免征额所用的上年职工年平均工资")
    wage_below_cap_confirmed: bool = Field(default=False, description="HR确认月工资未超过当地平均工资三倍")
    wage_above_minimum_confirmed: bool = Field(default=False, description="HR确认月工资不低于当地最低工资")


class NonCompete(_Model):
    months: int = Field(ge=1, description="约定的竞业限制期限（月）")
    agreed_monthly: Decimal | None = Field(default=None, ge=0, description="约定的月补偿；未约定为 null")
    category: Literal["senior_management", "senior_technical", "confidential", "other"] = Field(
        description="人员类别（第二十四条：高级管理人员、高级技术人员、其他负有保密义务的人员）"
    )
    released_by_employer_during_term: bool = Field(default=False, description="用人单位在期限内解除竞业限制")


class AnnualLeave(_Model):
    cumulative_work_years: int = Field(ge=0, description="累计工作年限（含其他单位，整年）")
    days_taken: Decimal = Field(default=Decimal("0"), ge=0, description="当年度已安排年休假天数")


class Demand(_Model):
    kind: Literal["months", "amount", "formula"]
    value: str = Field(description="months: '8'; amount: '88000'; formula: 'N+1' | 'N+2' | '2N'")
    item: Literal["severance", "total"] = "severance"
    text: str | None = Field(default=None, description="员工原话")

    @model_validator(mode="after")
    def _value_shape(self) -> "Demand":
        v = self.value.strip().upper().replace(" ", "")
        if self.kind == "formula":
            if not re.fullmatch(r"N(\+\d+(\.\d+)?)?|\d+(\.\d+)?N", v):
                raise ValueError("demand_formula")
        else:
            try:
                d = Decimal(v.replace(",", ""))
            except Exception as exc:  # noqa: BLE001 - any parse failure is the same user error
                raise ValueError("demand_number") from exc
            if d < 0:
                raise ValueError("demand_negative")
        return self


class Policy(_Model):
    max_extra_months: Decimal = Field(default=Decimal("0"), ge=0, description="制度允许的法定之外最多额外月数")
    extra_approver: str = Field(default="分管领导", description="额外补偿的审批人")
    approval_chain: list[str] = Field(default_factory=lambda: ["HR", "法务", "部门经理", "分管领导"])


class Readings(_Model):
    """Settings for the disputed points of labour-law-rules.md §C; defaults are the documented ones."""

    cap_figure: Literal["in_force_on_termination", "calendar_year_before"] = "in_force_on_termination"  # C1
    pre2008_rounding: Literal["separate", "merged"] = "separate"  # C2
    pre2008_cap: Literal["uncapped", "capped"] = "uncapped"  # C2
    notice_pay_month: Literal["month_before_termination", "month_before_notice"] = "month_before_termination"  # C5
    notice_pay_with_2n: Literal["no", "yes"] = "no"  # C6
    tax_2n_as_compensation: Literal["yes", "no"] = "yes"  # C7
    leave_pay_percent: Literal["200", "300"] = "200"  # C9
    leave_year_days: Literal["365", "actual"] = "365"  # C9


class Employee(_Model):
    id: str | None = None
    name: str | None = None


class CaseInput(_Model):
    employee: Employee = Field(default_factory=Employee)
    ground: Ground
    proposed_by: Literal["employer", "employee"] | None = Field(
        default=None, description="协商解除由谁提出（第四十六条第二项）"
    )
    renewal_offer: Literal["none", "lower", "same_or_better"] | None = Field(
        default=None, description="期满时用人单位的续订条件：不续订 / 降低条件 / 维持或提高条件（劳动者拒绝）"
    )
    hire_date: dt.date = Field(description="用工之日")
    termination_date: dt.date = Field(description="最后工作日（劳动合同解除或终止之日）")
    notice_given_30_days: bool | None = Field(default=None, description="第40条：是否提前30日书面通知")
    notice_date: dt.date | None = None
    wages: Wages
    region: Region = Field(default_factory=Region)
    protected_status: list[
        Literal["medical_period", "pregnancy", "maternity", "nursing", "occupational_disease",
                "work_injury", "long_service_near_retirement"]
    ] = Field(default_factory=list, description="第四十二条情形")
    union_notified: bool | None = Field(default=None, description="单方解除是否事先通知工会（第四十三条）")
    consecutive_fixed_terms: int = Field(default=1, ge=1, description="已连续订立的固定期限合同次数")
    employee_requested_renewal: bool | None = None
    non_compete: NonCompete | None = None
    annual_leave: AnnualLeave | None = None
    tax: Literal["auto", "required", "skip"] = Field(
        default="auto", description="一次性补偿收入个税：auto 有当地年平均工资时计算，否则提示；required 缺数据即报错；skip 不计算"
    )
    demands: list[Demand] = Field(default_factory=list)
    policy: Policy = Field(default_factory=Policy)
    readings: Readings = Field(default_factory=Readings)

    @model_validator(mode="after")
    def _consistency(self) -> "CaseInput":
        if self.termination_date < self.hire_date:
            raise ValueError("termination_before_hire")
        if self.termination_date < dt.date(2008, 1, 1):
            raise ValueError("termination_before_2008")
        if self.ground == Ground.mutual_agreement and self.proposed_by is None:
            raise ValueError("proposed_by_missing")
        if self.ground == Ground.expiry and self.renewal_offer is None:
            raise ValueError("renewal_offer_missing")
        if self.ground in ART40_GROUNDS and self.notice_given_30_days is None:
            raise ValueError("notice_missing")
        return self
