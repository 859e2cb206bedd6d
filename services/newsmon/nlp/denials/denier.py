"""Choosing the denier: which party does what a trigger says.

The party is looked for from the nearest evidence outward: the subject of the trigger's clause (or of the
clause a participle or an infinitive of purpose hangs on: "X issued a statement denying", "X took to
Instagram to deny", "After long denying ..., X": ``fronted_clauses``), the subject after a speech verb that
follows its quotation ("“…,” bantah X"), a body named by its place (``placed``), the speaker of the quotation
the trigger stands in, a reported-speech attribution (``speakers``). ``deniers.Deniers`` then names the party;
the agent of a passive and the owner of a denial noun are found in ``agents``.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import (
    clause_start,
    is_finite,
    is_participle,
    participle_clause,
)
from newsmon.nlp.denials.conjuncts import conjuncts, glued_conjuncts
from newsmon.nlp.denials.coordinated import reporting_conjunct_subject
from newsmon.nlp.denials.displaced import agent_pronoun
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.fronted_clauses import (
    dropped_main_subject,
    fronted_infinitive,
    fronted_participle,
    inset_perfect_subject,
    main_clause_subject,
    past_participle,
)
from newsmon.nlp.denials.glued import shared_subject
from newsmon.nlp.denials.names import Party, party, phrase_kind
from newsmon.nlp.denials.phrase_bounds import phrase_after, phrase_at
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.placed import account_owner, fronted_party, indefinite_place, placed_party
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.reached import reached_subject
from newsmon.nlp.denials.reduced import reduced_relative_subject
from newsmon.nlp.denials.reported_speech import reported_speakers
from newsmon.nlp.denials.shared_subjects import clause_subject, sentence_subject
from newsmon.nlp.denials.speakers import (
    after_quote,
    follows_quotation,
    opening_speaker,
    reporting_speaker,
    trailing_person,
    trailing_speaker,
)
from newsmon.nlp.denials.speech_participles import quoted_speaker
from newsmon.nlp.denials.subjects import (
    after_fronted_object,
    before_fronted_object,
    elided_subject,
    fronted_claim,
    interrupted_subject,
    inverted_subject,
    reported_subject,
)
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.verb_second import verb_second_subject
from newsmon.nlp.denials.view import View

_PURPOSE_WINDOW = 5  # "issued a brief written statement to deny": words between the light verb and "to"


def subject(document: Document, view: View, hit: Hit, quote: Quote | None) -> Party | None:
    """Return the party doing what the trigger ``hit`` says (``quote``: the quotation it stands in), or None."""
    if _set_off_phrase(view, hit):
        # "Officials said the patient was not infected with Ebola, contrary to reports": who says it, not the nearest
        # noun; with nobody saying it, the writer's own correction ("The ferry did not sink, contrary to reports").
        if any(view.is_a("speech_verbs", k) for k in range(hit.i)):
            return clause_subject(view, hit.i)
        if not any(view.is_a("speech_verbs", k) for k in range(hit.j, len(view))):
            return None
    if participle_clause(view, hit.i):
        # "The leader ... dashed hopes, denying reports of a truce"; "« … », a assuré le ministre, démentant"
        found = quoted_speaker(view, hit.i) or clause_subject(view, hit.i)
        if found is not None or view.rules.adverbial_participle:  # an adverbial one takes no subject after it
            return found
    if _first_person(view, hit.i):
        # "contestamos que …": the verb's ending is its subject, "we", never the phrase before it; who says it, when
        # the sentence tells ("«Negamos …», dijo X", "X disse que negamos …").
        if quote is not None:
            return document.speaker(quote) or opening_speaker(view, quote)
        return _reporting_party(document, view, hit)
    found = _purpose_subject(view, hit.i) or after_quote(view, hit, quote) or _pronoun_before(view, hit)
    if found is None and fronted_infinitive(view, hit.i):
        found = main_clause_subject(view, hit.j)  # "Tras negar durante años ..., | el acusado |": no inverted subject
    found = found or inverted_subject(view, hit.i, hit.j)
    if found is None and follows_quotation(view, hit, quote):
        return None  # "«Nunca he cobrado comisiones», negó.": the subject is dropped, not in the quotation
    if found is None and fronted_participle(view, hit.i):
        if dropped_main_subject(view, hit.i, hit.j):
            return None
        found = main_clause_subject(view, hit.j)  # "After long denying the affair, the senator ..."
    if found is None:
        found = inset_perfect_subject(view, hit.i)  # "Le député, après avoir longtemps nié, a reconnu"
    if found is None and not view.rules.verb_second:
        found = interrupted_subject(view, hit.i)  # "Khan, speaking at a rally in Lahore, denied"
    if found is None:
        reported = hit.kind != "non_denial"
        if view.rules.verb_second:
            found = verb_second_subject(view, hit, reported=reported)
        else:  # "A former nurse accused of murder | denies": the phrase before the reduced relative
            found = reached_subject(view, hit.i) or reporting_conjunct_subject(view, hit.i)
            found = found or reduced_relative_subject(view, hit.i) or _before(view, hit.i)
    if found is not None and view.rules.subject_after_verb:
        found = before_fronted_object(view, hit.i, found)  # "Песков эти сообщения опроверг"
    if found is not None:
        found = conjuncts(view, reported_subject(view, found))  # "Patel said he", "Rita Okoye and her husband"
    if found is not None and quote is not None and document.first_person(found):
        # “We deny these allegations,” said Ty Votaw; "Volker said …, in which Giuliani “raised, and I rejected, …”".
        return document.speaker(quote) or opening_speaker(view, quote) or found
    if found is not None and quote is None and document.first_person(found):
        # "We never took money, Hale said"; "Ein Sprecher sagte, man habe davon keine Kenntnis".
        found = trailing_speaker(document, view, hit) or reporting_speaker(document, view, found, hit) or found
    elif (
        found is not None and quote is None and found.pronoun and view.is_a("coreferent", view.index(found.name.start))
    ):
        # "Der Minister sagte, die Kritik weise er zurück": the reported clause's object fronted, its pronoun after
        # the verb stands for the one reporting, as "Der Minister sagte, er weise die Kritik zurück" does.
        found = reporting_speaker(document, view, found, hit, inverted_only=True) or found
        if found.pronoun:
            found = trailing_person(document, view, found, hit) or found
    if found is None and view.rules.subject_after_verb:
        found = _shared_subject(view, hit.i)  # "Министр отверг обвинения | и отрицает свою причастность"
    if view.rules.subject_after_verb and (found is None or _verb_first(view, hit, found)):
        after = _subject_after(view, hit)  # "ونفى المتحدث ...", "Слухи опровергли родственники"
        after = after or shared_subject(view, hit.i)  # "نفت الشركة أن …، | ووصفت التقرير بأنه مضلل"
        if after is None and found is not None:
            after = after_fronted_object(view, found)  # "Обвинения в коррупции | министр | назвал клеветой"
            if after is not None and _indefinite(view, hit.i) and _singular(view, after):
                after = None  # "Обвинения в коррупции | министра | назвали": the object's owner, not the subject
            if after is None and fronted_claim(view, found) is not None and _indefinite(view, hit.i):
                # The object alone before a verb with no subject ("Обвинения в адрес министра назвали"), the body
                # maybe named by its place ("Это заявление отвергли | в Вашингтоне").
                found = indefinite_place(view, view.index(found.start), hit)
        found = glued_conjuncts(view, after) if after is not None else found  # "الوزير ... | والنائب ..."
    if found is not None and found.pronoun and view.is_a("generic_pronouns", view.index(found.name.start)):
        # "Dans l'entourage du président, on dément", "On dément, à Matignon, ...": the body the pronoun speaks for;
        # with none, the pronoun stays the subject and names nobody (``Deniers.denier``).
        found = fronted_party(view, view.index(found.name.start)) or placed_party(view, hit.j) or found
    elif found is not None and found.pronoun:
        found = account_owner(view, view.index(found.name.start)) or found  # "Melalui akun … milik X, pihaknya"
    if found is None and quote is not None:
        found = document.speaker(quote)
    if found is None and clause_start(view, hit.i)[0] > 0:
        found = _reported_conjunct_subject(view, hit.i) or sentence_subject(view)  # "... and denied it"
    return found or _reporting_party(document, view, hit)  # "Denying the reports, X said"


def _reporting_party(document: Document, view: View, hit: Hit) -> Party | None:
    """Return who reports what the trigger ``hit`` says: the subject of a speech verb before it or of an
    attribution after it; None without either."""
    before, after = reported_speakers(view, hit.i, document.quoted(view))
    return before.speaker if before is not None else after


def _first_person(view: View, i: int) -> bool:
    """True when the verb at ``i`` is in the first person by its ending alone (``first_person_verb``: es, pt
    "negamos"), with no first-person pronoun before it."""
    return view.has_form(view.rules.first_person_verb, i) and not (i > 0 and view.is_a("first_person", i - 1))


def _set_off_phrase(view: View, hit: Hit) -> bool:
    """True when a claim verb that is no verb (``set_off_claims``: "contrary to") follows a comma: a phrase set off
    after its clause, as a participle is, whose party is who says that clause."""
    return hit.i > 0 and view.tokens[hit.i - 1].text == "," and view.is_a("set_off_claims", hit.i)


def _shared_subject(view: View, i: int) -> Party | None:
    """Return the subject of a finite verb that a bare conjunction joins the verb at ``i`` to, in the same clause
    ("Министр отверг обвинения | и | отрицает свою причастность": both verbs are the minister's, the words after the
    second are its object); None when no finite verb stands before the conjunction in its clause."""
    conjunction = i - 1
    if conjunction < 1 or not view.is_a("conjunctions", conjunction):
        return None
    lo = clause_start(view, conjunction)[0]
    verb = next((k for k in range(conjunction - 1, lo - 1, -1) if is_finite(view, k)), None)
    return None if verb is None else interrupted_subject(view, verb) or _before(view, verb)


def _reported_conjunct_subject(view: View, i: int) -> Party | None:
    """Return the subject a verb coordinated inside reported speech shares with the verb before it ("It said
    he had admitted the attack but had denied ...": he), not the reporting subject. The perfect auxiliary
    tells the reported clause (backshifted) from the reporting one ("X said it operated ... and denied": X).
    None when the conjunction opening the trigger's clause does not continue a clause opened by a speech verb
    or a complementiser, or no perfect auxiliary stands between it and the trigger."""
    opener = clause_start(view, i)[1]
    if opener is None or not view.is_a("conjunctions", opener):
        return None
    if view.find("perfect_aux", opener + 1, i) is None:
        return None
    lo, reported = clause_start(view, opener)
    if reported is None or not (view.is_a("speech_verbs", reported) or view.is_a("claim_markers", reported)):
        return None
    # A pronoun stays itself (coreference names it): "The police said he had admitted" is not the police.
    return phrase_at(view, lo, opener)


def previous_subject(document: Document, view: View, i: int) -> Party | None:
    """Return the subject a finite verb at token ``i`` whose subject is dropped (pro-drop) shares with the sentence
    before, when only adverbs stand before it in its own ("El consejero de Sanidad compareció en la Asamblea. |
    Además, negó que …"): that sentence's leading phrase when it names a party (a name or a role), else None."""
    if any(view.tokens[k].is_word and not view.is_stop(k) for k in range(i)):
        return None
    return previous_party(document, view)


def previous_party(document: Document, view: View) -> Party | None:
    """Return the leading phrase of the sentence before ``view`` when it names a party (a name or a role), else None."""
    before = document.previous_view(view)
    found = sentence_subject(before) if before is not None else None
    if before is None or found is None or found.pronoun:
        return None
    kind = phrase_kind(before, before.index(found.start), before.index(found.name.end))
    return None if kind == "other" else found


def _before(view: View, i: int) -> Party | None:
    """The subject before the verb at ``i``: a pronoun glued to its clause's opener ("qu'il dément"), else the
    phrase before it."""
    return elided_subject(view, i) or subject_before(view, i)


def set_off_before(view: View, found: Party, i: int) -> bool:
    """True when the name of ``found`` stands between commas right before the verb at token ``i`` (adverbs may
    follow the second comma): an apposition, so a relative clause before it describes the name ("Mantan kepala
    dinas yang kini berstatus saksi …, | Heru Wibisono, | menampik"), not the verb's object."""
    lo, hi = view.index(found.name.start), view.index(found.name.end)
    if lo == 0 or hi >= i or view.tokens[lo - 1].text != "," or view.tokens[hi].text != ",":
        return False
    return all(view.is_a("skip", k) for k in range(hi + 1, i))


def _pronoun_before(view: View, hit: Hit) -> Party | None:
    """Return the personal pronoun right before an active trigger verb (``agent_pronoun``), even after a fronted
    object that a relative clause lengthens ("Tuduhan yang dialamatkan kepada bupati itu | kami | bantah", where the
    phrase before would be read as the relative's antecedent)."""
    k = agent_pronoun(view, hit.i, hit.j)
    return None if k is None else party(view, k, k + 1)


def _purpose_subject(view: View, i: int) -> Party | None:
    """Return who issued something to deny: "The club issued a statement to deny ...", "emitió un
    comunicado para desmentir", "X issued a statement denying ..."; the phrase right before the infinitive
    or the participle is the thing issued, not the denier."""
    if i == 0:
        return None
    # "a publié un communiqué pour | les | démentir": the object pronoun (an article's form the file skips before a
    # trigger) between the marker and the verb.
    pronoun = view.is_a("proclitics", i - 1) or (view.is_a("skip", i - 1) and view.is_a("determiners", i - 1))
    if i > 1 and pronoun and view.is_a("infinitive", i - 2):
        i -= 1
    # pt "publicou um comunicado a desmentir": a preposition before an infinitive (``infinitive_form``) is its marker.
    form = view.rules.infinitive_form
    infinitive = view.is_a("infinitive", i - 1) or (
        view.is_a("np_end", i - 1) and form is not None and form.fullmatch(view.tokens[i].text.lower()) is not None
    )
    if infinitive:
        last = i - 2
    elif is_participle(view, i) and view.tokens[i - 1].is_word:
        last = i - 1
    else:
        return None
    clitic = not infinitive and view.has_form(view.rules.object_clitic, i)
    lo = clause_start(view, i - 1)[0]
    words = 0
    verb = None
    for k in range(last, lo - 1, -1):
        if view.is_a("light_verbs", k) and not view.inside_document(k):  # not "issued a press | release | denying"
            return subject_before(view, k)
        if view.tokens[k].text == ",":
            break  # "Hours after the report was published, | the company took to X to deny it"
        if view.tokens[k].is_word and not view.is_stop(k) and not _function_word(view, k):
            # Dates, adverbs, articles and prepositions are not counted: "issued a statement through her
            # lawyers on Friday denying" has three words of what was issued and how.
            words += 1
            if words > _PURPOSE_WINDOW:
                break
        elif verb is None and (infinitive or clitic) and (_finite(view, k) or _auxiliary(view, k)):
            verb = k
    # An infinitive of purpose after another verb is that verb's subject's: "La alcaldesa convocó a la prensa
    # para negar ..." (not "a la prensa para"); so is a gerund carrying its object, adverbial, never a noun's
    # modifier: "La portavoz salió a la sala de prensa | desmintiéndolo".
    return None if verb is None else subject_before(view, verb)


def _function_word(view: View, k: int) -> bool:
    """True when token ``k`` is an article, a determiner, a preposition or an adverbial's opener."""
    return any(view.is_a(name, k) for name in ("articles", "determiners", "np_end", "adverbials"))


def _finite(view: View, k: int) -> bool:
    """True when token ``k`` looks like a finite verb (``verb_like``, lower case), not a modifier after an
    article ("The ruling party's secretary")."""
    return not (k > 0 and view.is_a("articles", k - 1)) and is_finite(view, k)


def _auxiliary(view: View, k: int) -> bool:
    """True when token ``k`` is a lower-case auxiliary a past participle follows ("a | convoqué la presse pour
    démentir", "est | intervenu sur franceinfo pour nier"): the finite verb of a compound tense."""
    return k + 1 < len(view) and view.tokens[k].text.islower() and view.is_a("skip", k) and past_participle(view, k + 1)


def _verb_first(view: View, hit: Hit, found: Party) -> bool:
    """True when the verb opens its clause ("ونفى", "فنفت"), carries its object ("وهو ما نفته الشركة") or the
    phrase before it is its object."""
    opening = view.rules.verb_initial
    if opening is not None and (opening.fullmatch(view.tokens[hit.i].text) or _after_fronted_adverbial(view, hit.i)):
        return True
    clitic = view.rules.object_clitic
    if clitic is not None and clitic.fullmatch(view.tokens[hit.j - 1].text):
        return True  # the phrase before it is no subject: "وهو اتهام | نفاه الوزير", "التي تنفيها | الرياض"
    if _after_claim_clause(view, hit.i):
        return True
    # The object may open the clause before the phrase found: "Информацию о гибели | военнослужащих | опровергли".
    lo, hi = clause_start(view, view.index(found.name.start))[0], view.index(found.name.end)
    return view.find("claim_nouns", lo, hi) is not None and all(view.tokens[k].is_word for k in range(lo, hi))


def _after_claim_clause(view: View, i: int) -> bool:
    """True when the verb at ``i`` follows, after a comma, the complement clause of a claim fronted before it
    ("Слухи о том, что певица покидает группу, | опроверг ее продюсер"): the claim is its object."""
    opener = clause_start(view, i)[1]
    if opener is None or view.tokens[i - 1].text != ",":
        return False
    return view.is_a("claim_markers", opener) and view.find("claim_nouns", 0, opener) is not None


def _indefinite(view: View, k: int) -> bool:
    """True when the verb at ``k`` may have no subject (``indefinite_verb``: ru "назвали", "опровергают")."""
    form = view.rules.indefinite_verb
    return form is not None and form.fullmatch(view.tokens[k].text.lower()) is not None


def _singular(view: View, found: Party) -> bool:
    """True when the phrase's first word has a singular form (``singular_form``: ru "министра", "пресс-служба"),
    which a plural verb does not agree with."""
    form = view.rules.singular_form
    return form is not None and form.fullmatch(view.tokens[view.index(found.start)].text.lower()) is not None


def _after_fronted_adverbial(view: View, i: int) -> bool:
    """True when the verb at ``i`` follows a comma that closes a phrase opened by a preposition (``np_end``) or an
    according-to word ("وفي تصريح لوكالة الأنباء، | نفى المدير", "وبحسب الوكالة، | نفت"): it opens its clause."""
    if i == 0 or view.tokens[i - 1].text not in ",،":
        return False
    lo = i - 1
    while lo > 0 and view.tokens[lo - 1].text not in ",،":
        lo -= 1
    return view.is_a("np_end", lo) or view.is_a("according_to", lo)


def _subject_after(view: View, hit: Hit) -> Party | None:
    """Return the phrase after the verb as its subject, unless a claim opens it (then it is the object:
    "Отрицая обвинения ..., писатель заявил"), a complementiser follows the verb ("ثم نفى أن ...": the
    subject is an earlier one) or the verb is an infinitive (``infinitive_form``)."""
    if hit.i + 1 < len(view) and view.is_a("claim_markers", hit.i + 1):
        return None
    form = view.rules.infinitive_form
    if form is not None and form.fullmatch(view.tokens[hit.i].text.lower()):
        return None  # "Развенчать | этот миф | пытаются": an infinitive has no subject, what follows is its object
    if one_word_object(view, hit.i + 1):
        return phrase_after(view, hit.i + 2)  # "ونفى | ذلك | مسؤول في الوزارة": the object before the subject
    found = phrase_after(view, hit.i + 1, stop_at_claims=True)
    # A name after a claim word is its owner, not the subject: "опровергли | сообщения СМИ | о закрытии завода"; a
    # preposition opens an adverbial or the claim: "«لا نعلق | على | الشائعات»".
    if found is None or any(view.is_a(kind, view.index(found.start)) for kind in ("claim_nouns", "np_end")):
        return None
    return found


def one_word_object(view: View, k: int) -> bool:
    """True when token ``k`` is a one-word claim ("ذلك", "this") followed by a role or a body, the subject."""
    after = view.lexicon_end("claim_nouns", k)
    return after == k + 1 and after < len(view) and (view.is_a("role_nouns", after) or view.is_a("org_words", after))
