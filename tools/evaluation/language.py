"""Language identification of short texts (headlines, single sentences) measured on real text in ``../shared``.

``python -m tools.evaluation.language [--shared DIR] [--errors N]`` prints, per language and kind of text, the
share of texts that ``detect_language`` gives a language analysed with the right rules (Malay counts as
Indonesian, see ``analysis_language``), by length, and where the misses go. The texts, none of them shipped:

- "sentence": the ``# text`` lines of the UD treebanks (``datasets/ud``, en pt es fr de ru id) and the sentences
  of the shared denial dev sets (``eval/denials-dev-*.jsonl``, en id);
- "Title Case": those of them shorter than ``HEADLINE_CHARS`` in English and Indonesian with every word
  capitalised, as headlines in these two languages are written;
- "title": the ``og:title`` (or ``<title>``) of the article benchmark's pages and the first sentence of their
  true bodies, in the language detected from the whole body (a long text, which fastText settles alone; bodies
  shorter than ``BODY_CHARS`` are left out), so that an Italian page's title must stay Italian.

A text without letters is left out. Without the shared folder the table is empty and the section says skipped.

``--messages DIR`` adds "UI message": up to ``MESSAGES_PER_LANGUAGE`` translated messages of 20-200 characters
from the gettext catalogs ``DIR/<lang>/LC_MESSAGES/*.mo`` (``/usr/share/locale`` on most Linux systems) in the
core's languages and in ``OTHER_LANGUAGES``, which must keep their own language. Short, not news, and often
holding English terms, but the one source of many languages at hand.
"""

from __future__ import annotations

import argparse
import gzip
import html
import random
import struct
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from newsmon.nlp.denials import supported_languages
from newsmon.nlp.language import analysis_language, detect_language
from newsmon.nlp.sentences import split_sentences
from tools.datasets import ARTICLES, article_truth, default_shared_dir
from tools.evaluation.realnews import SPLITS, TREEBANKS, read_json_lines, read_treebank, treebank_path
from tools.report import format_table

KINDS = ("sentence", "Title Case", "title", "UI message")
TITLE_CASE_LANGUAGES = ("en", "id")
HEADLINE_CHARS = 100
BODY_CHARS = 600
# Upper bounds (exclusive) of the length buckets, in characters; the last bucket is open.
BUCKETS = (20, 40, 80, 200)
_MISSES_SHOWN = 4
MESSAGES_PER_LANGUAGE = 400
MESSAGE_CHARS = (20, 200)
# Languages near the core's (same script or family) that the detector must not fold into them.
OTHER_LANGUAGES = (
    "nl", "it", "ca", "gl", "ro", "sv", "da", "pl", "cs", "tr", "ms", "fi", "hu", "sk", "sl", "hr", "eu", "af", "eo",
    "uk", "bg", "fa", "tl",
)  # fmt: skip
# printf and brace placeholders, markup, accelerator marks: not words of the message.
_PLACEHOLDER = regex.compile(r"%[-#0 +']*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]|\{[^}]*\}|<[^>]*>|[&_]")
_MO_MAGIC = 0x950412DE
_DEV_GLOB = "denials-dev-*.jsonl"
_LETTER = regex.compile(r"\p{L}")
_OG_TITLE = regex.compile(r"<meta\s[^>]*?property=[\"']og:title[\"'][^>]*?content=[\"']([^\"']*)[\"']", regex.I)
_TITLE = regex.compile(r"<title[^>]*>(.*?)</title>", regex.I | regex.S)
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Sample:
    """One text of known language: ``kind`` is one of ``KINDS``, ``source`` names the corpus it comes from."""

    lang: str
    kind: str
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """One sample and the language code detected for it."""

    sample: Sample
    detected: str

    @property
    def right(self) -> bool:
        """Whether the text is analysed with the rules of its own language."""
        return analysis_language(self.detected) == analysis_language(self.sample.lang)


def evaluate_language(shared_dir: Path) -> list[dict[str, Any]]:
    """Return the table rows (see :func:`rows`) for the texts of ``shared_dir``; [] when it holds none."""
    return rows([detect(sample) for sample in samples(shared_dir)])


def detect(sample: Sample) -> Outcome:
    """Detect the language of one sample as ``analyze`` would for a text without a title."""
    return Outcome(sample, detect_language(sample.text).code)


