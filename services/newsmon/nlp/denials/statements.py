"""A negated statement attributed to a party after it: "Prices, he said, did not spike" (id "SBY, kata Anas, tidak
berniat …"); "A man ... is not being treated for Ebola, hospital officials say"; "Kami tidak pernah menerima uang,
tegasnya"; a headline's speaker before its colon ("Hospital officials: patient not being treated for Ebola").

The guidelines count a named party's direct negation of a claim as a denial even with no denial word. Said
before its content ("X said the trains were not late") a negation is ordinary reported speech, so only two
forms count, both of which put the attribution after what it attributes: a speech clause between commas right
before the negated verb, and a trailing attribution closing the sentence; and where the negation itself marks
an answer, a contrast such as a cleft after an according-to phrase opening the sentence ("Menurut dia, bukan KIH
yang mengganggu": the resource pattern holds the contrast). Where the copy lost the quotation marks, a
statement runs on to the attribution closing a later sentence ("Kenaikan harga bukan karena penimbunan. Pasokan
berkurang, kata X"): a pattern without a speech verb holds such a contrast. The party must be named (a name, a
role, a body) or a pronoun: "…, traders said" is a market's mood, not a denial. A negation under a condition ("If
prices rise, there will be no unrest, he said") is a prediction.
"""

from __future__ import annotations

from newsmon.nlp.denials.attribution import speaker_after
from newsmon.nlp.denials.claim import Claim
from newsmon.nlp.denials.clauses import clause_end, clause_start, is_finite
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.headline_speakers import headline_speaker
from newsmon.nlp.denials.hypotheticals import hypothetical
from newsmon.nlp.denials.names import Party, has_word, identified, party
from newsmon.nlp.denials.phrase_bounds import is_phrase, phrase_after
from newsmon.nlp.denials.reported_speech import Reported
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_END_MARKS = frozenset(".!")
_RUN_ON_SENTENCES = 2  # sentences a quoteless statement may run on to its attribution


def attributed_negation(document: Document, view: View, hit: Hit) -> tuple[int, int, Party, Claim] | None:
    """Return the negation's token range, its speaker and the claim of a ``negated_statement`` hit, or None
    when the speech verb is not the parenthetical or trailing attribution of the sentence's negated clause (or
    the according-to phrase opening it)."""
    # A trailing attribution closes the pattern: a speech verb inside the statement is what was not said ("Saya
    # tidak pernah mengatakan hal itu, ujar Budi"), not who says it.
    last = hit.j - 1
    in_hit = (k for k in range(hit.i, hit.j) if view.is_a("speech_verbs", k))
    speech = last if view.is_a("speech_verbs", last) else next(in_hit, None)
    said_in = view  # the sentence naming the speaker
    if speech is None and view.is_a("according_to", hit.i):  # "Menurut dia, bukan KIH yang mengganggu"
        found, negation = _fronted(view, hit)
    elif speech is None and (headline := _headline_party(view, hit.i)) is not None:
        # "Hospital officials: patient not being treated for Ebola": the speaker a headline names before its colon
        found, negation = (headline.speaker, view.span_of(headline.complement, len(view))), (hit.i, hit.j)
    elif speech is None:  # a pattern with no speech verb: its attribution closes a later sentence
        run_on = _run_on(document, view)
        found, negation = (None if run_on is None else run_on[:2]), (hit.i, hit.j)
        said_in = view if run_on is None else run_on[2]
    elif document.quote_at(view.tokens[speech].start) is not None:
        return None  # the whole is quoted: somebody else reports it
    elif speech == hit.i:  # "Prices, he said, did not spike"; "SBY, kata Anas, tidak berniat …"
        aside = _parenthetical(view, speech)
        found = None if aside is None else aside[:2]
        negation = (speech + 1 if aside is None else aside[2], hit.j)
    else:  # "... is not being treated for Ebola, hospital officials say"
        found = _trailing(view, speech)
        negation = (hit.i, _negation_end(view, hit.i))
    if found is None or negation is None or _relative(view, negation[0]) or _conditioned(view, negation[0]):
        return None
    if hypothetical(view, negation[0]):  # "Kalau enggak berubah bukan PPP namanya, kata X"
        return None
    speaker, claim = found
    if not (speaker.pronoun or identified(said_in, speaker)):
        return None
    lo, hi = negation
    while lo < hi and not view.tokens[lo].is_word:
        lo += 1
    if claim is not None and (speech is not None or not view.is_a("according_to", hit.i)):
        # What is denied follows the negation: "Prices, he said, did not | spike as a result", "Kami tidak |
        # haus kekuasaan, tegasnya"; up to a comma, after which another clause adds what is so ("Soal kursi MPR
        # bukan | mengalah, | PPP sudah beralih ke KIH, katanya").
        start, end = skip_adverbs(view, hi), view.index(claim.end)
        end = next((k for k in range(start, end) if view.tokens[k].text == ","), end)
        claim = view.span_of(start, end) or claim
    return lo, hi, speaker, Claim(claim, None, False)


