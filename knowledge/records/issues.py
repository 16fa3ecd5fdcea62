"""Load problems, reported per row and field with a Chinese reason and a machine code.

Row numbers are what a person sees: in a CSV file or an Excel sheet the header is row 1 and
the first data row is row 2; in the JSON file the row is the 1-based position of the employee
in the ``employees`` array.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from knowledge.records.models import Employee

Severity = Literal["error", "warning"]


class RecordIssue(BaseModel):
    file: str
    table: str | None = None
    row: int | None = None
    field: str | None = None
    code: str
    message: str
    employee_id: str | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.file
        if self.table:
            where += f"[{self.table}]"
        if self.row is not None:
            where += f" 第{self.row}行"
        if self.field:
            where += f" 字段 {self.field}"
        return f"{where}：{self.message}（{self.code}）"


class RecordsFileError(Exception):
    """The file cannot be read at all (missing, unsupported format, broken JSON, no employee table)."""

    def __init__(self, file: str, code: str, message_zh: str) -> None:
        super().__init__(f"{file}: {message_zh}")
        self.file = file
        self.code = code
        self.message_zh = message_zh

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "file": self.file, "message": self.message_zh}


# pydantic error type -> (our code, Chinese reason). {input} and ctx keys are filled in.
_TRANSLATIONS: dict[str, tuple[str, str]] = {
    "missing": ("missing_field", "缺少必填字段"),
    "extra_forbidden": ("unknown_field", "未知字段"),
    "date_parsing": ("invalid_date", "日期无法解析：「{input}」，应为 YYYY-MM-DD"),
    "date_from_datetime_parsing": ("invalid_date", "日期无法解析：「{input}」，应为 YYYY-MM-DD"),
    "date_from_datetime_inexact": ("invalid_date", "日期不应包含时间：「{input}」"),
    "date_type": ("invalid_date", "日期无法解析：「{input}」，应为 YYYY-MM-DD"),
    "decimal_parsing": ("invalid_number", "不是有效数字：「{input}」"),
    "decimal_type": ("invalid_number", "不是有效数字：「{input}」"),
    "decimal_max_places": ("too_many_decimals", "最多保留 {decimal_places} 位小数：「{input}」"),
    "decimal_max_digits": ("number_too_large", "数值位数过多：「{input}」"),
    "decimal_whole_digits": ("number_too_large", "数值位数过多：「{input}」"),
    "int_parsing": ("invalid_integer", "不是有效整数：「{input}」"),
    "int_type": ("invalid_integer", "不是有效整数：「{input}」"),
    "int_from_float": ("invalid_integer", "应为整数：「{input}」"),
    "bool_parsing": ("invalid_flag", "应为「是」或「否」：「{input}」"),
    "bool_type": ("invalid_flag", "应为「是」或「否」：「{input}」"),
    "less_than_equal": ("out_of_range", "数值「{input}」超出范围，应不大于 {le}"),
    "greater_than": ("out_of_range", "数值「{input}」超出范围，应大于 {gt}"),
    "string_too_short": ("empty_value", "不能为空"),
    "string_too_long": ("too_long", "内容过长（最多 {max_length} 个字符）"),
    "string_type": ("invalid_type", "应为文本：「{input}」"),
    "literal_error": ("invalid_choice", "取值「{input}」无效，应为：{expected}"),
    "list_type": ("invalid_type", "应为列表"),
    "model_type": ("invalid_type", "应为对象"),
    "dict_type": ("invalid_type", "应为对象"),
    "model_attributes_type": ("invalid_type", "应为对象"),
}


def translate(
    exc: ValidationError,
    *,
    model: type[BaseModel] = Employee,
    loc_prefix: tuple[str | int, ...] = (),
) -> list[tuple[str, tuple[str | int, ...], str]]:
    """Turn a pydantic error into ``(code, loc, message_zh)`` triples.

    ``loc`` is the location inside an :class:`Employee` (``("wages", 3, "total")``); for
    cross-field errors raised by the models it comes from the error's ``field``/``index``
    context. ``model`` and ``loc_prefix`` say where inside the Employee the validated object sits.
    """
    out = []
    for err in exc.errors(include_url=False):
        loc: tuple[str | int, ...] = loc_prefix + tuple(err["loc"])
        ctx: dict[str, Any] = err.get("ctx") or {}
        if "field" in ctx:
            extra: tuple[str | int, ...] = tuple(str(ctx["field"]).split("."))
            if "index" in ctx:
                extra = extra[:1] + (int(ctx["index"]),) + extra[1:]
            loc = loc + extra
        code, reason = _reason(err, loc)
        label = field_label(loc)
        out.append((code, loc, f"{label}：{reason}" if label else reason))
    return out


def _reason(err: dict[str, Any], loc: tuple[str | int, ...]) -> tuple[str, str]:
    etype = err["type"]
    ctx = dict(err.get("ctx") or {})
    raw = err.get("input")
    shown = "" if isinstance(raw, (dict, list)) else str(raw)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    if etype == "greater_than_equal":
        if str(ctx.get("ge")) in ("0", "0.0"):
            return "negative_value", f"不能为负数：「{shown}」"
        return "out_of_range", f"数值「{shown}」超出范围，应不小于 {ctx.get('ge')}"
    if etype == "string_pattern_mismatch":
        last = next((p for p in reversed(loc) if isinstance(p, str)), "")
        if last == "month":
            return "invalid_month", f"月份格式应为 YYYY-MM：「{shown}」"
        if last in ("employee_id", "manager_id"):
            return "invalid_employee_id", f"工号格式应为 E 加 4–6 位数字（如 E0001）：「{shown}」"
        return "invalid_format", f"格式不正确：「{shown}」"
    if etype in _TRANSLATIONS:
        code, template = _TRANSLATIONS[etype]
        ctx.setdefault("input", shown)
        try:
            return code, template.format(**{k: v for k, v in ctx.items()})
        except (KeyError, IndexError):
            return code, template
    if not err.get("msg", "").isascii():
        return etype, err["msg"]  # the models' own PydanticCustomError: code and Chinese text already
    return "invalid_value", f"取值无效：「{shown}」"


def field_path(loc: tuple[str | int, ...]) -> str:
    """``("wages", 3, "total")`` -> ``wages[3].total``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def field_label(loc: tuple[str | int, ...]) -> str:
    """Chinese label from the models' field titles, e.g. ``月度工资第4项·应发合计``."""
    model: type[BaseModel] | None = Employee
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            if parts:
                parts[-1] += f"第{part + 1}项"
            continue
        info: FieldInfo | None = model.model_fields.get(part) if model else None
        if info is None:
            parts.append(part)
            model = None
            continue
        parts.append(info.title or part)
        model = _inner_model(info.annotation)
    return "·".join(parts)


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found:
            return found
    return None
