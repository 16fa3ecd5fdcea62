"""The engine: domain types, calculators, rules tables, pipeline, sessions and audit,
LLM client, settings, CLI."""

__version__ = "0.1.0"
