"""Common function words of languages the extractor does not support yet, to name them in a note.

Plain data used only by language detection (words separated by spaces): a document in one of these languages
is reported as unsupported with its code, instead of being read with the wrong lexicon.
"""

from __future__ import annotations

FUNCTION_WORDS: dict[str, str] = {
    "fr": "le la les de des du et est un une pour dans que qui sur au aux par avec ce cette il elle sont été "
    "ont nous vous pas ne",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem wurde werden wir sie es "
    "auch bei nach",
    "es": "el la los las de y en que un una por con para del se es fue al lo como más pero sus",
    "it": "il la di che e è un una per con del della sono gli le dei nel alla",
    "pt": "o a os as de e que um uma para com não do da em no na dos das foi",
    "nl": "de het een en van is dat op te in voor met zijn niet werd aan bij ook",
}
