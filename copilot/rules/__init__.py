"""Rules as data: statutory parameters with effective dates, and regional figures with sources.

The calculators never hard-code a number the law may change; they ask this module for the value
in force on a date. Loaded once from the YAML files in ``data/`` (shipped with the package).
"""

from copilot.rules.statutory import RuleNotInForce, StatutoryParam, param, param_row
from copilot.rules.regions import RegionalFigure, find_average_wage, find_minimum_wage, regional_table

__all__ = [
    "RuleNotInForce",
    "StatutoryParam",
    "param",
    "param_row",
    "RegionalFigure",
    "find_average_wage",
    "find_minimum_wage",
    "regional_table",
]
