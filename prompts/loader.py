"""Prompt templates as versioned files: ``templates/<id>.v<N>.md``.

Each file is YAML front matter (id, version, description, inputs, optional output_schema)
followed by a Jinja2 body with one ``{% block <role> %}`` per message (system, user, ...,
in the order the front matter's ``messages`` lists). Rendering is strict: a missing input,
an unknown input or an undefined name is an error, never an empty string.

    prompt_id, version, messages = render("draft_script", figures=..., chunks=..., hr_message=...)

A changed prompt is a new file (v2 next to v1), so the audit log's (id, version) always
names the exact text that was sent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from jinja2 import Environment, StrictUndefined, Template, TemplateError

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
_FILENAME = re.compile(r"^(?P<id>[a-z][a-z0-9_]*)\.v(?P<version>[1-9][0-9]*)\.md$")
_FRONT = re.compile(r"\A---\n(?P<meta>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)


class PromptError(ValueError):
    """A template is missing or malformed, or was rendered with the wrong inputs."""

    def __init__(self, message: str, *, code: str = "prompt_error") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PromptInput:
    name: str
    description: str
    required: bool = True


@dataclass(frozen=True)
class PromptTemplate:
    id: str
    version: int
    description: str
    inputs: tuple[PromptInput, ...]
    messages: tuple[str, ...]
    body: str
    path: Path
    output_schema: dict[str, Any] | None = field(default=None, hash=False, compare=False)


class RenderedPrompt(NamedTuple):
    prompt_id: str
    version: int
    messages: list[dict[str, str]]


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    return str(value)


def _to_json(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default, indent=indent)


def _number(value: Any) -> str:
    """Decimal/int/float/str -> plain digits, no exponent, trailing zeros of the scale kept."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _as_data(value: Any) -> str:
    """Untrusted text inside a <<< >>> fence: remove fence marks so it cannot close the fence."""
    return str(value).replace("<<<", "‹‹‹").replace(">>>", "›››")


def _environment() -> Environment:
    env = Environment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["json"] = _to_json
    env.filters["num"] = _number
    env.filters["data"] = _as_data
    return env


_ENV = _environment()


def _parse(path: Path) -> PromptTemplate:
    match = _FILENAME.match(path.name)
    if not match:
        raise PromptError(f"{path.name}: template file names are <id>.v<N>.md", code="prompt_bad_name")
    front = _FRONT.match(path.read_text(encoding="utf-8"))
    if not front:
        raise PromptError(f"{path.name}: missing YAML front matter between '---' lines", code="prompt_bad_front_matter")
    meta = yaml.safe_load(front.group("meta")) or {}
    if meta.get("id") != match["id"] or meta.get("version") != int(match["version"]):
        raise PromptError(f"{path.name}: front matter id/version disagree with the file name", code="prompt_bad_front_matter")
    inputs = tuple(
        PromptInput(name=i["name"], description=i.get("description", ""), required=bool(i.get("required", True)))
        for i in meta.get("inputs", [])
    )
    messages = tuple(meta.get("messages", ["system", "user"]))
    template = PromptTemplate(
        id=meta["id"],
        version=meta["version"],
        description=meta.get("description", ""),
        inputs=inputs,
        messages=messages,
        body=front.group("body"),
        path=path,
        output_schema=meta.get("output_schema"),
    )
    compiled = _compile(template)
    missing = [role for role in messages if role not in compiled.blocks]
    if missing:
        raise PromptError(f"{path.name}: no {{% block %}} for message(s) {missing}", code="prompt_bad_body")
    return template


@lru_cache(maxsize=64)
def _compile_cached(path: Path, body: str) -> Template:
    try:
        return _ENV.from_string(body)
    except TemplateError as exc:
        raise PromptError(f"{path.name}: {exc}", code="prompt_bad_body") from exc


def _compile(template: PromptTemplate) -> Template:
    return _compile_cached(template.path, template.body)


@lru_cache(maxsize=128)
def _parse_cached(path: Path, mtime_ns: int) -> PromptTemplate:
    return _parse(path)


def list_templates(directory: Path = TEMPLATES_DIR) -> list[PromptTemplate]:
    """Every template file, sorted by (id, version)."""
    found = [_parse_cached(p, p.stat().st_mtime_ns) for p in sorted(directory.glob("*.md"))]
    return sorted(found, key=lambda t: (t.id, t.version))


def load(prompt_id: str, version: int | None = None, *, directory: Path = TEMPLATES_DIR) -> PromptTemplate:
    """One template: the given version, or the highest one."""
    versions = [t for t in list_templates(directory) if t.id == prompt_id]
    if not versions:
        raise PromptError(f"no prompt template {prompt_id!r} in {directory}", code="prompt_not_found")
    if version is None:
        return versions[-1]
    for t in versions:
        if t.version == version:
            return t
    raise PromptError(f"prompt {prompt_id!r} has no version {version} (has {[t.version for t in versions]})", code="prompt_not_found")


def render(prompt_id: str, version: int | None = None, *, directory: Path = TEMPLATES_DIR, **inputs: Any) -> RenderedPrompt:
    template = load(prompt_id, version, directory=directory)
    declared = {i.name for i in template.inputs}
    unknown = sorted(set(inputs) - declared)
    if unknown:
        raise PromptError(f"{prompt_id}.v{template.version}: unknown input(s) {unknown}", code="prompt_unknown_input")
    missing = sorted(i.name for i in template.inputs if i.required and inputs.get(i.name) is None)
    if missing:
        raise PromptError(f"{prompt_id}.v{template.version}: missing input(s) {missing}", code="prompt_missing_input")
    context = {i.name: inputs.get(i.name) for i in template.inputs}
    compiled = _compile(template)
    messages = []
    try:
        for role in template.messages:
            text = "".join(compiled.blocks[role](compiled.new_context(context))).strip()
            messages.append({"role": role, "content": text})
    except TemplateError as exc:
        raise PromptError(f"{prompt_id}.v{template.version}: {exc}", code="prompt_render_failed") from exc
    return RenderedPrompt(template.id, template.version, messages)


def output_schema(prompt_id: str, version: int | None = None) -> dict[str, Any] | None:
    """The JSON schema the template asks the model to answer in (for ``response_format``)."""
    return load(prompt_id, version).output_schema
