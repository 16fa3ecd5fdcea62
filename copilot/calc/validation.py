"""Turn raw input into a ``CaseInput``, or an ``InputError`` that names the field and says why in
Chinese (plus a machine code). Never a traceback for bad input."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from copilot.calc.case import CaseInput
from copilot.errors import InputError

# Codes raised by the schema's own validators: code -> (field, message).
_RULE_ERRORS: dict[str, tuple[str, str]] = {
    "termination_before_hire": ("termination_date", "最后工作日早于入职（用工）日期"),
    "termination_before_2008": ("termination_date", "解除或终止日期早于2008-01-01（劳动合同法施行前），不在本计算器范围内"),
    "proposed_by_missing": ("proposed_by", "协商解除须写明由谁提出（employer/employee）：用人单位提出才有法定经济补偿（第四十六条第二项）"),
    "renewal_offer_missing": ("renewal_offer", "合同期满终止须写明续订条件（none/lower/same_or_better）：维持或提高条件而劳动者拒绝续订的无经济补偿（第四十六条第五项）"),
    "notice_missing": ("notice_given_30_days", "第四十条解除须写明是否提前三十日书面通知，以确定是否支付代通知金"),
    "wages_missing": ("wages", "缺少工资：请提供各月工资 wages.monthly 或月平均工资 wages.average_monthly"),
    "duplicate_month": ("wages.monthly", "同一月份的工资出现了两次"),
    "month_format": ("month", "月份格式应为 YYYY-MM"),
    "overtime_exceeds_amount": ("overtime", "加班工资不能大于当月工资总额"),
    "demand_formula": ("value", "诉求公式无法识别，支持 N、N+1、N+2、2N 等"),
    "demand_number": ("value", "诉求数值不是有效数字"),
    "demand_negative": ("value", "诉求数值不能为负"),
}

_TYPE_MESSAGES: dict[str, str] = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不认识的字段",
    "date_from_datetime_parsing": "不是有效的日期（应为 YYYY-MM-DD）",
    "date_parsing": "不是有效的日期（应为 YYYY-MM-DD）",
    "date_type": "不是有效的日期（应为 YYYY-MM-DD）",
    "decimal_parsing": "不是有效的金额或数字",
    "decimal_type": "不是有效的金额或数字",
    "greater_than_equal": "不能为负数",
    "greater_than": "必须大于0",
    "int_parsing": "不是有效的整数",
    "int_type": "不是有效的整数",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
}


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def parse_case(data: Any) -> CaseInput:
    if not isinstance(data, dict):
        raise InputError("$", "案件应为一个 JSON 对象", code="invalid_input")
    try:
        return CaseInput.model_validate(data)
    except ValidationError as exc:
        raise _translate(exc) from None


def _translate(exc: ValidationError) -> InputError:
    err = exc.errors()[0]
    loc = tuple(p for p in err["loc"] if p not in ("function-after[_consistency(), CaseInput]",))
    field = _path(loc) or "$"
    if err["type"] == "value_error":
        code = str(err.get("ctx", {}).get("error", "")) or err["msg"]
        if code in _RULE_ERRORS:
            rule_field, message = _RULE_ERRORS[code]
            if field == "$" or not field.endswith(rule_field):
                field = rule_field if field == "$" else f"{field}.{rule_field}"
            return InputError(field, message, code=code)
        return InputError(field, err["msg"], code="invalid_value")
    if err["type"] in ("enum", "literal_error"):
        expected = err.get("ctx", {}).get("expected", "")
        return InputError(field, f"取值不在允许范围内，可选：{expected}", code="unknown_value")
    message = _TYPE_MESSAGES.get(err["type"], "值无效")
    return InputError(field, message, code=err["type"])
