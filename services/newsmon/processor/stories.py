"""Pure: which reports of a denial are one story (the same denial, reported by several outlets).

Two denial records are one story when they have the same canonical denier (in any script or spelling),
were detected within the story window of each other, and their claims are near-identical:

- in the same language, the claims' stem sets (Snowball stems of words of 3+ letters; the evidence
  sentence when no claim was found) have a Jaccard similarity of at least ``SAME_LANGUAGE_JACCARD``, or
  one holds at least ``CONTAINMENT`` of the other's stems (a copy cut short keeps most of the claim);
- across languages, where stems cannot meet, their anchors (canonical names of the known entities named
  in the claim and evidence, other than the denier, and the numbers) overlap with a Jaccard similarity
  of at least ``ANCHOR_JACCARD``, with at least ``MIN_SHARED_ANCHORS`` in common.

A report joins the story that took its very signature before (a copy word for word, or the same denial
delivered again), else a story when it is near-identical to one of its reports, compared only with the reports
in its own language when the story has some (its stems are then stronger evidence than shared names and
numbers, which different denials by one denier often share). A denial without a denier is a story of
its own. ``python -m tools.evaluation.stories`` measures this.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import orjson
import regex

from newsmon.core.messages import DenialRecord
from newsmon.nlp.entities.gazetteer import find_aliases
from newsmon.nlp.normalize import search_terms
from newsmon.processor.names import name_key

SAME_LANGUAGE_JACCARD = 0.5
CONTAINMENT = 0.8
ANCHOR_JACCARD = 0.5
MIN_SHARED_ANCHORS = 2
MIN_STEM_LENGTH = 3
MAX_OPEN_STORIES = 200
# A story every outlet carries must not grow its denier's state without end: each report rewrites the whole
# state to the table's changelog and is compared with every kept signature. A story compares reports with the
# signatures of its first report and of the latest distinct ones only, and keeps a 12-character fingerprint of
# every distinct signature it took (the first and latest MAX_TAKEN). A denial delivered again (a replay after
# a crash or a rebalance, or an article a restarted fetcher sends again, which can arrive behind a backlog of
# thousands of reports) has its first delivery's signature, so it finds its story by the fingerprint: by
# comparison it could join no story, start a new one, and be alerted again.
MAX_SIGNATURES = 8
MAX_TAKEN = 1024

_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")

State = dict[str, Any]
"""The open stories of one denier as JSON (a Faust table value): ``{"stories": [story, ...]}``, each story
``{"id", "last_seen", "signatures", "taken"}`` (``taken``: the fingerprints of the signatures it took) and
whatever its callers keep with it."""


@dataclass(frozen=True, slots=True)
class Signature:
    """What two reports of a story share: the denier, the claim's stems (in a language) and its anchors."""

    denier: str
    language: str
    stems: frozenset[str]
    anchors: frozenset[str]

    def to_json(self) -> dict[str, Any]:
        """The signature as JSON (sorted lists). Never raises."""
        return {
            "denier": self.denier,
            "language": self.language,
            "stems": sorted(self.stems),
            "anchors": sorted(self.anchors),
        }

    def fingerprint(self) -> str:
        """A 48-bit digest of the signature: one denier's stories in a window never hold two that share one.
        Never raises."""
        # orjson writes the bytes json.dumps(ensure_ascii=False, separators=(",", ":")) did, in a tenth of the time.
        return hashlib.blake2b(orjson.dumps(self.to_json()), digest_size=6).hexdigest()

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Signature:
        """The signature of :meth:`to_json`'s document; raises KeyError when a field is missing."""
        return cls(
            document["denier"], document["language"], frozenset(document["stems"]), frozenset(document["anchors"])
        )


def story_key(denial: DenialRecord) -> str:
    """The key that every report of ``denial``'s story shares: the canonical denier's ``name_key``, the same
    in any script or spelling ("Игорь Сечин", "Igor Sechin"; the denial's own id when nobody is named, so
    that it stays alone). Never raises."""
    if denial.denier is None:
        return denial.id
    return name_key(denial.denier.canonical)


