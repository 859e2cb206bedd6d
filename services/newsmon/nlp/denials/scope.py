"""Filters between a trigger match and a denial: negation, other senses and the objects that tell them (a
hypothetical is told by ``hypotheticals``, a passive or a predicate by ``predicates``)."""

from __future__ import annotations

from collections.abc import Sequence

from newsmon.nlp.denials.clauses import clause_end, clause_start, is_finite
from newsmon.nlp.denials.sources import past_owner
from newsmon.nlp.denials.tokens import HARD_STOPS, QUOTE_CHARS
from newsmon.nlp.denials.view import View

_NEGATION_WINDOW = 4
# An exiled person may take five words before "إلى" ("نفت السلطات الزعيم الوطني سعد زغلول إلى ...").
_OBJECT_WINDOW = 5
_CLAIM_OBJECT_WINDOW = 6
_CLAIM_CLAUSE_WINDOW = 12  # a claim word with its content clause after it may stand past a long adverbial
_OBJECT_ENDS = HARD_STOPS | {".", ","}  # a claim-verb's object ends there (quotation marks aside)


def negated(view: View, i: int, j: int, gaps: Sequence[tuple[int, int]] = ()) -> bool:
    """True when the trigger at tokens ``[i, j)`` (with the token ranges ``gaps`` of its pattern's gaps) is
    negated: "did not deny", "tidak membantah", "не опроверг"."""
    words = 0
    # A trigger opening with a negator is a negation itself, and one before it its other half: fr "n'a aucun
    # fondement", "il n'y a rien de vrai".
    k = -1 if view.is_a("negators", i) else i - 1
    while k >= 0 and words < _NEGATION_WINDOW:
        token = view.tokens[k]
        if not token.is_word:
            if token.text in HARD_STOPS or token.text == ",":
                break
        else:
            end = view.lexicon_end("negators", k)
            if end is not None and end <= i:
                return True
            if view.is_a("conjunctions", k) and k + 1 < i and view.is_a("determiners", k + 1):
                break  # a subject of its own opens the clause: pt "não convenceram ninguém e | o Governo negou"
            if view.is_a("clause_openers", k):
                # A negator opening the clause with its complementiser: ar "دون أن ينفي", es "sin que desmienta".
                if k > 0 and view.lexicon_end("negators", k - 1) == k:
                    return True
                break
            words += 1
        k -= 1
    if i > 0 and view.is_a("infinitive", i - 1) and _negative_subject(view, i - 1):
        return True  # "Nobody came forward to deny ...", "Ningún responsable compareció para desmentir ..."
    if view.rules.verb_second and _negative_subject(view, i):
        # A negator fronted in a verb-second clause negates all of it, however far the participle closing the
        # clause: "Niemand hat die Angaben des Bundesamts bestritten", "Nie hat er die Vorwürfe ... bestritten".
        return True
    # In a gap of a discontinuous trigger ("wies die Berichte nicht zurück") and, where the language puts it
    # there, after the verb in its clause ("bestritt die Vorwürfe nicht"); a negator the pattern spells is part
    # of what the trigger says ("n'est pas vrai", "a assuré que jamais personne n'a").
    inner = (k for lo, hi in gaps for k in range(lo, hi) if not _in_set_off_clause(view, lo, k))
    after: list[int] = []
    if view.rules.negation_after or fronted_infinitive(view, i, j):
        # Up to a comma, or closing the clause past it: a clause after a comma is the claim's own ("widersprach der
        # Darstellung, | die Beamten hätten ohne Vorwarnung geschossen"), its negation no part of the denial; not
        # "bestritt die Vorwürfe, die gegen ihn erhoben wurden, | nicht".
        end = clause_end(view, j)
        comma = next((k for k in range(j, end) if view.tokens[k].text == ","), end)
        last = next((k for k in range(end - 1, comma, -1) if view.tokens[k].is_word), None)
        after = [*range(j, comma), *([] if last is None else [last])]
    return any(view.is_a("negators", k) for k in (*inner, *after)) or _denied_existence(view, i)


def _in_set_off_clause(view: View, lo: int, k: int) -> bool:
    """True when token ``k`` of a gap starting at token ``lo`` stands in a claim's own clause that a comma and a
    complementiser or a relative pronoun open inside the gap ("wies Berichte, | wonach das Haus nicht korrekt
    gehandelt habe, | zurück"): its negation is the claim's, not the denial's."""
    for m in range(k - 1, lo - 1, -1):
        if view.tokens[m].text == ",":
            return m + 1 < k and (view.is_a("claim_markers", m + 1) or view.is_a("relatives", m + 1))
    return False


