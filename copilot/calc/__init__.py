"""Deterministic statutory calculators: pure functions on Decimal, no I/O."""
