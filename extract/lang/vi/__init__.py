"""Vietnamese (`vi`): the lexicon in `lexicon.py` gathered into one `LanguageData`."""

from __future__ import annotations

from extract.lang.base import LanguageData
from extract.lang.vi import lexicon as lx


def _markers() -> frozenset[str]:
    letters = set(lx.MARKER_LETTERS)
    for low, high in lx.MARKER_RANGES:
        letters.update(chr(code) for code in range(low, high + 1))
    return frozenset(letters)


DATA = LanguageData(
    code="vi",
    name="Vietnamese",
    function_words=frozenset(lx.FUNCTION_WORDS.split()),
    marker_letters=_markers(),
    honorifics=lx.HONORIFICS,
    roles=lx.ROLES,
    name_parts=(2, 5),
    name_initials=False,
    name_upper=True,
    name_stop_words=lx.NAME_STOP_WORDS,
    copulas=lx.COPULAS,
    role_stops=lx.ROLE_STOPS,
    chair_labels=lx.CHAIR_LABELS,
    recorder_labels=lx.RECORDER_LABELS,
    chair_patterns=lx.CHAIR_PATTERNS,
    recorder_patterns=lx.RECORDER_PATTERNS,
    chair_signatures=lx.CHAIR_SIGNATURES,
    recorder_signatures=lx.RECORDER_SIGNATURES,
    signature_skip=lx.SIGNATURE_SKIP,
    title_patterns=lx.TITLE_PATTERNS,
    title_exclude=lx.TITLE_EXCLUDE,
    title_keywords=lx.TITLE_KEYWORDS,
    body_header_patterns=lx.BODY_HEADER_PATTERNS,
    place_labels=lx.PLACE_LABELS,
    place_patterns=lx.PLACE_PATTERNS,
    type_patterns=lx.TYPE_PATTERNS,
    date_context=lx.DATE_CONTEXT,
    context_exclude=lx.CONTEXT_EXCLUDE,
    start_context=lx.START_CONTEXT,
    end_context=lx.END_CONTEXT,
    range_connectors=lx.RANGE_CONNECTORS,
    date_patterns=lx.DATE_PATTERNS,
    numeric_date_order="dmy",
    time_patterns=lx.TIME_PATTERNS,
    am_words=lx.AM_WORDS,
    pm_words=lx.PM_WORDS,
    count_labels=lx.COUNT_LABELS,
    count_exclude=lx.COUNT_EXCLUDE,
    count_units=lx.COUNT_UNITS,
    count_of=lx.COUNT_OF,
    negations=lx.NEGATIONS,
    none_words=lx.NONE_WORDS,
)
