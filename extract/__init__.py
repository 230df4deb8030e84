"""Document → Extraction: what a meeting's minutes say, each fact with the place it stands in the text.

`extract(document, roster=None)` is the one entry point; `language_data(code)` gives the language data it
reads (raising `minutes.errors.UnknownLanguage` for a code without data).
"""

from extract.lang import LANGUAGES, language_data
from extract.pipeline import extract
from extract.version import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "LANGUAGES", "extract", "language_data"]
