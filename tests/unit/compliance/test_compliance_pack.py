"""Rule packs: the built-in packs load, and broken packs are refused with a message naming rule and field."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from compliance.pack import RulePack, builtin_pack, builtin_pack_names, load_pack, template_fields
from minutes.errors import InvalidInput

VN_RULES = [
    "cadence.monthly",
    "cadence.fixed_day",
    "cadence.thematic_quarterly",
    "duration.minimum",
    "attendance.roll_call",
    "attendance.counts_consistent",
    "attendance.unexcused_3_months",
    "roles.chair_recorder",
    "resolution.vote",
    "resolution.majority",
    "minutes.read_back",
    "minutes.signatures",
    "minutes.required_parts",
    "tasks.previous_reviewed",
    "tasks.assigned_owner",
    "participation.speakers",
    "higher_level.attendance",
    "quality.score",
]
BOARD_RULES = [
    "quorum",
    "no_quorum_business",
    "minutes.essentials",
    "minutes.previous_approved",
    "motions.recorded",
    "adjournment.time",
    "minutes.signed",
    "actions.owner",
    "cadence.schedule",
    "votes.absent_member_voting",
    "attendance.consecutive_absences",
]


def test_builtin_packs_are_listed() -> None:
    assert builtin_pack_names() == ["generic-board", "vn-party-cell"]


@pytest.mark.parametrize(("name", "rule_ids"), [("vn-party-cell", VN_RULES), ("generic-board", BOARD_RULES)])
def test_builtin_pack_has_every_rule_of_the_reference(name: str, rule_ids: list[str]) -> None:
    pack = builtin_pack(name)
    assert pack.id == name
    assert [rule.id for rule in pack.rules] == rule_ids
    assert [rule.id for rule in pack.rules if rule.enabled] == rule_ids  # every rule has its check
    for rule in pack.rules:
        assert rule.check.startswith(rule.id + ".v"), rule.id
        assert rule.title.vi != rule.title.en and rule.message.vi != rule.message.en, rule.id
        assert rule.citation.strip()


def test_party_cell_pack_has_no_quorum_rule() -> None:
    assert not [rule.id for rule in builtin_pack("vn-party-cell").rules if "quorum" in rule.id]


def test_duration_defaults_are_those_of_the_reference() -> None:
    rule = builtin_pack("vn-party-cell").rule("duration.minimum")
    assert rule.params == {
        "regular": 90,
        "regular+thematic": 120,
        "thematic": 90,
        "special": None,
        "other": None,
    }
    assert rule.scope == "meeting" and rule.confidence == "H"
    assert "duration.minimum" not in [rule.id for rule in builtin_pack("generic-board").rules]


def test_builtin_pack_is_cached() -> None:
    assert builtin_pack("vn-party-cell") is builtin_pack("vn-party-cell")


@pytest.mark.parametrize("name", ["nope", "../pyproject", "VN-PARTY-CELL", ""])
def test_unknown_builtin_pack(name: str) -> None:
    with pytest.raises(InvalidInput, match="unknown rule pack") as caught:
        builtin_pack(name)
    assert "vn-party-cell" in caught.value.message


def test_template_fields() -> None:
    assert template_fields("{a} of {b:.0%} {{literal}} {a!r}") == {"a", "b"}
    with pytest.raises(ValueError, match="plain name"):
        template_fields("{0} minutes")
    with pytest.raises(ValueError, match="plain name"):
        template_fields("{meeting.date}")


# A small valid pack, broken one way in each test below.
VALID: dict[str, Any] = {
    "id": "tiny",
    "version": 1,
    "title": {"vi": "Bộ quy tắc nhỏ", "en": "Tiny pack"},
    "rules": [
        {
            "id": "duration.minimum",
            "version": 1,
            "title": {"vi": "Thời lượng", "en": "Duration"},
            "message": {"vi": "{minutes} phút < {minimum} phút", "en": "{minutes} min < {minimum} min"},
            "citation": "HD 12",
            "severity": "warning",
            "scope": "meeting",
            "check": "duration.minimum.v1",
            "params": {
                "regular": 90,
                "regular+thematic": 120,
                "thematic": 90,
                "special": None,
                "other": None,
            },
            "overridable": ["regular"],
            "confidence": "H",
        },
        {
            "id": "roles.chair_recorder",
            "version": 2,
            "title": {"vi": "Chủ trì, thư ký", "en": "Chair, recorder"},
            "message": {"vi": "Thiếu", "en": "Missing"},
            "variants": {
                "chair": {"vi": "Thiếu chủ trì", "en": "No chair"},
                "recorder": {"vi": "Thiếu thư ký", "en": "No recorder"},
            },
            "citation": "HD 12",
            "severity": "error",
            "scope": "meeting",
            "check": "roles.chair_recorder.v1",
            "confidence": "M",
        },
    ],
}


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def broken(path: list[str | int], value: Any) -> str:
    """VALID with the value at ``path`` replaced (or deleted when value is ...)."""
    data = copy.deepcopy(VALID)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return dump(data)


def test_valid_pack_loads() -> None:
    pack = load_pack(dump(VALID))
    assert isinstance(pack, RulePack)
    assert pack.rule("roles.chair_recorder").version == 2
    assert pack.rule("duration.minimum").enabled is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (broken(["rules", 0, "severty"], "warning"), ["rule 'duration.minimum'", "'severty'", "unknown key"]),
        (broken(["colour"], "red"), ["pack", "'colour'", "unknown key"]),
        (broken(["rules", 0, "severity"], "fatal"), ["rule 'duration.minimum'", "'severity'", "'fatal'"]),
        (broken(["rules", 1, "scope"], "yearly"), ["rule 'roles.chair_recorder'", "'scope'", "'yearly'"]),
        (broken(["rules", 1, "confidence"], "X"), ["rule 'roles.chair_recorder'", "'confidence'"]),
        (broken(["rules", 0, "citation"], ...), ["rule 'duration.minimum'", "'citation'", "Field required"]),
        (broken(["rules", 0, "title", "vn"], "x"), ["'title.vn'", "unknown key"]),
        (broken(["rules", 0, "version"], "one"), ["'version'", "'one'"]),
        (
            broken(["rules", 0, "message", "en"], "{minutes} is under {hours} h"),
            ["rule 'duration.minimum'", "message.en uses ['hours']", "duration.minimum.v1", "'minimum'"],
        ),
        (
            broken(["rules", 1, "variants", "chair", "vi"], "Thiếu {name}"),
            ["rule 'roles.chair_recorder'", "variants.chair.vi uses ['name']"],
        ),
        (broken(["rules", 0, "message", "vi"], "{0} phút"), ["rule 'duration.minimum'", "plain name"]),
        (
            broken(["rules", 0, "message", "vi"], "{minutes phút"),
            ["rule 'duration.minimum'", "broken template"],
        ),
        (broken(["rules", 0, "check"], "duration.maximum.v1"), ["'duration.maximum.v1' is not registered"]),
        (broken(["rules", 0, "check"], "duration.minimum"), ["rule 'duration.minimum'", "'check'"]),
        (broken(["rules", 0, "scope"], "series"), ["has scope 'meeting', the rule 'series'"]),
        (broken(["rules", 0, "params", "other"], ...), ["params do not fit", "other: Field required"]),
        (broken(["rules", 0, "params", "regular"], "ninety"), ["params do not fit", "regular"]),
        (broken(["rules", 0, "params", "regular"], -1), ["params do not fit", "regular"]),
        (broken(["rules", 0, "params", "weekly"], 1), ["params do not fit", "weekly"]),
        (broken(["rules", 0, "params", "Bad Name"], 1), ["parameter name 'Bad Name'"]),
        (broken(["rules", 0, "overridable"], ["regular", "daily"]), ["overridable names ['daily']"]),
        (
            broken(["rules", 1, "variants", "recorder"], ...),
            ["variants must be exactly ['chair', 'recorder']"],
        ),
        (broken(["rules", 1, "id"], "duration.minimum"), ["rule id 'duration.minimum' appears twice"]),
        (broken(["rules"], []), ["'rules'"]),
    ],
)
def test_broken_pack_is_refused_with_a_helpful_message(text: str, expected: list[str]) -> None:
    with pytest.raises(InvalidInput) as caught:
        load_pack(text)
    message = caught.value.message
    assert message.startswith("rule pack 'tiny' is invalid") or "rule pack" in message
    for part in expected:
        assert part in message, message
    assert caught.value.code == "invalid_input"


def test_disabled_rule_needs_no_registered_check() -> None:
    data = copy.deepcopy(VALID)
    data["rules"][0].update(check="duration.maximum.v1", enabled=False, message={"vi": "{x}", "en": "{y}"})
    pack = load_pack(dump(data))
    assert pack.rule("duration.minimum").enabled is False
    with pytest.raises(InvalidInput, match="not registered"):
        load_pack(dump({**data, "rules": [{**data["rules"][0], "enabled": True}]}))


def test_disabled_rule_with_a_registered_check_is_still_validated() -> None:
    data = copy.deepcopy(VALID)
    data["rules"][0].update(enabled=False, message={"vi": "{hours}", "en": "{hours}"})
    with pytest.raises(InvalidInput, match="hours"):
        load_pack(dump(data))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: tiny\nid: tiny\n", "duplicate key 'id'"),
        ("id: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "must be a YAML mapping"),
        ("", "must be a YAML mapping"),
    ],
)
def test_unreadable_pack(text: str, expected: str) -> None:
    with pytest.raises(InvalidInput, match=expected.replace("[", r"\[")):
        load_pack(text)
