"""Denial detection measured on labelled sentences: shared dev, real-news and project-authored sets.

The sets read, each row of the table naming its ``set``:

- ``shared-dev``: ``<shared>/eval/denials-dev-<lang>.jsonl`` (en, id), absent on users' machines;
- ``realnews-ud``: real sentences of the Universal Dependencies treebanks in ``<shared>/datasets/ud``, labelled
  by the project (references in ``realnews/<lang>.jsonl``, see :mod:`tools.evaluation.realnews`);
- ``realnews-news``: real newswire sentences of the NER corpora in ``<shared>/datasets/ner`` and of the article
  benchmark, each body in the language detected on it (for fr: Wikipedia sentences of WikiNEuRal, no French
  newswire being there; for pt, de and ru: article bodies only), labelled by the project (references in
  ``realnews/news/<lang>.jsonl``, see :mod:`tools.evaluation.realnews_news`);
- ``realnews-web``: real sentences of news sites' web pages, labelled by the project (references in
  ``realnews/web/<lang>.jsonl``, see :mod:`tools.evaluation.realnews_web`), scored where the local copy of their
  texts holds every one (``--web-texts``; a set it lacks sentences of is named on stderr as skipped);
- ``newsmon-authored``: ``data/denials-<lang>.jsonl`` beside this module (all eight languages), sentences
  written for the project in the same format and after the same guidelines; they are part of the
  repository, so every checkout measures them, ``../shared`` or not.

Each labelled item (one sentence, sometimes a few) is split into sentences and handed to ``detect`` on its
own, as the annotators judged it. Definitions:

- an item is *predicted* "denial" when ``detect`` returns at least one record of type "denial" for it,
  "non_denial" when it returns non-denial records only, "none" otherwise;
- denial precision / recall / F1 count items: gold "denial" against predicted "denial";
- denier accuracy: over the gold denials predicted as denials, the share whose predicted denier (of the
  most confident denial record) matches the gold denier. Two deniers match when, lower-cased and without
  punctuation and leading determiners, the words of one are all among the words of the other ("DHS
  spokesperson Marsha Catron" matches "Marsha Catron"); an empty gold denier matches only no denier;
- non_denial recall: the share of gold "non_denial" items for which ``detect`` returns at least one record
  of type "non_denial";
- confident precision: denial precision counting only items with a denial record of confidence >= 0.5,
  the threshold an alert rule would start from;
- claim F1: over the gold denials predicted as denials whose gold claim is not empty, the mean word-overlap
  F1 (case-folded words, counted with repeats) of the predicted claim (of the most confident denial record;
  none scores 0) against the gold claim: where the claim starts and ends, which the other columns ignore;
- items per second: ``split_sentences`` + entities + ``detect`` over the dev items (short texts).

Entities come from ``newsmon.nlp.entities.recognize`` (``--no-entities``: none are given).
``python -m tools.evaluation.denials [--shared DIR] [--authored DIR] [--errors] [--no-entities] [--halves]
[--lang LANG ...] [--detect-language] [--web-texts DIR]`` prints
the table (and ``--errors``: the misclassified items and the denials whose denier does not match, of a real-news
set only those of its tune half); ``--halves`` adds, for
each real-news set, one row per fixed half (``realnews-ud-tune``, ``realnews-news-held`` ..., see
:func:`tools.evaluation.realnews.half`): resource files are tuned on the first and checked on the second;
``--detect-language`` reads every item in the language detected from its text instead of its labelled one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from newsmon.nlp.cleaning import clean
from newsmon.nlp.denials import detect
from newsmon.nlp.entities import recognize
from newsmon.nlp.language import analysis_language, detect_language
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Denial, Entity, Span
from tools.datasets import default_shared_dir
from tools.evaluation import realnews, realnews_news, realnews_web
from tools.report import format_table

DEV_GLOB = "denials-dev-*.jsonl"
AUTHORED_DIR = Path(__file__).parent / "data"
AUTHORED_GLOB = "denials-*.jsonl"
SHARED_SET = "shared-dev"
AUTHORED_SET = "newsmon-authored"
REALNEWS_SET = "realnews-ud"
NEWS_SET = "realnews-news"
WEB_SET = "realnews-web"
_HALVED_SETS = (REALNEWS_SET, NEWS_SET, WEB_SET)
_CONFIDENT = 0.5
_DETERMINERS = frozenset("the a an this that these those".split())
_WORDS = regex.compile(r"\w+")

Recognizer = Callable[[str, list[Span], str], list[Entity]]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One labelled item and what ``detect`` made of it."""

    item: dict[str, Any]
    predicted: str
    records: list[Denial]
    denier_ok: bool | None
    claim_f1: float | None


