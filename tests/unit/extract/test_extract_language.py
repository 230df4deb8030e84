"""Language detection, the language-data registry, and documents in languages without data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import extract
from extract import EXTRACTOR_VERSION, LANGUAGES, language_data
from extract.contract import Extraction
from extract.lang.base import LanguageData
from extract.language import detect_language
from ingest.document import Document
from minutes.errors import UnknownLanguage

Build = Callable[..., Document]

VI = "Hôm nay, vào hồi 8 giờ, chi bộ thôn 3 tiến hành sinh hoạt thường kỳ. Có mặt 22 đồng chí."
EN = "The meeting was called to order at 7:02 p.m. by the Chair, and the minutes of the last meeting were read"
FR = (
    "La séance est ouverte à 19 heures par la présidente. Le procès-verbal de la réunion précédente est "
    "approuvé à l'unanimité et les membres présents sont au nombre de sept."
)
DE = (
    "Die Sitzung wurde um 19 Uhr von der Vorsitzenden eröffnet. Das Protokoll der letzten Sitzung wurde "
    "ohne Änderungen genehmigt und die Mitglieder sind vollzählig anwesend."
)


@pytest.mark.parametrize(
    ("text", "code", "supported"),
    [
        (VI, "vi", True),
        (VI.upper(), "vi", True),
        (EN, "en", True),
        (FR, "fr", False),
        (DE, "de", False),
        ("会议于晚上七点开始。", None, False),
        ("", None, False),
        ("12/05/2024 08:00 – 10:30", None, False),
    ],
)
def test_detects_language(text: str, code: str | None, supported: bool) -> None:
    detection = detect_language(text)
    assert (detection.code, detection.supported) == (code, supported)


def test_english_minutes_with_vietnamese_names_are_english() -> None:
    text = (
        "Minutes of the Vietnamese Community Association. The meeting was called to order by Nguyễn Văn An; "
        "Trần Thị Thu Hà and Lê Thị Bình were present. The treasurer's report was accepted."
    )
    assert detect_language(text).code == "en"


def _empty(extraction: Extraction) -> bool:
    data = extraction.model_dump(exclude={"source", "language", "language_supported", "notes", "schema_"})
    empty = Extraction(source=extraction.source).model_dump(
        exclude={"source", "language", "language_supported", "notes", "schema_"}
    )
    return data == empty


@pytest.mark.parametrize(
    ("paragraphs", "code"),
    [
        (
            [
                "PROCÈS-VERBAL DE LA RÉUNION ORDINAIRE",
                "Date : le 12 mars 2024. Présidente : Mme Claire Dubois. Secrétaire : M. Paul Martin.",
                FR,
                "Présents : 7 membres. Absents : 2. La séance est levée à 21 h 10.",
            ],
            "fr",
        ),
        (
            [
                "PROTOKOLL DER ORDENTLICHEN SITZUNG",
                "Datum: 12. März 2024. Vorsitz: Frau Anna Schmidt. Protokoll: Herr Paul Weber.",
                DE,
                "Anwesend: 7 Mitglieder. Abwesend: 2. Die Sitzung wurde um 21:10 Uhr geschlossen.",
            ],
            "de",
        ),
    ],
)
def test_unsupported_language_gives_a_note_and_nothing_else(build: Build, paragraphs: list[str], code: str) -> None:
    extraction = extract.extract(build(*paragraphs))
    assert extraction.language == code
    assert extraction.language_supported is False
    assert len(extraction.notes) == 1
    assert "not supported" in extraction.notes[0] and code in extraction.notes[0]
    assert _empty(extraction)
    assert extraction.chair is None and extraction.recorder is None
    assert extraction.meeting.date is None and extraction.attendance.declared.present is None


def test_unrecognisable_document_says_so(build: Build) -> None:
    extraction = extract.extract(build("12/05/2024", "08:00 – 10:30"))
    assert extraction.language is None
    assert extraction.language_supported is False
    assert extraction.notes == ["The language of this document could not be recognised, so nothing was extracted."]
    assert _empty(extraction)


def test_supported_documents_have_no_note(build: Build) -> None:
    extraction = extract.extract(build(VI))
    assert (extraction.language, extraction.language_supported, extraction.notes) == ("vi", True, [])


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_data_is_loaded_once(code: str) -> None:
    data = language_data(code)
    assert isinstance(data, LanguageData)
    assert data.code == code
    assert language_data(code) is data


@pytest.mark.parametrize("code", ["fr", "xx", "", "VI"])
def test_unknown_language_code_raises_a_typed_error(code: str) -> None:
    with pytest.raises(UnknownLanguage) as raised:
        language_data(code)
    assert raised.value.code == "unknown_language"


def test_every_language_folder_has_the_same_files() -> None:
    root = Path(extract.__file__).parent / "lang"
    names = {code: sorted(path.name for path in (root / code).glob("*.py")) for code in LANGUAGES}
    assert len({tuple(files) for files in names.values()}) == 1
    assert "lexicon.py" in names["vi"]


def test_extractor_version() -> None:
    assert EXTRACTOR_VERSION == "0.1.0"


def test_vietnamese_typed_without_diacritics_is_supported() -> None:
    text = (
        "BIEN BAN SINH HOAT CHI BO THUONG KY THANG 6/2025. Thoi gian: 19h30 ngay 18/6/2025. Chu tri: dong chi "
        "Phi Van Hoan - Bi thu chi bo. Tong so dang vien cua chi bo 24 dong chi, co mat 15 dong chi. Chi bo da "
        "thao luan va thong nhat cac nhiem vu trong thang toi, giao cho cac dong chi thuc hien."
    )
    detection = detect_language(text)
    assert (detection.code, detection.supported) == ("vi", True)


def test_english_is_not_taken_for_unaccented_vietnamese() -> None:
    text = "The chair asked whether the treasurer had a report to present to the board on the budget for the year."
    assert detect_language(text).code == "en"
