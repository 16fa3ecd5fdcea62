"""The guards, by name. Each module has NAME, VERSION and ``check(text, facts) -> list[Violation]``."""

from __future__ import annotations

from types import ModuleType

from guardrails.guards import authority, citation, coercion, injection, legality, numbers, privacy

GUARDS: dict[str, ModuleType] = {
    m.NAME: m for m in (numbers, authority, coercion, legality, citation, privacy, injection)
}
