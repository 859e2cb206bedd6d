"""Language-aware search terms, for an Elasticsearch that has no language analyzers.

The indexer stores ``search_terms(body, lang)`` in a field analysed on white space only, and the gateway
turns a query into the same kind of terms with ``query_terms``: both sides are lower-cased Snowball stems,
so a query "bantah" finds "membantah" and "denied" finds "denies".
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable

import regex
import Stemmer

# ISO 639-1 code -> Snowball algorithm (every algorithm PyStemmer ships except the English variants).
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    # Malay shares Indonesian's affixes (meN-, di-, -kan), and fastText often labels Indonesian as Malay.
    "ms": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "st": "sesotho",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
STEMMED_LANGUAGES = tuple(sorted(SNOWBALL))

_TOKEN = regex.compile(r"\w+")
# PyStemmer's stemmers keep per-call state and a cache, so each thread (gateway workers) gets its own.
_local = threading.local()


def search_terms(text: str, lang: str) -> str:
    """Return ``text`` as space-separated lower-cased stems in ``lang`` (an ISO 639-1 code).

    A language without a Snowball stemmer (or "und") gives the lower-cased tokens unstemmed. Tokens are
    Unicode ``\\w+`` runs, so punctuation disappears. Never raises.
    """
    # NFKC so a query typed with other code points (full-width forms, ligatures) meets the same stems.
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())
    stemmer = _stemmer(lang)
    if stemmer is None:
        return " ".join(tokens)
    stems = stemmer.stemWords(tokens)
    if stemmer is _stemmer("id"):
        stems = [variant for token, stem in zip(tokens, stems, strict=True) for variant in _nasal_variants(token, stem)]
    return " ".join(stems)


def query_terms(query: str, langs: Iterable[str]) -> list[str]:
    """Return the distinct non-empty ``search_terms(query, lang)`` for ``langs``, first appearance first.

    For a query of unknown language pass ``STEMMED_LANGUAGES`` (plus "und" to also match unstemmed
    documents) and OR the variants. Never raises.
    """
    variants = dict.fromkeys(search_terms(query, lang) for lang in langs)
    return [variant for variant in variants if variant]


def _nasal_variants(token: str, stem: str) -> tuple[str, ...]:
    """Snowball's Indonesian stemmer drops meN-/peN- but does not restore the consonant the nasal replaced
    ("menepis" -> "epis", "menolak" -> "olak"), so "tepis" would not find "menepis". Where a vowel-initial
    stem follows men-/meng- (or pen-/peng-), the restored stem is added as well: t- after men-, k- after meng-
    (a vowel-initial root is also possible there, "mengambil" -> "ambil", so both are kept)."""
    if not stem or stem[0] not in "aeiou":
        return (stem,)
    if token.startswith(("meng", "peng")) and token[4:].startswith(stem):
        return (stem, "k" + stem)
    if token.startswith(("men", "pen")) and token[3:].startswith(stem):
        return (stem, "t" + stem)
    return (stem,)


def _stemmer(lang: str) -> Stemmer.Stemmer | None:
    algorithm = SNOWBALL.get(lang.lower())
    if algorithm is None:
        return None
    stemmers: dict[str, Stemmer.Stemmer] = _local.__dict__.setdefault("stemmers", {})
    if algorithm not in stemmers:
        stemmers[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmers[algorithm]