def negated_governor(view: View, i: int, j: int) -> bool:
    """True when a denial noun at tokens ``[i, j)`` is the subject of the negated verb right before it, its owner
    after it ("ولم يمنع | نفي المتحدث | انتشار الشائعات": the spokesman's denial did not stop the rumours): the
    negator is the verb's, the denial was made. Not after a verb that issues the noun ("لم يصدر نفي", a
    ``light_verbs`` word), nor without a definite owner, a body or a role ("لم يرد نفي رسمي": no denial came)."""
    form = view.rules.predicate_subject
    if i < 2 or j >= len(view) or form is None or not view.tokens[i - 1].is_word:
        return False
    verb = i - 1
    if view.lexicon_end("negators", verb - 1) != verb or view.is_a("light_verbs", verb) or view.is_stop(verb):
        return False
    return view.has_form(form, j) or view.is_a("org_words", j) or view.is_a("role_nouns", j)  # "نفي | وزارة الداخلية"


def _denied_existence(view: View, i: int) -> bool:
    """True when the trigger at token ``i`` tells what is said not to exist or not to be found: in a relative or
    complement clause of that thing ("Tidak ada pihak yang membantah kabar itu", "tidak ditemukan adanya kabar X yang
    … membantah"), or right in the clause that such words open ("Tidak ditemukan kabar X membantah …"); not in a
    relative clause describing the subject ("Polisi yang tidak menemukan … membantah"), nor past a comma or another
    clause opener ("Tidak ada bukti dan polisi membantah …")."""
    marked = False  # a relative or a complementiser passed: the trigger's clause is the thing's
    for k in range(i - 1, -1, -1):
        token = view.tokens[k]
        if not token.is_word:
            if token.text in HARD_STOPS or token.text == ",":
                return False
            continue
        end = view.lexicon_end("denied_existence", k)
        if end is not None and end <= i and (marked or _opens_clause(view, k)):
            return True
        if view.is_a("relatives", k) or view.is_a("claim_markers", k):
            marked = True
        elif view.is_a("clause_openers", k):
            return False
    return False


def _opens_clause(view: View, k: int) -> bool:
    """True when token ``k`` opens its sentence or follows a comma, after words of discourse at most."""
    j = k - 1
    while j >= 0 and view.tokens[j].is_word and view.is_a("discourse", j):
        j -= 1
    return j < 0 or view.tokens[j].text in HARD_STOPS or view.tokens[j].text == ","


def fronted_infinitive(view: View, i: int, j: int) -> bool:
    """True when the trigger at tokens ``[i, j)`` is an infinitive with no finite verb before it in its clause, so
    the verb that governs it, and may negate it, follows: ru "Опровергнуть эти данные в ведомстве | не удалось",
    after a place "В Кремле опровергать эту информацию | не стали"."""
    form = view.rules.infinitive_form
    word = view.tokens[j - 1].text.lower()
    if form is None or form.fullmatch(word) is None:
        return False
    return not any(is_finite(view, k) for k in range(clause_start(view, i)[0], i))


def _negative_subject(view: View, k: int) -> bool:
    """True when the clause before token ``k`` opens with a negator: its subject is nobody."""
    lo = clause_start(view, k)[0]
    while lo < k and not view.tokens[lo].is_word:
        lo += 1
    return lo < k and view.lexicon_end("negators", lo) is not None


def reflexive(view: View, i: int) -> bool:
    """True when a reflexive clitic right before the trigger at token ``i`` makes it another verb: es "se niega a
    la devolución", "se negaron", "se han negado a que" (negarse: to refuse), not a denial."""
    return i > 0 and view.is_a("reflexives", i - 1)


def other_sense(view: View, j: int) -> bool:
    """True when the object after the verb (ending at token ``j``) gives it another sense ("denied bail").

    A perfect infinitive or a gerund opens a clause, whose own object says nothing of the verb's sense:
    "denied having received a visa", "denied being unfair to her", "negou ter recebido o pedido" deny a deed.
    So does a relative pronoun: "desmintió en un comunicado que vaya a cancelar ..." is no "negó a cancelar"."""
    start = skip_adverbs(view, j)
    k = _past_indirect_object(view, start)
    for m in range(j, min(len(view), k + _OBJECT_WINDOW)):
        token = view.tokens[m]
        if not token.is_word or any(view.is_a(name, m) for name in ("claim_markers", "claim_nouns", "deed_nouns")):
            return False
        if view.is_a("relatives", m):
            return False
        if view.is_a("perfect_aux", m) or _opens_deed(view, m):
            return False
        if m >= k and view.is_a("other_senses", m):
            return True
        if m == k > start and _refused_thing(view, start, k) and _no_claim(view, m):
            return True  # "niega a los sanitarios | una subida salarial": something refused to someone
    return False