def rows(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Return one row per language and kind of text, then one per kind over all languages: ``n``, accuracy
    (``acc``) overall and by length bucket (None when a bucket is empty), the share of texts detected as a
    language the core has no rules for (``to_other``) and the most frequent wrong codes."""
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.sample.lang, outcome.sample.kind].append(outcome)
        groups["all", outcome.sample.kind].append(outcome)
    order = [*sorted({o.sample.lang for o in outcomes}), "all"]
    return [_row(lang, kind, groups[lang, kind]) for lang in order for kind in KINDS if groups.get((lang, kind))]


def samples(shared_dir: Path) -> list[Sample]:
    """Return every sample of ``shared_dir`` (see the module docstring); [] when it holds none of the sources."""
    sentences = [*_treebank_sentences(shared_dir), *_dev_sentences(shared_dir)]
    headlines = [
        Sample(s.lang, "Title Case", s.source, title_case(s.text))
        for s in sentences
        if s.lang in TITLE_CASE_LANGUAGES and len(s.text) < HEADLINE_CHARS
    ]
    return [s for s in (*sentences, *headlines, *_article_titles(shared_dir)) if _LETTER.search(s.text)]


def title_case(text: str) -> str:
    """Return ``text`` with the first letter of every space-separated word upper-cased ("Kremlin Denies ...")."""
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def bucket(length: int) -> str:
    """Return the name of the length bucket of a text of ``length`` characters ("<20", "20-40", ..., "200+")."""
    lower = 0
    for upper in BUCKETS:
        if length < upper:
            return f"<{upper}" if lower == 0 else f"{lower}-{upper}"
        lower = upper
    return f"{lower}+"


def _row(lang: str, kind: str, outcomes: list[Outcome]) -> dict[str, Any]:
    by_bucket: dict[str, list[bool]] = {bucket(length): [] for length in (0, *BUCKETS)}
    for outcome in outcomes:
        by_bucket[bucket(len(outcome.sample.text))].append(outcome.right)
    core = set(supported_languages())
    misses = Counter(f"{o.sample.lang}>{o.detected}" if lang == "all" else o.detected for o in outcomes if not o.right)
    return {
        "lang": lang,
        "kind": kind,
        "n": len(outcomes),
        "acc": sum(o.right for o in outcomes) / len(outcomes),
        **{name: (sum(hits) / len(hits) if hits else None) for name, hits in by_bucket.items()},
        "to_other": sum(analysis_language(o.detected) not in core for o in outcomes) / len(outcomes),
        "misses": " ".join(f"{code}:{count}" for code, count in misses.most_common(_MISSES_SHOWN)) or "-",
    }


def _treebank_sentences(shared_dir: Path) -> Iterator[Sample]:
    for lang, treebank in TREEBANKS.items():
        for split in SPLITS:
            path = treebank_path(shared_dir, lang, split)
            if path.is_file():
                yield from (Sample(lang, "sentence", treebank, s.text) for s in read_treebank(path))


def _dev_sentences(shared_dir: Path) -> Iterator[Sample]:
    for path in sorted((shared_dir / "eval").glob(_DEV_GLOB)):
        for item in read_json_lines(path):
            yield Sample(item["lang"], "sentence", "shared-dev", item["text"])


def _article_titles(shared_dir: Path) -> Iterator[Sample]:
    for key, page in article_truth(shared_dir).items():
        body = page.get("articleBody") or ""
        if len(body) < BODY_CHARS:
            continue
        lang = detect_language(body).code
        page_file = shared_dir / ARTICLES / "html" / f"{key}.html.gz"
        if page_file.is_file():
            with gzip.open(page_file, "rt", encoding="utf-8", errors="replace") as markup:
                title = _page_title(markup.read())
            if title:
                yield Sample(lang, "title", "articles", title)
        first = split_sentences(body)
        if first:
            yield Sample(lang, "title", "articles", first[0].text)


def message_samples(locale_dir: Path, langs: Sequence[str]) -> list[Sample]:
    """Return up to ``MESSAGES_PER_LANGUAGE`` translated messages per language of ``langs`` from the catalogs
    ``locale_dir/<lang>/LC_MESSAGES/*.mo`` (a fixed random choice), placeholders removed; [] for a language without
    catalogs. Raises ``OSError`` when a catalog cannot be read."""
    found: list[Sample] = []
    for lang in langs:
        texts = set()
        for path in sorted((locale_dir / lang / "LC_MESSAGES").glob("*.mo")):
            for original, translation in read_catalog(path):
                text = _SPACES.sub(" ", _PLACEHOLDER.sub(" ", translation)).strip()
                if translation != original and MESSAGE_CHARS[0] <= len(text) < MESSAGE_CHARS[1]:
                    texts.add(text)
        chosen = random.Random(lang).sample(sorted(texts), min(MESSAGES_PER_LANGUAGE, len(texts)))
        found.extend(Sample(lang, "UI message", "gettext", text) for text in chosen)
    return found


def read_catalog(path: Path) -> list[tuple[str, str]]:
    """Return the (original, translation) pairs of a little-endian GNU ``.mo`` file (plural forms: the first), the
    header entry left out; [] for a file that is not one or not UTF-8."""
    data = path.read_bytes()
    if len(data) < 20 or struct.unpack_from("<I", data)[0] != _MO_MAGIC:
        return []
    count, originals, translations = struct.unpack_from("<3I", data, 8)

    def string(table: int, index: int) -> str:
        length, offset = struct.unpack_from("<2I", data, table + 8 * index)
        return data[offset : offset + length].split(b"\0", 1)[0].decode("utf-8")

    try:
        pairs = [(string(originals, i), string(translations, i)) for i in range(count)]
    except UnicodeDecodeError:
        return []
    return [(original, translation) for original, translation in pairs if original]


def _page_title(markup: str) -> str:
    found = _OG_TITLE.search(markup) or _TITLE.search(markup)
    return _SPACES.sub(" ", html.unescape(found.group(1))).strip() if found else ""


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table (and with ``--errors N`` up to N missed texts per language and kind); return 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation.language", description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N missed texts per group")
    parser.add_argument(
        "--messages", type=Path, metavar="DIR", help="also score the UI messages of DIR/<lang>/LC_MESSAGES/*.mo"
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    found = samples(args.shared)
    if args.messages:
        found += message_samples(args.messages, [*sorted(set(supported_languages()) - {"en"}), *OTHER_LANGUAGES])
    outcomes = [detect(sample) for sample in found]
    if not outcomes:
        print(f"skipped: {args.shared} absent")
        return 0
    seconds = time.perf_counter() - began
    print(format_table(rows(outcomes)))
    print(f"{len(outcomes)} texts in {seconds:.1f} s")
    shown: Counter[tuple[str, str]] = Counter()
    for outcome in outcomes:
        group = (outcome.sample.lang, outcome.sample.kind)
        if not outcome.right and shown[group] < args.errors:
            shown[group] += 1
            print(f"{outcome.sample.lang} {outcome.sample.kind} -> {outcome.detected}: {outcome.sample.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
