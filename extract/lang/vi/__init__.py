"""Vietnamese (`vi`): the lexicon in `lexicon.py` gathered into one `LanguageData`."""

from __future__ import annotations

from extract.lang.base import LanguageData
from extract.lang.folding import folded_map, loose_all, loose_map, with_folded
from extract.lang.vi import lexicon as lx


def _markers() -> frozenset[str]:
    letters = set(lx.MARKER_LETTERS)
    for low, high in lx.MARKER_RANGES:
        letters.update(chr(code) for code in range(low, high + 1))
    return frozenset(letters)


DATA = LanguageData(
    code="vi",
    name="Vietnamese",
    # with their unaccented twins (minutes typed without diacritics), but not those that are English words too
    function_words=frozenset(with_folded(lx.FUNCTION_WORDS.split(), lx.FOLD_NOT_FUNCTION)),
    marker_letters=_markers(),
    honorifics=with_folded(lx.HONORIFICS, lx.FOLD_KEEP),
    roles=with_folded(lx.ROLES, lx.FOLD_KEEP),
    name_parts=(2, 5),
    name_initials=False,
    name_upper=True,
    name_particles=with_folded(lx.NAME_PARTICLES),
    name_stop_words=with_folded(lx.NAME_STOP_WORDS, lx.FOLD_KEEP),
    copulas=with_folded(lx.COPULAS),
    role_stops=loose_all(lx.ROLE_STOPS),
    label_verbs=with_folded(lx.LABEL_VERBS),
    role_labels=with_folded(lx.ROLE_LABELS),
    chair_labels=with_folded(lx.CHAIR_LABELS),
    recorder_labels=with_folded(lx.RECORDER_LABELS),
    chair_patterns=loose_all(lx.CHAIR_PATTERNS),
    recorder_patterns=loose_all(lx.RECORDER_PATTERNS),
    chair_signatures=with_folded(lx.CHAIR_SIGNATURES),
    recorder_signatures=with_folded(lx.RECORDER_SIGNATURES),
    signature_skip=loose_all(lx.SIGNATURE_SKIP),
    title_patterns=loose_all(lx.TITLE_PATTERNS),
    title_exclude=loose_all(lx.TITLE_EXCLUDE),
    title_keywords=with_folded(lx.TITLE_KEYWORDS),
    body_header_patterns=loose_all(lx.BODY_HEADER_PATTERNS),
    place_labels=with_folded(lx.PLACE_LABELS),
    place_patterns=loose_all(lx.PLACE_PATTERNS),
    type_patterns=loose_map(lx.TYPE_PATTERNS),
    date_context=loose_all(lx.DATE_CONTEXT),
    context_exclude=loose_all(lx.CONTEXT_EXCLUDE),
    start_context=loose_all(lx.START_CONTEXT),
    end_context=loose_all(lx.END_CONTEXT),
    range_connectors=with_folded(lx.RANGE_CONNECTORS),
    date_patterns=loose_all(lx.DATE_PATTERNS),
    numeric_date_order="dmy",
    time_patterns=loose_all(lx.TIME_PATTERNS),
    am_words=with_folded(lx.AM_WORDS),
    pm_words=with_folded(lx.PM_WORDS),
    count_labels=folded_map(lx.COUNT_LABELS),
    count_exclude=loose_all(lx.COUNT_EXCLUDE),
    count_units=with_folded(lx.COUNT_UNITS),
    count_of=with_folded(lx.COUNT_OF),
    negations=with_folded(lx.NEGATIONS),
    none_words=with_folded(lx.NONE_WORDS),
)
