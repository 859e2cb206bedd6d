"""Real-news denial development sets from news web pages: labelled references to sentences of public pages.

The sentences were read on the pages of news sites (newspapers, agencies, broadcasters) in each of the eight
languages, found by searching stored copies of public web pages for denial words, their non-denial phrasings and
their look-alikes; each was labelled by the project from the sentence alone (``../shared/eval/GUIDELINES.md``)
before newsmon was run on it. The project ships no third-party text, so ``realnews/web/<lang>.jsonl`` holds a
reference per sentence: the page's ``url``, the ``label`` and the spans (``denier``, ``claim``, ``claim_source``,
``trigger``) as ``[start, end]`` offsets into the sentence, as in :mod:`tools.evaluation.realnews_news`. Its ``id`` is
the last 16 hex digits of the SHA-1 of the sentence text: it names the text and its parity gives the fixed half
(:func:`tools.evaluation.realnews.half`) the sentence had while the set was built.

The texts are kept in a local copy outside the checkout: ``<lang>.jsonl`` of ``{"id", "url", "text"}`` lines in
``$NEWSMON_WEB_TEXTS`` (default ``~/.cache/newsmon/realnews-web``). ``encode`` writes it, with the references, from
labelled lines that carry their text; ``fetch`` fills it from the pages themselves: the sentences of each page's
title and body as newsmon's fetcher extracts and ``split_sentences`` cuts them, kept where their SHA-1 is a
reference's (a page changed or cut otherwise since leaves its sentences missing, and ``fetch`` counts them). A set
is scored only when the copy holds every one of its sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from newsmon.core.errors import FetchError, TransientError
from newsmon.fetcher.charset import decode_page
from newsmon.fetcher.extract import extract_page
from newsmon.fetcher.http import HttpClient
from newsmon.nlp.sentences import split_sentences
from tools.evaluation.realnews import LABELS, SETS_DIR, read_json_lines
from tools.evaluation.realnews_news import span_offsets, spans_at

WEB_DIR = SETS_DIR / "web"
TEXTS_ENV = "NEWSMON_WEB_TEXTS"
LANGUAGES = ("en", "id", "es", "fr", "de", "ru", "ar", "pt")
FETCH_TIMEOUT_SECONDS = 30.0
MAX_PAGE_BYTES = 10_000_000
USER_AGENT = "newsmon-evaluation (rebuilding a labelled set)"

Fetcher = Callable[[str], str]


def texts_dir() -> Path:
    """Return the folder of the local copy of the sentence texts (``$NEWSMON_WEB_TEXTS`` or the default)."""
    return Path(os.environ.get(TEXTS_ENV) or Path.home() / ".cache" / "newsmon" / "realnews-web")


def sentence_id(text: str) -> str:
    """Return a sentence's reference id: the last 16 hex digits of the SHA-1 of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[-16:]


def languages(sets_dir: Path = WEB_DIR) -> list[str]:
    """Return the languages that have a web set, in ``LANGUAGES`` order."""
    return [lang for lang in LANGUAGES if (sets_dir / f"{lang}.jsonl").is_file()]


def read_web_references(lang: str, *, sets_dir: Path = WEB_DIR) -> list[dict[str, Any]]:
    """Return the lines of ``<sets_dir>/<lang>.jsonl`` (no text needed).

    Raises ``FileNotFoundError`` when the set is absent, ``ValueError`` on a line that is not JSON, lacks ``id``,
    ``url`` or ``label``, has an unknown label, another language or a repeated id.
    """
    path = sets_dir / f"{lang}.jsonl"
    references = read_json_lines(path)
    seen: set[str] = set()
    for number, reference in enumerate(references, start=1):
        try:
            good = (
                reference["lang"] == lang
                and reference["label"] in LABELS
                and isinstance(reference["url"], str)
                and reference["id"] not in seen
            )
        except KeyError as exc:
            raise ValueError(f"{path.name}:{number}: missing {exc} in {reference}") from exc
        if not good:
            raise ValueError(f"{path.name}:{number}: bad lang, label or url, or a repeated id, in {reference}")
        seen.add(reference["id"])
    return references


def read_texts(lang: str, *, folder: Path | None = None) -> dict[str, str]:
    """Return the local copy's texts of ``lang`` by id ({} when there is no copy). Raises ``ValueError`` on a
    malformed line or a text whose id is not its SHA-1's."""
    path = (folder or texts_dir()) / f"{lang}.jsonl"
    if not path.is_file():
        return {}
    texts = {}
    for line in read_json_lines(path):
        if sentence_id(line["text"]) != line["id"]:
            raise ValueError(f"{path}: the text of {line['id']} is not the one labelled (sha1)")
        texts[line["id"]] = line["text"]
    return texts


def missing_texts(lang: str, *, sets_dir: Path = WEB_DIR, folder: Path | None = None) -> int:
    """Return how many of ``lang``'s referenced sentences the local copy lacks."""
    texts = read_texts(lang, folder=folder)
    return sum(ref["id"] not in texts for ref in read_web_references(lang, sets_dir=sets_dir))


