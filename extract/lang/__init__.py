"""Registry of language data: `language_data(code)` loads `extract/lang/<code>/` lazily, once.

Like spaCy's `spacy/lang/<code>/`, each supported language is a folder of plain data with the same file
names; adding a language is adding a folder and its code to `LANGUAGES`.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from extract.lang.base import LanguageData
from minutes.errors import UnknownLanguage

LANGUAGES: tuple[str, ...] = ("vi", "en")

__all__ = ["LANGUAGES", "LanguageData", "domain_data", "language_data"]


@cache
def language_data(code: str) -> LanguageData:
    """The data of a supported language; `UnknownLanguage` for any other code."""
    if code not in LANGUAGES:
        raise UnknownLanguage(f"No extraction data for language {code!r}; supported: {', '.join(LANGUAGES)}.")
    module = importlib.import_module(f"extract.lang.{code}")
    data = module.DATA
    if not isinstance(data, LanguageData):  # pragma: no cover - a broken language folder
        raise TypeError(f"extract.lang.{code}.DATA is not a LanguageData")
    return data


@cache
def domain_data(code: str, domain: str) -> ModuleType:
    """The plain-data module `extract/lang/<code>/<domain>.py` (e.g. "votes", "topics"), loaded once.

    Every supported language has the same domain modules with the same names in them.
    """
    if code not in LANGUAGES:
        raise UnknownLanguage(f"No extraction data for language {code!r}; supported: {', '.join(LANGUAGES)}.")
    return importlib.import_module(f"extract.lang.{code}.{domain}")