def dative_refusal(view: View, i: int, j: int) -> bool:
    """True when a dative pronoun right before the verb at token ``i`` (``datives``) gives someone the thing refused
    that its object names ("el Ayuntamiento les negó | la información sobre el proyecto", "lhe negou o visto"), not
    a complement clause or a deed denied ("le negó al periodista que hubiera un acuerdo", "le negó haber cobrado")."""
    if i == 0 or not view.is_a("datives", i - 1):
        return False
    k = skip_adverbs(view, j)
    if k >= len(view) or not view.tokens[k].is_word or _opens_deed(view, k):
        return False
    hi = min(len(view), k + _OBJECT_WINDOW)  # past whom it is said to: "le negó al periodista | que …"
    return view.find("claim_markers", k, hi) is None and view.find("perfect_aux", k, hi) is None


def _refused_thing(view: View, start: int, k: int) -> bool:
    """True when the direct object at token ``k``, past the indirect object at ``start``, opens with an article, or
    with any determiner right after a short one ("negó | a su rival | la posesión"), or right after one lower-case
    noun, the article held in the addressee word ("negou | ao jogador | a liberação", "negó | al club | la cesión"):
    not a determiner inside a longer phrase ("culpar a los inmigrantes de | la subida"), nor the capital of a name
    ("negó al diario | El País ...")."""
    if view.is_a("articles", k):
        return True
    if not view.is_a("determiners", k):
        return False
    if k == start + 3:
        return view.is_a("determiners", start + 1)
    noun = view.tokens[start + 1]
    return (
        k == start + 2
        and noun.text.islower()
        and view.tokens[k].text.islower()
        and not view.is_a("determiners", start + 1)
    )


def _no_claim(view: View, k: int) -> bool:
    """True when no claim word or complementiser stands in the object opening at token ``k``."""
    hi = min(len(view), k + _OBJECT_WINDOW)
    return view.find("claim_nouns", k, hi) is None and view.find("claim_markers", k, hi) is None


def _opens_deed(view: View, k: int) -> bool:
    """True when token ``k`` opens a clause of its own after a verb: a participle ("denied having received a
    visa"), or, in a language with no participle form, a finite verb in lower case ("membantah | mengeluarkan
    izin", "menolak | menandatangani berita acara"), whose object says nothing of the first verb's sense. A
    participle after a determiner opens no clause: it is a noun's modifier ("denied the | planning application")."""
    participle = view.rules.participle
    if participle is not None:
        if k > 0 and view.is_a("determiners", k - 1):
            return False
        return participle.fullmatch(view.tokens[k].text.lower()) is not None
    return is_finite(view, k)


def fronted_other_sense(view: View, i: int) -> bool:
    """True when a verb-second clause fronts the object of the verb at token ``i`` and it gives the verb another
    sense ("Ihren Lebensunterhalt bestreitet die Familie ..."): the clause opens with no preposition ("Nach dem
    Spiel bestritt der Trainer die Vorwürfe" fronts a time) and holds an ``other_senses`` word but no claim."""
    lo = clause_start(view, i)[0]
    if not view.rules.verb_second or lo >= i or view.is_a("np_end", lo):
        return False
    return view.find("other_senses", lo, i) is not None and view.find("claim_nouns", lo, i) is None


def _past_indirect_object(view: View, k: int) -> int:
    """Return where the direct object starts past an indirect object at token ``k`` that an addressee word opens
    and an article ends ("negó | a la acusada | el permiso", "negó | al equipo visitante | un empate": a person
    refused something); ``k`` when none is there ("negaron a Efe cualquier irregularidad")."""
    if not view.is_a("addressees", k):
        return k
    for m in range(k + 2, min(len(view), k + _OBJECT_WINDOW)):
        if not view.tokens[m].is_word:
            return k
        if view.is_a("determiners", m) and not view.is_a("determiners", m - 1):
            return m
    return k


def party_object(view: View, i: int, j: int) -> bool:
    """True when the verb at tokens ``[i, j)`` has a name alone as its object: a party kept from something
    ("to deny Arsenal (2-1)", "denied Smith a second title"), not a claim ("Reuters' report", "Hamas
    claims", "Russia's role"). Not where the phrase after the verb is its subject ("“…,” bantah Rudi",
    "Слухи опроверг Песков")."""
    if view.rules.subject_after_verb or i == 0 or not view.tokens[i - 1].is_word:
        return False
    return _name_alone(view, skip_adverbs(view, j))


