"""The rule of a "no such" statement, a negation of existence: "there was no such meeting", "Tidak ada rapat",
"«No hubo ningún acuerdo»" need a party who states it: the quotation's speaker, the party an according-to phrase
opening the sentence or a trailing attribution names, or in a pro-drop language the subject a speech verb after the
quotation carries."""

from __future__ import annotations

from newsmon.nlp.denials.claim import Claim
from newsmon.nlp.denials.clauses import subject_in_verb
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.falsity_speakers import in_reported_complement, quoted_falsity, reported_falsity
from newsmon.nlp.denials.finding import Finding
from newsmon.nlp.denials.names import Party, identified
from newsmon.nlp.denials.nonparties import impersonal
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.statements import trailed_negation
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View


def no_such(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    """A quoted negation of existence ("“There was no secret deal,” X said"): a denial by the quotation's
    speaker (also when it is the complement of reported speech: "X aseguró que “no hubo …”"), or in a pro-drop
    language by the subject a speech verb after it carries ("“…”, sostuvo"); unquoted, or in a quoted fragment
    of the writer's sentence ("porque “no hay ninguna evidencia”"), it is a statement like any other. Not
    checked for negation: the pattern is one."""
    if quote is None:
        return _attributed_no_such(document, view, hit)
    if document.scare_quote(quote):
        return None
    if document.speaker(quote) is None and not in_reported_complement(view, view.index(quote.start)):
        return _unnamed_no_such(document, view, hit, quote)
    found = quoted_falsity(document, view, hit, quote)
    if found.party is None:
        return None
    claim = found.claim
    # "«Никаких | переговоров о передаче территорий | не ведется»": what is not; also past the subject that the
    # quotation opens with ("“My role was not | a back channel | but …”").
    if hit.gaps and (claim.span is None or claim.span.end <= view.tokens[hit.i].start):
        claim = Claim(view.span_of(hit.gaps[0][0], hit.gaps[-1][1]), None, noun=False)
    return Finding("no_such", hit.i, hit.j, found.party, claim)


def _attributed_no_such(document: Document, view: View, hit: Hit) -> Finding | None:
    """An unquoted negation of existence (``attributed_no_such``) after an "according to" attribution opening the
    sentence: a denial by the party it names ("Pour la direction, il n'y a jamais eu de fuite"), or with a trailing
    attribution (``statements.trailed_negation``); else None."""
    first = next((k for k in range(len(view)) if view.tokens[k].is_word), None)
    if first is None or not view.is_a("attributed_no_such", hit.i):
        return None
    if not view.is_a("according_to", first):
        trailed = trailed_negation(view, hit)  # "Não há qualquer acordo com o PSD, garantiu fonte do partido"
        return None if trailed is None else Finding("no_such", hit.i, hit.j, *trailed)
    found = reported_falsity(document, view, hit)
    if found is None or (found.party is not None and impersonal(view, found.party)):
        return None  # "Selon l'étude, il n'existe aucun lien …": a finding, no party denies
    if found.party is not None and _crowd(view, found.party):
        return None  # "Pour les habitants du quartier, il n'y a jamais eu de commerce": an opinion
    return Finding("no_such", hit.i, hit.j, found.party, found.claim)


def _crowd(view: View, found: Party) -> bool:
    """True when a plural party (a plural determiner among its first two words) holds no name, role or body word:
    people in general ("les habitants du quartier", "de nombreux observateurs"), whose view is an opinion; not a
    body that the lists do not know ("le rectorat")."""
    lo = view.index(found.name.start)
    plural = view.find("plural_determiners", lo, min(lo + 2, view.index(found.name.end))) is not None
    return plural and not identified(view, found)


def _unnamed_no_such(document: Document, view: View, hit: Hit, quote: Quote) -> Finding | None:
    """A quoted negation of existence with no speaker named: a denial by the subject a finite speech verb
    after the quotation carries ("“…”, sostuvo."), in pro-drop languages (``verb_like`` tells the finite
    forms), or with no denier when the quotation is the whole sentence ("“At no point did we mislead anyone.”":
    someone speaks, as a quoted falsity says); otherwise a quoted fragment of the writer's sentence, no denial."""
    if _whole_sentence(view, quote):
        return Finding("no_such", hit.i, hit.j, None, quoted_falsity(document, view, hit, quote).claim)
    k = view.index(quote.end)
    while k < len(view) and not view.tokens[k].is_word and view.tokens[k].text in ",—–-":
        k += 1
    if k >= len(view) or not view.is_a("speech_verbs", k) or not subject_in_verb(view, k, k + 1):
        return None
    return Finding("no_such", hit.i, hit.j, None, quoted_falsity(document, view, hit, quote).claim)


def _whole_sentence(view: View, quote: Quote) -> bool:
    """True when the quotation opens the sentence and no word follows it (an unclosed one runs to its end)."""
    return view.index(quote.start) == 0 and all(
        not view.tokens[k].is_word for k in range(view.index(quote.end), len(view))
    )