def evaluate_denials(
    shared_dir: Path,
    authored_dir: Path = AUTHORED_DIR,
    *,
    with_entities: bool = True,
    detected: bool = False,
    web_texts: Path | None = None,
) -> list[dict[str, Any]]:
    """Return one row per set and language: items, denial P/R/F1, denier accuracy, non_denial recall, speed.

    The shared dev rows come first (none when ``shared_dir/eval`` holds no dev file), then the
    project-authored rows from ``authored_dir``; ``with_entities=False`` gives ``detect`` no entities;
    ``detected`` reads each item in the language detected from its text (see :func:`classify`).
    Raises ``ValueError`` on a malformed line.
    """
    recognizer = recognize if with_entities else None
    return [_row(run) for run in _run(shared_dir, authored_dir, recognizer, detected=detected, web_texts=web_texts)]


def deniers_match(predicted: str | None, gold: str) -> bool:
    """Return True when two denier strings name the same party (word containment, see the module doc)."""
    gold_words = _content_words(gold)
    if not gold_words:
        return predicted is None
    if predicted is None:
        return False
    predicted_words = _content_words(predicted)
    return bool(predicted_words) and (gold_words <= predicted_words or predicted_words <= gold_words)


def classify(item: dict[str, Any], recognizer: Recognizer | None, *, detected: bool = False) -> Outcome:
    """Run ``detect`` on one labelled item and return its outcome: in the item's language, or with ``detected``
    in the one detected from its text, as ``newsmon extract`` reads a line without ``lang``."""
    text = clean(item["text"]).text  # as analyze() reads it
    lang = analysis_language(detect_language(text).code) if detected else item["lang"]
    sentences = split_sentences(text)
    entities = recognizer(text, sentences, lang) if recognizer else []
    records = detect(text, sentences, entities, lang)
    denials = [record for record in records if record.type == "denial"]
    if denials:
        predicted = "denial"
    elif records:
        predicted = "non_denial"
    else:
        predicted = "none"
    denier_ok = claim_f1 = None
    if item["label"] == "denial" and denials:
        best = max(denials, key=lambda record: record.confidence)
        denier_ok = deniers_match(best.denier.text if best.denier else None, item.get("denier", ""))
        if item.get("claim"):
            claim_f1 = word_overlap_f1(best.claim.text if best.claim else "", item["claim"])
    return Outcome(item, predicted, records, denier_ok, claim_f1)


def word_overlap_f1(predicted: str, gold: str) -> float:
    """Return the F1 of the case-folded words of ``predicted`` against those of ``gold`` (with repeats)."""
    found, wanted = Counter(_words(predicted)), Counter(_words(gold))
    common = sum((found & wanted).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the per-language table (and with ``--errors`` every misclassified item); return 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation.denials", description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    parser.add_argument(
        "--errors", action="store_true", help="also print the misclassified items (of real-news sets: the tune half)"
    )
    parser.add_argument("--authored", type=Path, default=AUTHORED_DIR, help="the project-authored sets")
    parser.add_argument("--no-entities", action="store_true", help="give detect no entities")
    parser.add_argument(
        "--web-texts", type=Path, help="the local copy of the web sets' texts (default: $NEWSMON_WEB_TEXTS or ~/.cache)"
    )
    parser.add_argument("--halves", action="store_true", help="also score each real-news set's two fixed halves")
    parser.add_argument(
        "--lang", action="append", help="score only the sets of this language (repeatable; default: all)"
    )
    parser.add_argument(
        "--detect-language",
        action="store_true",
        help="read each item in the language detected from its text, not the labelled one (as `newsmon extract` "
        "reads a line without lang)",
    )
    args = parser.parse_args(argv)
    wanted = frozenset(args.lang) if args.lang else None
    recognizer = None if args.no_entities else recognize
    runs = _run(args.shared, args.authored, recognizer, wanted, detected=args.detect_language, web_texts=args.web_texts)
    # The halves hold the same outcomes again: only the whole sets list errors, so a held half shows none.
    halves = _halves(runs) if args.halves else []
    if not any((args.shared / "eval").glob(DEV_GLOB)):
        print(f"skipped shared dev sets: no {DEV_GLOB} in {args.shared / 'eval'}")
    if not runs:
        return 0
    print(format_table([_row(run) for run in runs + halves]))
    if args.errors:
        for run in runs:
            for outcome in _tunable(run):
                if outcome.predicted != outcome.item["label"] or outcome.denier_ok is False:
                    print(_describe(run.lang, outcome))
    return 0


def _tunable(run: _Run) -> list[Outcome]:
    """The outcomes whose errors may be shown: a real-news set's "held" half is scored, never read."""
    if run.name not in _HALVED_SETS:
        return run.outcomes
    return [o for o in run.outcomes if realnews.half(o.item) != "held"]


@dataclass(frozen=True, slots=True)
class _Run:
    name: str
    lang: str
    outcomes: list[Outcome]
    seconds: float