def _name_alone(view: View, k: int) -> bool:
    """True when token ``k`` opens a capitalised name that ends its clause or is followed by a second object
    ("Smith | a second title")."""
    if not view.rules.cased or k >= len(view) or not view.tokens[k].is_word or not view.tokens[k].capitalized:
        return False
    if view.rules.capital_nouns and not view.is_named(k):
        return False  # "Militär dementiert | Helikopter-Vorfall": where every noun is capitalised, only a found name
    m = k
    while m < len(view) and view.tokens[m].is_word and view.is_name_word(m) and not view.is_a("claim_nouns", m):
        m += 1
    if view.tokens[m - 1].text.endswith(("'s", "’s")):
        return False
    if m == len(view):
        return True
    after = view.tokens[m]
    return (not after.is_word and after.text not in "'’") or view.is_a("articles", m)


def claim_object(view: View, j: int, until: int | None = None) -> bool:
    """True when a claim-verb ("reject", "menolak") has a claim as object, not a proposal or a person: within a few
    words of token ``j``, or up to token ``until`` (a separable verb's particle closing its middle field)."""
    k = skip_adverbs(view, j)
    if k < len(view) and view.rules.participle is None and _opens_deed(view, k):
        return False  # "menolak | menandatangani berita acara": refusing to do something, no claim rejected
    quoted = False
    # A demonstrative claim word before its noun ("rejected | those | plans") leaves the noun to say what the object
    # is: a proposal or another sense is none; any other noun keeps the claim the demonstrative points back to
    # ("contesta | ces | bilans").
    demonstrative = False
    limit = past_owner(view, k, _CLAIM_OBJECT_WINDOW) if until is None else until
    for m in range(k, limit):
        token = view.tokens[m]
        if not token.is_word and token.text in QUOTE_CHARS:
            quoted = not quoted
            continue  # "rechazó la «crítica corrosiva de López»": quotation marks inside the object
        stop = m > k and not quoted and view.is_a("claim_stops", m)  # not a quoted title's: "„Hart aber fair“"
        if (not token.is_word and token.text in _OBJECT_ENDS) or stop:
            return demonstrative
        if view.is_a("proposal_nouns", m) or view.is_a("other_senses", m):
            return False
        if view.is_a("claim_nouns", m) and _determines_noun(view, m):
            demonstrative = True
        elif view.is_a("claim_nouns", m) or view.is_a("claim_markers", m):
            return True
    return demonstrative or (until is None and _claim_with_clause(view, limit, k + _CLAIM_CLAUSE_WINDOW))


def _determines_noun(view: View, m: int) -> bool:
    """True when the claim word at token ``m`` is a demonstrative before the noun it determines ("those | plans"), not
    one standing alone for a claim ("denied | this")."""
    return view.is_a("determiners", m) and m + 1 < len(view) and view.tokens[m + 1].is_word and not view.is_stop(m + 1)


def _claim_with_clause(view: View, lo: int, hi: int) -> bool:
    """True when a claim word that a content clause follows (", wonach …", ", that …") stands within ``[lo, hi)``
    before anything that ends the object: the object past a long adverbial ("widersprach am Rande des Trainings an
    der Säbener Straße | Berichten, wonach …")."""
    for m in range(lo, min(hi, len(view) - 2)):
        token = view.tokens[m]
        if not token.is_word and token.text in _OBJECT_ENDS:
            return False
        if view.is_a("proposal_nouns", m) or view.is_a("other_senses", m) or view.is_a("claim_stops", m):
            return False
        if view.is_a("claim_nouns", m) and view.tokens[m + 1].text == "," and view.is_a("claim_markers", m + 2):
            return True
    return False


def skip_adverbs(view: View, j: int) -> int:
    """Return the first token from ``j`` on that is not an adverb, auxiliary, date or quotation mark."""
    while j < len(view):
        if not view.tokens[j].is_word and view.tokens[j].text in QUOTE_CHARS:
            j += 1
            continue
        end = view.lexicon_end("skip", j) or view.lexicon_end("time", j)
        if end is None:
            break
        j = end
    return j


def judged_proposal(view: View, obj: int) -> bool:
    """True when the object at token ``obj`` opens with a proposal, a request or a complaint, maybe after a
    determiner ("wies | die Beschwerde | als unbegründet zurück"): a falsity word after it rules on the request, it
    calls no claim false ("wies | die Vorwürfe | als unbegründet zurück" does)."""
    k = skip_adverbs(view, obj)
    if k < len(view) and view.is_a("determiners", k):
        k += 1
    return k < len(view) and view.is_a("proposal_nouns", k)