def trailed_negation(view: View, hit: Hit) -> tuple[Party, Claim] | None:
    """Return the speaker and the claim of a negation of existence opening the sentence, unquoted, with a trailing
    attribution after its clause ("Não há qualquer acordo com o PSD, garantiu fonte do partido": what does not
    exist is the claim), or None without one or under a condition."""
    if any(view.tokens[k].is_word and not view.is_stop(k) for k in range(hit.i)) or _conditioned(view, hit.i):
        return None
    speech = next((k for k in range(hit.j, len(view)) if view.is_a("speech_verbs", k)), None)
    found = None if speech is None else _trailing(view, speech)
    if found is None or hypothetical(view, hit.i):
        return None
    speaker, clause = found
    if clause is None or not (speaker.pronoun or identified(view, speaker)) or view.index(clause.end) <= hit.j:
        return None
    # Not past a reason the statement adds: "… calling it a bomb | because it was …".
    end = min(view.index(clause.end), clause_end(view, hit.j))
    return speaker, Claim(view.span_of(hit.j, end), None, False)


def _headline_party(view: View, i: int) -> Reported | None:
    """Return the speaker a headline names before its colon when it is a party by its words: a role, a body or a
    recognised name ("Hospital officials", "Health ministry", "Putin"); a section's label names nobody ("Review:",
    "Weather:", "Football:"), whose negation is the writer's. A headline closes with no full stop: one that does is a
    transcript's turn ("Mr. GRANT: George didn't have any interest in it."), whose every negation is no denial."""
    said = headline_speaker(view, i)
    if said is None or view.tokens[-1].text == ".":
        return None
    lo, hi = view.index(said.speaker.start), view.index(said.speaker.name.end)
    party_words = ("role_nouns", "org_words", "speaker_roles")
    named = any(view.is_named(k) or any(view.is_a(name, k) for name in party_words) for k in range(lo, hi))
    return said if named else None


def _run_on(document: Document, view: View) -> tuple[Party, Span | None, View] | None:
    """Return the speaker, the claim's sentence and the sentence naming the speaker of a statement whose quotation
    marks the copy lost, running on from the sentence ``view`` to a later one that closes with a trailing attribution
    ("Kekisruhan ini bukan karena KMP …. Kalau mengkritik, ya yang konstruktif. Kami melihat …, kata Nurul"); None
    when ``view`` or a sentence on the way holds a speech verb other than that attribution, a quotation or a
    question, or no attribution closes one of the next ``_RUN_ON_SENTENCES``."""
    if _speaks(document, view, len(view)):
        return None
    later: View | None = view
    for _ in range(_RUN_ON_SENTENCES):
        later = None if later is None else document.next_view(later)
        if later is None or not later.tokens or later.tokens[-1].text == "?":
            return None
        speech = next((k for k in range(1, len(later)) if later.tokens[k - 1].text == "," and _said(later, k)), None)
        if _speaks(document, later, len(later) if speech is None else speech):
            return None
        if speech is not None:
            found = _trailing(later, speech)
            return None if found is None else (found[0], view.span_of(0, len(view)), later)
    return None


def _said(view: View, k: int) -> bool:
    """True when token ``k`` is a speech verb or an according-to word ("kata", "ujarnya", "menurut")."""
    return view.is_a("speech_verbs", k) or view.is_a("according_to", k)


def _speaks(document: Document, view: View, end: int) -> bool:
    """True when tokens ``[0, end)`` of ``view`` hold a speech verb, an according-to word or a quotation."""
    return any(_said(view, k) for k in range(end)) or bool(document.quoted(view))