def load_web(lang: str, *, sets_dir: Path = WEB_DIR, folder: Path | None = None) -> list[dict[str, Any]]:
    """Return one language's labelled web items, text and string spans filled, in file order.

    Raises ``FileNotFoundError`` when the set is absent or the local copy lacks a sentence, ``ValueError`` on a
    malformed line or span offsets out of their sentence.
    """
    texts = read_texts(lang, folder=folder)
    items = []
    for reference in read_web_references(lang, sets_dir=sets_dir):
        text = texts.get(reference["id"])
        if text is None:
            raise FileNotFoundError(f"web/{lang}.jsonl {reference['id']}: not in the local copy {texts_dir()}")
        items.append(spans_at(f"web/{lang}.jsonl {reference['id']}", text, reference))
    return items


def encode(lang: str, labelled: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Return the references and the local copy's lines of labelled lines (``url``, ``text``, ``label``, string
    spans). Raises ``ValueError`` on a label unknown, a span not in its sentence or a sentence given twice (pages
    of one site share boilerplate sentences; ids are taken from the text, so the set could not be read back)."""
    references, copies = [], []
    seen: set[str] = set()
    for line in labelled:
        if line["label"] not in LABELS:
            raise ValueError(f"unknown label in {line}")
        text, identifier = line["text"], sentence_id(line["text"])
        if identifier in seen:
            raise ValueError(f"sentence given twice: {line}")
        seen.add(identifier)
        reference = {"id": identifier, "lang": lang, "url": line["url"], "label": line["label"]}
        references.append({**reference, **span_offsets(text, line)})
        copies.append({"id": identifier, "url": line["url"], "text": text})
    return references, copies


def fetch(lang: str, get: Fetcher, *, sets_dir: Path = WEB_DIR, folder: Path | None = None) -> tuple[int, int]:
    """Fill the local copy of ``lang`` from the pages of its missing sentences; return (found, still missing).

    ``get`` returns a page's HTML (see :func:`page_getter`); a page it cannot get (``FetchError``,
    ``TransientError``) or whose article cannot be extracted leaves its sentences missing.
    """
    target = (folder or texts_dir()) / f"{lang}.jsonl"
    texts = read_texts(lang, folder=folder)
    wanted: dict[str, set[str]] = {}
    for reference in read_web_references(lang, sets_dir=sets_dir):
        if reference["id"] not in texts:
            wanted.setdefault(reference["url"], set()).add(reference["id"])
    found = []
    for url, identifiers in wanted.items():
        try:
            page = extract_page(get(url), url)
        except (FetchError, TransientError) as exc:
            print(f"skipped {url}: {exc}", file=sys.stderr)
            continue
        for text in _sentences(page.title, page.body):
            if (identifier := sentence_id(text)) in identifiers:
                found.append({"id": identifier, "url": url, "text": text})
                identifiers.discard(identifier)
    _write(target, found, append=True)
    return len(found), sum(len(identifiers) for identifiers in wanted.values())


def page_getter(client: HttpClient) -> Fetcher:
    """Return a getter of a page's HTML through the fetcher's own client (its deadline, size cap and address
    guard) and charset decoding. The getter raises ``FetchError`` or ``TransientError`` as the client does."""

    def get(url: str) -> str:
        fetched = client.get(url, max_bytes=MAX_PAGE_BYTES)
        if fetched is None:  # 304: the client sends no validators it was not told to remember
            raise FetchError(f"no body from {url}")
        return decode_page(fetched.content, fetched.content_type)

    return get


def main(argv: Sequence[str] | None = None) -> int:
    """``encode --lang L`` reads labelled lines with text on stdin, writes the set and the local copy; ``fetch
    --lang L`` fills the local copy from the pages. Returns 0, or 1 when sentences are still missing."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation.realnews_web", description=__doc__)
    parser.add_argument("command", choices=("encode", "fetch"))
    parser.add_argument("--lang", required=True, choices=LANGUAGES)
    args = parser.parse_args(argv)
    if args.command == "encode":
        references, copies = encode(args.lang, (json.loads(line) for line in sys.stdin if line.strip()))
        WEB_DIR.mkdir(exist_ok=True)
        _write(WEB_DIR / f"{args.lang}.jsonl", references)
        _write(texts_dir() / f"{args.lang}.jsonl", copies)
        print(f"{len(references)} references written to {WEB_DIR}, their texts to {texts_dir()}")
        return 0
    client = HttpClient(
        user_agent=USER_AGENT, connect_timeout=FETCH_TIMEOUT_SECONDS, read_timeout=FETCH_TIMEOUT_SECONDS
    )
    try:
        found, missing = fetch(args.lang, page_getter(client))
    finally:
        client.close()
    print(f"{found} sentences fetched into {texts_dir()}; {missing} still missing")
    return 1 if missing else 0


def _sentences(title: str, body: str) -> list[str]:
    return [span.text for text in (title, body) for span in split_sentences(text)]


def _write(path: Path, lines: Sequence[dict[str, Any]], *, append: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a" if append else "w", encoding="utf-8") as out:
        out.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


if __name__ == "__main__":
    raise SystemExit(main())