def _run(
    shared_dir: Path,
    authored_dir: Path,
    recognizer: Recognizer | None,
    langs: frozenset[str] | None = None,
    *,
    detected: bool = False,
    web_texts: Path | None = None,
) -> list[_Run]:
    runs = []
    for name, lang, items in _sets(shared_dir, authored_dir, langs, web_texts):
        began = time.perf_counter()
        outcomes = [classify(item, recognizer, detected=detected) for item in items]
        runs.append(_Run(name, lang, outcomes, time.perf_counter() - began))
    return runs


def _halves(runs: list[_Run]) -> list[_Run]:
    """The real-news runs split into their fixed halves (same outcomes, no time of their own)."""
    return [
        _Run(f"{run.name}-{name}", run.lang, [o for o in run.outcomes if realnews.half(o.item) == name], 0.0)
        for name in realnews.HALVES
        for run in runs
        if run.name in _HALVED_SETS
    ]


def _sets(
    shared_dir: Path, authored_dir: Path, langs: frozenset[str] | None = None, web_texts: Path | None = None
) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """The labelled sets as (set name, language, items): shared dev, real-news (UD, newswire, web pages: those
    whose texts ``web_texts`` holds), authored; only those of ``langs`` when given (the others are not read)."""

    def wanted(lang: str) -> bool:
        return langs is None or lang in langs

    def file_lang(path: Path) -> str:
        return path.stem.rsplit("-", 1)[-1]

    shared = [path for path in sorted((shared_dir / "eval").glob(DEV_GLOB)) if wanted(file_lang(path))]
    sets = [(SHARED_SET, file_lang(path), realnews.read_json_lines(path)) for path in shared]
    if realnews.treebanks_present(shared_dir):
        sets += [
            (REALNEWS_SET, lang, realnews.load_realnews(shared_dir, lang))
            for lang in realnews.languages()
            if wanted(lang)
        ]
    if realnews_news.sources_present(shared_dir):
        sets += [
            (NEWS_SET, lang, realnews_news.load_news(shared_dir, lang))
            for lang in realnews_news.languages()
            if wanted(lang)
        ]
    web = [lang for lang in realnews_web.languages() if wanted(lang)]
    sets += [(WEB_SET, lang, realnews_web.load_web(lang, folder=web_texts)) for lang in _complete(web, web_texts)]
    authored = [path for path in sorted(authored_dir.glob(AUTHORED_GLOB)) if wanted(file_lang(path))]
    return sets + [(AUTHORED_SET, file_lang(path), realnews.read_json_lines(path)) for path in authored]


def _complete(langs: list[str], web_texts: Path | None) -> list[str]:
    """The languages whose web set the local copy holds whole; the others are named on stderr as skipped."""
    complete = []
    for lang in langs:
        if missing := realnews_web.missing_texts(lang, folder=web_texts):
            print(
                f"skipped {WEB_SET} {lang}: {missing} sentences not in {web_texts or realnews_web.texts_dir()} "
                f"(python -m tools.evaluation.realnews_web fetch --lang {lang})",
                file=sys.stderr,
            )
        else:
            complete.append(lang)
    return complete


def _row(run: _Run) -> dict[str, Any]:
    outcomes, seconds = run.outcomes, run.seconds
    gold = [o.item["label"] == "denial" for o in outcomes]
    predicted = [o.predicted == "denial" for o in outcomes]
    hits = sum(g and p for g, p in zip(gold, predicted, strict=True))
    precision = hits / sum(predicted) if any(predicted) else 0.0
    recall = hits / sum(gold) if any(gold) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    confident = [o for o in outcomes if any(r.type == "denial" and r.confidence >= _CONFIDENT for r in o.records)]
    deniers = [o.denier_ok for o in outcomes if o.denier_ok is not None]
    claims = [o.claim_f1 for o in outcomes if o.claim_f1 is not None]
    non_denials = [o for o in outcomes if o.item["label"] == "non_denial"]
    found_non = [o for o in non_denials if any(r.type == "non_denial" for r in o.records)]
    return {
        "set": run.name,
        "lang": run.lang,
        "items": len(outcomes),
        "denials": sum(gold),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "confident_precision": (
            sum(o.item["label"] == "denial" for o in confident) / len(confident) if confident else None
        ),
        "denier_accuracy": sum(deniers) / len(deniers) if deniers else None,
        "claim_f1": sum(claims) / len(claims) if claims else None,
        "non_denials": len(non_denials),
        "non_denial_recall": len(found_non) / len(non_denials) if non_denials else None,
        "items_per_s": round(len(outcomes) / seconds) if seconds > 0 else None,
    }


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORDS.findall(text)]


def _content_words(text: str) -> frozenset[str]:
    words = _words(text)
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return frozenset(words)


def _describe(lang: str, outcome: Outcome) -> str:
    item = outcome.item
    found = "; ".join(
        f"{r.type}:{r.trigger.text!r} by {r.denier.text if r.denier else None!r} ({r.confidence})"
        for r in outcome.records
    )
    return (
        f"[{lang} {item['id']}] gold={item['label']} denier={item.get('denier')!r} "
        f"predicted={outcome.predicted} {found}\n    {item['text'][:300]}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
