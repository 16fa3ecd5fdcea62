"""Translate HR jargon in a query into the statute's own wording (table: ``data/hr_jargon.yaml``).

The expansion is kept apart from the query: the retriever scores the original words and the
added statutory terms separately and weighs the latter lower, so an expansion can lift the
articles that use the law's term without drowning what the user actually wrote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from knowledge.tokenize import normalise

JARGON_TABLE = Path(__file__).resolve().parent / "data" / "hr_jargon.yaml"


class JargonEntry(BaseModel):
    name: str
    when: list[str] = Field(min_length=1)
    terms: list[str] = Field(min_length=1)
    basis: str = ""


class Expansion(BaseModel):
    entries: list[str] = Field(default_factory=list, description="Names of the entries that fired.")
    terms: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.terms)


class JargonTable:
    def __init__(self, entries: list[JargonEntry]) -> None:
        self.entries = entries
        self._patterns = [(e, [re.compile(normalise(p)) for p in e.when]) for e in entries]

    @classmethod
    def load(cls, path: Path = JARGON_TABLE) -> "JargonTable":
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls([JargonEntry.model_validate(e) for e in data["entries"]])

    def expand(self, query: str) -> Expansion:
        q = normalise(query)
        names: list[str] = []
        terms: list[str] = []
        for entry, patterns in self._patterns:
            if any(p.search(q) for p in patterns):
                names.append(entry.name)
                terms.extend(t for t in entry.terms if t not in terms)
        return Expansion(entries=names, terms=terms)


@lru_cache(maxsize=4)
def default_table(path: Path = JARGON_TABLE) -> JargonTable:
    return JargonTable.load(path)
