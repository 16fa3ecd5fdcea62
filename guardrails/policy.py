"""What to do when a guard fails: a per-guard action chosen in configuration.

    default: refuse            # for every guard not named below
    guards:
      numbers: reask           # or {action: reask, max_reasks: 2}
      privacy: fix
      citation: filter
    second_reader_floor: 0.1   # 0 turns it off

Actions: ``reask`` (ask the model again with the violations), ``fix`` (repair the spans
deterministically), ``filter`` (drop the offending sentences), ``refuse`` (do not use the draft).
The default is ``refuse`` and a guard that errors is always refused: nothing passes unchecked.

``second_reader_floor``: a rule's reading of wording alone (a guard's ``WORDING_CATEGORIES``) is shown
as a warning instead of blocking when the learned model scores the whole draft below this probability
of that guard's violation. Measured cold on three unseen red-team batches (12–14, 994 clean and 889
violating drafts, models trained before each): 0.1 took the false-positive rate from 7.7 % to 3.8 % and
lost one catch (docs/guards.md, session 6).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from guardrails.types import Action, PolicyError

# Severity order when several guards fail: the strongest action wins.
ACTION_ORDER = {Action.FIX: 0, Action.FILTER: 1, Action.REASK: 2, Action.REFUSE: 3}


class GuardPolicy(BaseModel):
    action: Action = Action.REFUSE
    max_reasks: int = Field(default=2, ge=0, le=5)


class Policy(BaseModel):
    default: Action = Action.REFUSE
    guards: dict[str, GuardPolicy] = Field(default_factory=dict)
    second_reader_floor: float = Field(default=0.1, ge=0.0, le=1.0)

    def action_for(self, guard: str) -> Action:
        gp = self.guards.get(guard)
        return gp.action if gp is not None else self.default

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None, known_guards: set[str] | None = None) -> Policy:
        """Build from a dict (what the engine read from its config). Unknown guard names and
        actions are errors, not silently ignored: a typo must not switch a guard off."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise PolicyError("guard_policy", "护栏策略必须是一个映射（字典）。")
        if known_guards is None:
            from guardrails.guards import GUARDS

            known_guards = set(GUARDS)
        extra = set(data) - {"default", "guards", "second_reader_floor"}
        raw_guards = data.get("guards", {}) if "guards" in data else {}
        if extra:  # flat form {'numbers': 'reask'}
            raw_guards = {k: data[k] for k in extra}
        default = _action(data.get("default", "refuse"), "guard_policy.default")
        guards: dict[str, GuardPolicy] = {}
        for name, value in (raw_guards or {}).items():
            field = f"guard_policy.guards.{name}"
            if name not in known_guards:
                raise PolicyError(field, f"未知的护栏名称「{name}」，可用：{'、'.join(sorted(known_guards))}。")
            if isinstance(value, str):
                guards[name] = GuardPolicy(action=_action(value, field))
            elif isinstance(value, Mapping):
                unknown = set(value) - {"action", "max_reasks"}
                if unknown:
                    raise PolicyError(field, f"不认识的设置项：{'、'.join(sorted(unknown))}。")
                max_reasks = value.get("max_reasks", 2)
                if not isinstance(max_reasks, int) or not 0 <= max_reasks <= 5:
                    raise PolicyError(f"{field}.max_reasks", "max_reasks 必须是 0 到 5 之间的整数。")
                guards[name] = GuardPolicy(action=_action(value.get("action", "refuse"), f"{field}.action"),
                                           max_reasks=max_reasks)
            else:
                raise PolicyError(field, "应为动作名称（reask/fix/filter/refuse）或包含 action 的映射。")
        floor = data.get("second_reader_floor", cls.model_fields["second_reader_floor"].default)
        if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 <= floor <= 1:
            raise PolicyError("guard_policy.second_reader_floor", "second_reader_floor 必须是 0 到 1 之间的数（0 表示关闭）。")
        return cls(default=default, guards=guards, second_reader_floor=float(floor))

    @classmethod
    def from_yaml(cls, source: str | Path) -> Policy:
        text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise PolicyError("guard_policy", f"护栏策略不是合法的 YAML：{exc}") from exc
        return cls.from_mapping(data or {})


def _action(value: Any, field: str) -> Action:
    try:
        return Action(str(value).strip().lower())
    except ValueError:
        raise PolicyError(field, f"动作「{value}」无效，只能是 reask、fix、filter 或 refuse。") from None
