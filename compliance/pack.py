"""Rule packs: YAML data validated on load.

A pack is a list of rules; a rule names the registered check that tests it (``check``, versioned) and carries
everything a person sees — titles and message templates in Vietnamese and English, the citation, the
severity — and the parameters' defaults, of which ``overridable`` names the ones a body may change in its
profile. ``message`` is a `str.format` template filled with the fields the check provides; a check that yields
several kinds of finding (a missing chair, a missing recorder) has one template per kind in ``variants``.

Loading checks, besides the shape (unknown keys are refused): rule ids are unique; an enabled rule's check is
registered, has the rule's scope, accepts the rule's ``params`` and provides every field its templates use,
and the rule has a template for each variant of the check. A rule whose check is not written yet is kept as
data with ``enabled: false``; its check need not be registered. Any failure raises `InvalidInput` naming the
pack, the rule and the field.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Mapping
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

import compliance.checks  # noqa: F401  (registers the built-in checks)
from compliance.registry import RegisteredCheck, Scope, get_check
from minutes.errors import InvalidInput

Severity = Literal["error", "warning", "info"]
Confidence = Literal["H", "M", "L"]

RULE_ID = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"
CHECK_NAME = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.v[1-9][0-9]*$"
PARAM_NAME = r"^[a-z][a-z0-9_+]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text in each UI language."""

    vi: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def in_language(self, language: str) -> str:
        """The text in ``language``; English when the pack has no text in that language."""
        return self.vi if language == "vi" else self.en