def _fronted(view: View, hit: Hit) -> tuple[tuple[Party, Span | None] | None, tuple[int, int]]:
    """Return the speaker and the negated clause of an according-to phrase that opens the sentence or a clause
    ("mais, selon X, …"), closed by a comma ("Menurut dia, bukan KIH yang mengganggu"; a name in apposition
    after a role is the speaker: "Selon l'avocat du ministre, Me Hervé Tessier, aucune preuve ne …"), and the
    negation's range; no speaker when the sentence has another form."""
    end = view.lexicon_end("according_to", hit.i)
    found = None if end is None else phrase_after(view, end)
    comma = None if found is None else view.index(found.name.end)
    if found is None or comma is None or comma >= hit.j or view.tokens[comma].text != ",":
        return None, (hit.i, hit.j)
    if has_word(view, clause_start(view, hit.i)[0], hit.i) or view.index(found.start) != end:
        return None, (hit.i, hit.j)
    negation = next((k for k in range(comma + 1, hit.j) if view.is_a("negators", k)), hit.i)
    # What the lacking evidence would show is the claim: "aucune preuve ne permet d'établir | un lien entre …"; a
    # deed never done is, with its object: "Según su abogado, el exalcalde nunca | cobró comisiones".
    deed = negation + 1 < hit.j and is_finite(view, negation + 1)
    done = next((k for k in range(negation + 1, hit.j) if not view.is_a("negators", k)), hit.j)
    if view.is_a("negated_aux", negation) and done < hit.j:
        # A compound past: the deed is the participle and what it takes, up to a comma adding what else is so
        # ("Selon X, il n'aurait | bénéficié d'aucun passe-droit pour jouer |, malgré sa notoriété").
        end = next((k for k in range(done, len(view)) if view.tokens[k].text == ","), len(view))
        return (found, view.span_of(done, end)), (negation, negation + 1)
    start = (
        negation + 1
        if deed
        else next((k for k in range(negation + 1, len(view)) if view.is_a("determiners", k)), comma + 1)
    )
    return (found, view.span_of(start, len(view))), (negation, negation + 1)


def _parenthetical(view: View, speech: int) -> tuple[Party, Span | None, int] | None:
    """Return the speaker, the negated predicate and the comma closing the speech clause of "<subject>, <speaker>
    said, <negated verb> ..." or, where the speech verb opens its clause, of "<subject>, kata <speaker>, <negated
    verb> ..." (id "SBY, kata Anas, tidak berniat …"): the speech clause is the sentence's second comma segment,
    between its subject and its verb."""
    commas = [k for k in range(speech) if view.tokens[k].text == ","]
    if len(commas) != 1 or speech + 1 >= len(view) or not is_phrase(view, 0, commas[0]):
        return None
    if view.tokens[speech + 1].text == ",":
        lo, hi, comma = commas[0] + 1, speech, speech + 1
    elif commas[0] + 1 == speech:  # the speaker after the verb, up to the comma closing the aside
        lo = speech + 1
        hi = comma = next((k for k in range(lo, len(view)) if view.tokens[k].text == ","), len(view))
    else:
        return None
    if comma == len(view) or not is_phrase(view, lo, hi):
        return None
    return party(view, lo, hi), view.span_of(comma + 1, len(view)), comma


def _trailing(view: View, speech: int) -> tuple[Party, Span | None] | None:
    """Return the speaker and the negated clause of a trailing attribution after a comma (or a quotation
    closed by one): the speech verb first and its speaker after it, with details to follow ("…, kata Zulkifli
    saat ditemui", "…,” ujarnya"), or a noun phrase and the speech verb closing the sentence ("…, hospital
    officials say.")."""
    comma = next((k for k in range(speech - 1, -1, -1) if view.tokens[k].text == ","), None)
    if comma is None or view.tokens[-1].text == "?":
        return None
    # "…, kata X saat ditemui": details may follow; "…, says X, who flew with him": a description, no record.
    opens = all(not token.is_word for token in view.tokens[comma + 1 : speech])
    opens = opens and view.find("relatives", speech + 1, len(view)) is None
    # The day may close it: "…, the palace said | on Sunday."
    after = speech + 1
    if after < len(view):
        after = view.lexicon_end("time", after) or after
    closes = all(not token.is_word and token.text in _END_MARKS for token in view.tokens[after:])
    if not (opens or ((closes or _participle_after(view, speech)) and is_phrase(view, comma + 1, speech))):
        return None
    speaker = speaker_after(view, speech if opens else comma + 1)
    return None if speaker is None else (speaker, view.span_of(0, comma))


def _participle_after(view: View, speech: int) -> bool:
    """True when a comma and a participle follow the speech verb at ``speech``: its speaker's own clause goes on
    ("…, a spokesperson said, | contradicting a report in …")."""
    k = speech + 2
    return k < len(view) and view.tokens[k - 1].text == "," and view.has_form(view.rules.participle, k)


def _relative(view: View, i: int) -> bool:
    """True when the negation at token ``i`` is inside a relative clause ("a force which was not there"):
    it describes a noun, the statement is the main clause's."""
    opener = clause_start(view, i)[1]
    return opener is not None and view.is_a("relatives", opener)


def _conditioned(view: View, i: int) -> bool:
    """True when the sentence opens with a condition closed by a comma before the negation at token ``i``
    ("If prices rise by 2,000, there will be no unrest, he said"): a prediction under that condition, no fact
    denied."""
    first = next((k for k in range(i) if view.tokens[k].is_word), i)
    return view.is_a("hypothetical", first) and any(view.tokens[k].text == "," for k in range(first + 1, i))


def _negation_end(view: View, i: int) -> int:
    """Return the token after the negation that opens at ``i`` ("is not", "didn't")."""
    return i + 1 if view.is_a("negators", i) or not view.is_a("negators", i + 1) else i + 2
