"""Deterministic statutory calculators: pure functions on Decimal, no I/O beyond the packaged
rules tables. Entry point: ``calculate(parse_case(data))``."""

from copilot.calc.calculator import CaseResult, calculate
from copilot.calc.case import CaseInput, Ground
from copilot.calc.validation import parse_case

__all__ = ["CaseInput", "CaseResult", "Ground", "calculate", "parse_case"]
