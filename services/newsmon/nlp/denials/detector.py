"""``detect``: trigger match -> sense filter -> negation/hypothetical scope -> arguments -> confidence.

The parts, in the order a sentence meets them: ``triggers`` finds the trigger words, ``findings`` applies the
rule of each trigger kind (with ``scope`` for negation and other senses, ``denier`` for who denies and
``claim`` for what is denied), and this module turns what is found into scored records, one per type and
denier in each sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from newsmon.nlp.denials.clauses import clause_end, clause_start
from newsmon.nlp.denials.deniers import Deniers
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.finding import Finding
from newsmon.nlp.denials.findings import find
from newsmon.nlp.denials.quotes import quote_marks
from newsmon.nlp.denials.resources import check_rules, load_rules
from newsmon.nlp.denials.scoring import Evidence, confidence
from newsmon.nlp.denials.triggers import Prefilter, find_hits
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Denial, Denier, Entity, Span

# Words said of a claim ("false", "there was no ...", "..., he said, did not"): inside a denial verb's clause
# they add no record.
_SAID_OF_A_CLAIM = ("falsity", "no_such", "negated_statement")


def detect(text: str, sentences: list[Span], entities: list[Entity], lang: str) -> list[Denial]:
    """Return the denial and non-denial records stated in ``text``, in text order.

    ``sentences`` are spans of ``text`` (``split_sentences``); ``entities`` may be empty (deniers then keep
    their own text as canonical name, or the fullest form of the name found in the text). ``lang`` is an
    ISO 639-1 code ("id", or a tag such as "en-US"); a language without a resource file gives []. Each
    record's ``evidence`` is its sentence. Never raises for any text; raises ``ResourceError`` only when the
    language's resource file is broken.
    """
    rules = load_rules(lang.split("-")[0].lower())
    if rules is None or not sentences:
        return []
    prefilter = _prefilter(rules.language)
    candidates = [(k, kinds) for k, sentence in enumerate(sentences) if (kinds := prefilter(sentence.text))]
    if not candidates:
        return []
    places = [(entity.start, entity.end) for entity in entities if entity.label == "LOC"]
    document = Document(text, sentences, rules, [(entity.start, entity.end) for entity in entities], places)
    deniers = Deniers(text, entities, rules, sentences)
    records: list[Denial] = []
    for k, kinds in candidates:
        records.extend(_sentence_records(document, deniers, document.view(k), kinds))
    return records


def preload(lang: str) -> None:
    """Load and compile ``lang``'s denial rules and prefilter now (``check_rules``): otherwise the first text in
    ``lang`` waits while they load. Raises ``ResourceError`` for a broken resource file."""
    rules = check_rules(lang)
    if rules is not None:
        _prefilter(lang)
        quote_marks(rules.quotes)


@cache
def _prefilter(lang: str) -> Prefilter:
    rules = load_rules(lang)
    assert rules is not None
    return Prefilter(rules)


def _sentence_records(
    document: Document, deniers: Deniers, view: View, kinds: Mapping[str, Sequence[int]]
) -> list[Denial]:
    """Return the records of one sentence, searched for the trigger ``kinds`` (the prefilter's, each with the
    numbers of the patterns that can match), in text order: at most one per type and denier."""
    covered: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []  # the content clauses of the claims denied so far
    records: list[Denial] = []
    seen: set[tuple[str, int | None]] = set()
    # Verbs first, so that a falsity word in a verb's clause ("denied it as false") adds no record; a denial verb
    # before a claim verb, so that of one party's two the one naming the claim is kept ("salió al paso de los
    # rumores y | negó que vaya a dimitir": what is denied is the clause, the rumours only announce it).
    for hit in sorted(
        find_hits(view, kinds), key=lambda hit: (hit.kind in _SAID_OF_A_CLAIM, hit.kind == "claim_verbs")
    ):
        if hit.kind in _SAID_OF_A_CLAIM and any(lo <= hit.i < hi for lo, hi in covered):
            continue
        if any(lo <= hit.i < hi for lo, hi in reported):
            continue
        finding = find(document, view, hit)
        if finding is None:
            continue
        reported.extend(_reported_clause(view, finding))
        if hit.kind not in _SAID_OF_A_CLAIM:
            covered.append((clause_start(view, hit.i)[0], clause_end(view, hit.j)))
        for denier in deniers.deniers(finding.party, view.span):
            record = _record(view, finding, _short_of_trigger(view, denier, finding))
            key = (record.type, record.denier.start if record.denier else None)
            if key not in seen:
                seen.add(key)
                records.append(record)
    records.sort(key=lambda record: record.trigger.start)
    return records


def _short_of_trigger(view: View, denier: Denier | None, finding: Finding) -> Denier | None:
    """Return ``denier`` cut before the trigger of ``finding`` when the recogniser's name runs into it (a Title Case
    headline's verb read as part of a name: "Dishub Tepis | Isu Tarif Naik"), or the finding's own party after the
    trigger when the name opens with it (a headline's noun: "Démenti de | Matignon"); else ``denier``."""
    start = view.tokens[finding.i].start
    if denier is None or not denier.start <= start < denier.end:
        return denier
    text = view.text[denier.start : start].rstrip()
    if text:
        return Denier(text, denier.start, denier.start + len(text), text, denier.role)
    own = finding.party.name if finding.party is not None else None
    if own is None or own.start < view.tokens[finding.j - 1].end:
        return denier  # "dément-elle": the trigger carries its own subject
    return Denier(own.text, own.start, own.end, own.text, None)


def _other_source(source: str | None, denier: Denier | None) -> str | None:
    """Return ``source`` unless it names the denier: the speech verb of a reported denial is no claim of the one
    denying ("X a affirmé qu'il n'avait pas signé": X is no source of what X denies)."""
    if source is not None and denier is not None and source.casefold() == denier.text.casefold():
        return None
    return source


def _reported_clause(view: View, finding: Finding) -> list[tuple[int, int]]:
    """Return the token range of the content clause in the claim of ``finding`` (after its complementiser:
    "menyanggah tudingan bahwa | warganya menolak pembangunan gereja |"), or none: a trigger there is what the
    claim says someone did, no denial of its own."""
    span = finding.claim.span
    if span is None:
        return []
    lo, hi = view.index(span.start), view.index(span.end)
    marker = view.find("claim_markers", max(0, lo - 1), hi)  # the claim may open after it: "bahwa | warganya …"
    return [] if marker is None else [(marker[1], hi)]


def _record(view: View, finding: Finding, denier: Denier | None) -> Denial:
    """Return ``finding`` as a record of ``denier``: the trigger's words, the confidence of the evidence."""
    start, end = view.tokens[finding.i].start, view.tokens[finding.j - 1].end
    evidence = Evidence(
        kind=finding.kind,
        has_denier=denier is not None,
        pronoun=finding.party is not None and finding.party.pronoun,
        claim_noun=finding.claim.noun,
        entity=denier is not None and denier.canonical != denier.text,
    )
    return Denial(
        type="non_denial" if finding.kind == "non_denial" else "denial",
        denier=denier,
        trigger=Span(view.text[start:end], start, end),
        claim=finding.claim.span,
        claim_source=_other_source(finding.claim.source, denier),
        evidence=view.span,
        confidence=confidence(evidence),
    )