def template_fields(template: str) -> set[str]:
    """The field names a `str.format` template uses; ValueError for a broken or positional template."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(f"broken template {template!r}: {exc}") from None
    for _literal, name, _spec, _conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"template field {{{name}}} must be a plain name, in {template!r}")
        names.add(name)
    return names


class Rule(_Strict):
    """One requirement: what people read about it, and which check tests it with which parameters."""

    id: str = Field(pattern=RULE_ID)
    version: int = Field(ge=1)
    title: Text
    message: Text
    variants: dict[str, Text] = Field(default_factory=dict)
    citation: str = Field(min_length=1)
    severity: Severity
    scope: Scope
    check: str = Field(pattern=CHECK_NAME)
    params: dict[str, Any] = Field(default_factory=dict)
    confidence: Confidence
    overridable: list[str] = Field(default_factory=list)
    enabled: bool = True

    def template(self, variant: str | None, language: str) -> str:
        """The message template for a finding of ``variant`` (None: the rule's ``message``)."""
        text = self.message if variant is None else self.variants[variant]
        return text.in_language(language)

    @field_validator("params")
    @classmethod
    def _param_names(cls, params: dict[str, Any]) -> dict[str, Any]:
        for name in params:
            if not isinstance(name, str) or not _matches(PARAM_NAME, name):
                raise ValueError(f"parameter name {name!r} must be lower case letters, digits, '_' or '+'")
        return params

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        for text in (self.message, *self.variants.values()):
            for language in ("vi", "en"):
                template_fields(getattr(text, language))
        unknown = [name for name in self.overridable if name not in self.params]
        if unknown:
            raise ValueError(f"overridable names {unknown} are not in params {sorted(self.params)}")
        registered = get_check(self.check)
        if registered is None:
            if self.enabled:
                raise ValueError(
                    f"check {self.check!r} is not registered; write it, or set 'enabled: false' on the rule"
                )
            return self
        self._agrees_with(registered)
        return self

    def _agrees_with(self, registered: RegisteredCheck) -> None:
        if registered.scope != self.scope:
            raise ValueError(f"check {self.check!r} has scope {registered.scope!r}, the rule {self.scope!r}")
        try:
            registered.params.model_validate(self.params)
        except ValidationError as exc:
            raise ValueError(f"params do not fit check {self.check!r}: {_describe(exc)}") from None
        if set(self.variants) != registered.variants:
            raise ValueError(
                f"variants must be exactly {sorted(registered.variants)} for check {self.check!r},"
                f" not {sorted(self.variants)}"
            )
        texts = {"message": self.message, **{f"variants.{key}": text for key, text in self.variants.items()}}
        for where, text in texts.items():
            for language in ("vi", "en"):
                used = template_fields(getattr(text, language))
                undeclared = used - registered.provides
                if undeclared:
                    raise ValueError(
                        f"{where}.{language} uses {sorted(undeclared)}, which check {self.check!r} does not"
                        f" provide (it provides {sorted(registered.provides)})"
                    )


class RulePack(_Strict):
    """A named, versioned list of rules, such as ``vn-party-cell``."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: int = Field(ge=1)
    title: Text
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> RulePack:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} appears twice")
            seen.add(rule.id)
        return self

    def rule(self, rule_id: str) -> Rule:
        """The rule ``rule_id``; KeyError when the pack has none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key written twice in one mapping (PyYAML keeps the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in keys:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            keys.add(key)
        return super().construct_mapping(node, deep=deep)


def load_pack(text: str) -> RulePack:
    """Parse and validate a rule pack written in YAML; `InvalidInput` with a readable message if wrong."""
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise InvalidInput(f"rule pack is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidInput("rule pack must be a YAML mapping with id, version, title and rules")
    try:
        return RulePack.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(_pack_error(data, exc)) from exc


@functools.cache
def builtin_pack(name: str) -> RulePack:
    """The pack shipped as ``compliance/packs/<name>.yaml``, loaded once; `InvalidInput` if unknown."""
    if not _matches(r"^[a-z][a-z0-9-]*$", name):
        raise InvalidInput(f"unknown rule pack {name!r}; known: {', '.join(builtin_pack_names())}")
    resource = resources.files("compliance").joinpath("packs", f"{name}.yaml")
    if not resource.is_file():
        raise InvalidInput(f"unknown rule pack {name!r}; known: {', '.join(builtin_pack_names())}")
    pack = load_pack(resource.read_text(encoding="utf-8"))
    if pack.id != name:
        raise InvalidInput(f"rule pack file {name}.yaml declares id {pack.id!r}")
    return pack


DEFAULT_PACKS = {"vi": "vn-party-cell", "en": "generic-board"}  # the pack of a body that names none


def pack_for(rule_pack: str | None, language: str | None) -> str | None:
    """The name of the pack that judges a body's minutes: its own, else the default for their language."""
    return rule_pack or DEFAULT_PACKS.get(language or "")


def builtin_pack_names() -> list[str]:
    """The names of the packs shipped with the engine."""
    folder = resources.files("compliance").joinpath("packs")
    return sorted(item.name.removesuffix(".yaml") for item in folder.iterdir() if item.name.endswith(".yaml"))


def _matches(pattern: str, value: str) -> bool:
    return re.fullmatch(pattern, value) is not None


def _pack_error(data: Mapping[str, Any], exc: ValidationError) -> str:
    """One line per problem, each naming the rule (by id when it has one) and the field."""
    name = data.get("id") if isinstance(data.get("id"), str) else "?"
    raw_rules = data.get("rules")
    rules: list[Any] = raw_rules if isinstance(raw_rules, list) else []
    lines = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = "pack"
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            index = loc[1]
            raw = rules[index] if index < len(rules) else None
            rule_id = raw.get("id") if isinstance(raw, dict) else None
            where = f"rule {rule_id!r}" if isinstance(rule_id, str) else f"rules[{index}]"
            loc = loc[2:]
        field = ".".join(str(part) for part in loc)
        lines.append(f"{where}{f', field {field!r}' if field else ''}: {_message(error)}")
    return f"rule pack {name!r} is invalid:\n  " + "\n  ".join(lines)


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"])
        parts.append(f"{field or 'params'}: {_message(error)}")
    return "; ".join(parts)


def _message(error: Any) -> str:
    if error["type"] == "value_error":
        return str(error["ctx"]["error"])
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] == "missing" or "input" not in error:
        return str(error["msg"])
    got = repr(error["input"])
    return f"{error['msg']} (got {got[:60] + '…' if len(got) > 60 else got})"
