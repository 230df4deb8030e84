"""The engine: which rules run, parameters from the body, languages, and the flag's contract shape."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from compliance.context import MeetingContext, SeriesContext, SeriesMeeting
from compliance.engine import (
    ENGINE_VERSION,
    Flag,
    check_meeting,
    check_series,
    effective_params,
    unused_params,
)
from compliance.pack import builtin_pack, load_pack
from compliance.registry import Finding, NoParams, check
from extract.contract import Evidence, Extraction, FlagOut
from minutes.errors import InvalidInput


def _signed(title: str) -> list[dict[str, Any]]:
    return [{"block": 40, "start": 4000, "end": 4000 + len(title), "text": title}]


def make(start: str | None = "08:00", end: str | None = "09:10", **fields: Any) -> Extraction:
    """A regular meeting of 70 minutes with everything else the packs ask for (header, place, signed by the chair
    and the recorder, consistent counts, last month reviewed, a decision voted by 22 of 25 with its mover, the
    minutes read back, 12 speakers of 22), unless told otherwise."""
    data: dict[str, Any] = {
        "source": {"filename": "cb.docx", "sha256": "0" * 64, "format": "docx"},
        "meeting": {
            "type": "regular",
            "body": "Chi bộ Thôn 3",
            "date": "2024-05-05",
            "start_time": start,
            "end_time": end,
            "place": "Nhà văn hóa thôn 3",
        },
        "chair": {"name": "Nguyễn Văn An", "role": "Bí thư chi bộ", "evidence": _signed("CHỦ TRÌ")},
        "recorder": {"name": "Lê Thị Bình", "evidence": _signed("THƯ KÝ")},
        "attendance": {
            "declared": {"total": 25, "present": 22, "absent": 3},
            "absent": [
                {"name": "Trần Văn Cường", "reason": "ốm", "excused": True},
                {"name": "Phạm Văn Dũng", "reason": "đi công tác", "excused": True},
                {"name": "Hoàng Thị Em", "reason": "việc gia đình", "excused": True},
            ],
        },
        "topics": [
            {"title": "Đánh giá kết quả thực hiện nhiệm vụ tháng 4", "labels": ["review"]},
            {"title": "Đọc lại và thông qua biên bản"},
        ],
        "decisions": [
            {
                "text": "Thông qua nghị quyết tháng 5",
                "votes": {"for": 22, "against": 0, "abstain": 0, "result": "adopted", "mover": "Nguyễn Văn An"},
            }
        ],
        "speakers": [{"name": f"Đảng viên {n}", "turns": 1} for n in range(12)],
        "read_back": {"text": "Biên bản đã được đọc lại.", "evidence": _signed("Biên bản đã được đọc lại")},
        "signatures": [
            {"role": "recorder", "title": "THƯ KÝ", "name": "Lê Thị Bình"},
            {"role": "chair", "title": "CHỦ TRÌ", "name": "Nguyễn Văn An"},
        ],
    }
    data.update(fields)
    return Extraction.model_validate(data)


def messages(flags: list[Flag]) -> list[str]:
    return [flag.message for flag in flags]


VN = builtin_pack("vn-party-cell")
SHORT_EN = "The meeting lasted only 70 minutes (08:00 to 09:10), less than the minimum of {} minutes."


def test_version() -> None:
    assert ENGINE_VERSION == "0.1.0"


def test_a_clean_meeting_has_no_flags() -> None:
    assert check_meeting(make(end="10:30"), VN) == []
    assert check_meeting(make(end="10:30"), builtin_pack("generic-board")) == []


def test_flags_come_in_pack_order_with_rule_data() -> None:
    recorder_only = [{"role": "recorder", "title": "THƯ KÝ", "name": "Lê Thị Bình"}]
    flags = check_meeting(make(chair=None, attendance={}, signatures=recorder_only), VN)
    assert [(flag.rule, flag.version, flag.severity) for flag in flags] == [
        ("duration.minimum", 1, "warning"),
        ("attendance.roll_call", 2, "warning"),
        ("attendance.roll_call", 2, "warning"),
        ("roles.chair_recorder", 1, "warning"),
        ("minutes.signatures", 2, "warning"),  # no chair's signature
        ("minutes.required_parts", 1, "warning"),  # attendance
    ]
    assert {flag.date for flag in flags} == {"2024-05-05"}
    assert {flag.member for flag in flags} == {None}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (None, [SHORT_EN.format(90)]),
        ({}, [SHORT_EN.format(90)]),
        ({"duration.minimum.regular": 60}, []),
        ({"regular": 60}, []),  # plain name: every rule with an overridable `regular`
        ({"regular": 60, "duration.minimum.regular": 75}, [SHORT_EN.format(75)]),  # qualified wins
        ({"duration.minimum.regular": None}, []),  # no minimum for this body
        ({"duration.minimum.thematic": 30}, [SHORT_EN.format(90)]),  # another type
        ({"body": "Chi bộ Thôn 3", "roster": [{"name": "A"}]}, [SHORT_EN.format(90)]),
        (
            {"meeting_day": 5},  # Sunday 5 May 2024: the fixed day moves to Monday 6
            [
                "The meeting was held on 2024-05-05, not on the body's fixed meeting day (2024-05-06).",
                SHORT_EN.format(90),
            ],
        ),
        ({"generic-board.quorum": 3, "duration.minimum": 10}, [SHORT_EN.format(90)]),  # ignored keys
    ],
)
def test_params_from_the_body(params: dict[str, Any] | None, expected: list[str]) -> None:
    assert messages(check_meeting(make(), VN, params)) == expected


def test_params_do_not_change_the_pack() -> None:
    check_meeting(make(), VN, {"duration.minimum.regular": 60})
    assert VN.rule("duration.minimum").params["regular"] == 90
    assert messages(check_meeting(make(), VN)) == [SHORT_EN.format(90)]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"duration.minimum.regular": "ninety"}, "duration.minimum.regular"),
        ({"duration.minimum.regular": -10}, "greater than or equal to 0"),
        ({"regular": 1.5}, "duration.minimum.regular"),
        ({"attendance.roll_call.present": 1}, "rule 'attendance.roll_call' has no parameter 'present'"),
        ({"attendance.unexcused_3_months.threshold": 2}, "(it may change: none)"),
    ],
)
def test_bad_params_are_invalid_input(params: dict[str, Any], expected: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_meeting(make(), VN, params)
    assert expected in caught.value.message


def test_effective_and_unused_params() -> None:
    rule = VN.rule("duration.minimum")
    assert effective_params(rule, {"thematic": 45, "duration.minimum.special": 30, "body": "x"}) == {
        "regular": 90,
        "regular+thematic": 120,
        "thematic": 45,
        "special": 30,
        "other": None,
    }
    params = {"body": "x", "meeting_day": 5, "duration.minimum.regular": 60, "quorum": 5, "roster": []}
    assert unused_params(VN, params) == ["body", "quorum", "roster"]
    assert unused_params(builtin_pack("generic-board"), params) == [
        "body",
        "duration.minimum.regular",
        "meeting_day",
        "roster",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", SHORT_EN.format(90)),
        (
            "vi",
            "Buổi sinh hoạt chỉ kéo dài 70 phút (từ 08:00 đến 09:10), ít hơn thời lượng tối thiểu 90 phút.",
        ),
        ("fr", SHORT_EN.format(90)),  # no French text: English
    ],
)
def test_language_of_messages(language: str, expected: str) -> None:
    assert messages(check_meeting(make(), VN, language=language)) == [expected]


def test_flag_is_a_frozen_value_with_a_contract_shape() -> None:
    start = Evidence(block=1, start=10, end=30, text="vào hồi 08 giờ 00")
    extraction = make(
        meeting={
            "type": "regular",
            "start_time": "08:00",
            "end_time": "09:10",
            "evidence": {"start_time": [start]},
        }
    )
    [flag] = [flag for flag in check_meeting(extraction, VN) if flag.rule == "duration.minimum"]
    assert flag == Flag(
        rule="duration.minimum",
        version=1,
        severity="warning",
        message=SHORT_EN.format(90),
        date=None,
        member=None,
        evidence=(start,),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.message = "changed"  # type: ignore[misc]
    out = flag.to_contract()
    assert isinstance(out, FlagOut)
    assert out.model_dump(mode="json") == {
        "rule": "duration.minimum",
        "version": 1,
        "severity": "warning",
        "message": SHORT_EN.format(90),
        "date": None,
        "member": None,
        "evidence": [{"block": 1, "start": 10, "end": 30, "text": "vào hồi 08 giờ 00"}],
    }
    # a flag fits in the extraction contract
    assert make(flags=[out.model_dump()]).flags == [out]


class _Probe(Exception):
    pass


@check("testing.series_probe.v1", scope="series")
def _series_probe(context: SeriesContext, params: NoParams) -> Iterator[Finding]:
    raise _Probe


@check("testing.meeting_probe.v1", provides={"n"})
def _meeting_probe(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    yield Finding(fields={"n": len(context.extraction.topics)})


def _rule(rule_id: str, check_name: str, scope: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": rule_id,
        "version": 3,
        "title": {"vi": "Thử", "en": "Probe"},
        "message": {"vi": "{n} chủ đề", "en": "{n} topics"} if scope == "meeting" else {"vi": "x", "en": "x"},
        "citation": "test",
        "severity": "info",
        "scope": scope,
        "check": check_name,
        "confidence": "L",
        **extra,
    }


def test_only_enabled_meeting_rules_run() -> None:
    pack = load_pack(
        yaml.safe_dump(
            {
                "id": "probe",
                "version": 1,
                "title": {"vi": "Thử", "en": "Probe"},
                "rules": [
                    _rule("testing.series", "testing.series_probe.v1", "series"),
                    _rule("testing.meeting", "testing.meeting_probe.v1", "meeting"),
                    _rule("testing.off", "testing.meeting_probe.v1", "meeting", enabled=False),
                ],
            },
            allow_unicode=True,
        )
    )
    flags = check_meeting(make(topics=[{"title": "A"}, {"title": "B"}]), pack, language="vi")
    assert [(flag.rule, flag.version, flag.severity, flag.message) for flag in flags] == [
        ("testing.meeting", 3, "info", "2 chủ đề")
    ]
    with pytest.raises(_Probe):  # series rules run through check_series only
        check_series([SeriesMeeting("a", make())], pack)


def test_a_clean_series_has_no_flags() -> None:
    june = make(end="10:30", meeting={**make().meeting.model_dump(), "date": "2024-06-05", "end_time": "10:30"})
    series = [SeriesMeeting("06", june), SeriesMeeting("05", make(end="10:30"))]
    # May and June: no month missing, no whole quarter (April is not in the series), no whole year
    assert check_series(series, VN, {"meeting_day": 5}, "vi") == []
    assert check_series([], builtin_pack("generic-board")) == []