def signature(denial: DenialRecord) -> Signature:
    """The story signature of ``denial``. Never raises."""
    claim = denial.claim.text if denial.claim is not None else denial.evidence.text
    stems = frozenset(stem for stem in search_terms(claim, denial.language).split() if len(stem) >= MIN_STEM_LENGTH)
    denier = story_key(denial)
    text = f"{claim}\n{denial.evidence.text}"
    names = {name_key(match.alias.canonical) for match in find_aliases(text, denial.language)}
    numbers = {number.replace(",", ".") for number in _NUMBER.findall(text)}
    return Signature(denier, denial.language, stems, frozenset((names - {denier}) | numbers))


def same_story(a: Signature, b: Signature) -> bool:
    """Whether signatures ``a`` and ``b`` are reports of one story (see the module docstring). Never raises."""
    if a.denier != b.denier:
        return False
    if a.language == b.language:
        shared = len(a.stems & b.stems)
        smaller = min(len(a.stems), len(b.stems))
        return _jaccard(a.stems, b.stems) >= SAME_LANGUAGE_JACCARD or (
            smaller >= MIN_STEM_LENGTH and shared / smaller >= CONTAINMENT
        )
    shared_anchors = len(a.anchors & b.anchors)
    return shared_anchors >= MIN_SHARED_ANCHORS and _jaccard(a.anchors, b.anchors) >= ANCHOR_JACCARD


def place(state: State, denial: DenialRecord, window: timedelta) -> tuple[State, str]:
    """Put ``denial`` in the story it belongs to among the open ones of ``state`` (the stories of its
    denier), or in a new story, dropping the stories not reported within ``window`` of it.

    A denial placed before (delivered again) stays in the story it joined then, however many reports came
    since, even if an older story has since grown to match it too. Returns the new state and the story id
    (the id of the story's first denial). Never raises."""
    seen = denial.detected_at
    kept = [story for story in state.get("stories", []) if _open(story, seen, window)]
    wanted = signature(denial)
    fingerprint = wanted.fingerprint()
    # A story written before fingerprints were kept (a table from an older processor) has none yet.
    joined = next((story for story in kept if fingerprint in story.get("taken", ())), None)
    if joined is None:
        joined = next((story for story in kept if _joins(wanted, _signatures(story))), None)
        if joined is not None:
            joined["signatures"] = _first_and_latest([*joined["signatures"], wanted.to_json()], MAX_SIGNATURES)
            joined["taken"] = _first_and_latest([*joined.get("taken", []), fingerprint], MAX_TAKEN)
    if joined is not None:
        joined["last_seen"] = max(joined["last_seen"], seen.isoformat())
        return {"stories": kept}, str(joined["id"])
    kept.append(
        {"id": denial.id, "last_seen": seen.isoformat(), "signatures": [wanted.to_json()], "taken": [fingerprint]}
    )
    # A denier in the news all day keeps its latest stories only; the oldest end early.
    return {"stories": kept[-MAX_OPEN_STORIES:]}, denial.id


def _joins(wanted: Signature, members: list[Signature]) -> bool:
    """Whether ``wanted`` belongs with a story's ``members``: compared with the reports in its own
    language when the story has any (stems say more than shared names), else with all of them."""
    same_language = [member for member in members if member.language == wanted.language]
    return any(same_story(wanted, member) for member in same_language or members)


def _signatures(story: dict[str, Any]) -> list[Signature]:
    return [Signature.from_json(member) for member in story["signatures"]]


def _first_and_latest(items: list[Any], most: int) -> list[Any]:
    return items if len(items) <= most else [items[0], *items[1 - most :]]


def _open(story: dict[str, Any], now: datetime, window: timedelta) -> bool:
    return now - datetime.fromisoformat(story["last_seen"]) <= window


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0
