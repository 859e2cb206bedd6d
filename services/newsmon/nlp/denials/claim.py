"""What is denied: the claim a trigger is about, where it starts after a verb, and who claimed it (its source)."""

from __future__ import annotations

from dataclasses import dataclass

from newsmon.nlp.denials.clauses import (
    after_marker,
    clause_end,
    clause_start,
    object_relative,
    quoted_words_end,
    reported_clause_start,
)
from newsmon.nlp.denials.places import object_after_place
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.sources import claim_source, past_owner
from newsmon.nlp.denials.tokens import OPENING_QUOTES
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.verb_second import perfect_object, verb_final_object, verbless_conjunct_start
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_NOUN_WINDOW = 5
_MARKER_WINDOW = 7
_VERB_WORDS = ("skip", "time", "passive_aux", "agent_markers")
# A time closing a clause opened by a claim marker dates the claimed event ("that the port will close | next year").
_CLAUSE_VERB_WORDS = tuple(name for name in _VERB_WORDS if name != "time")
_VERB_PHRASE = 3  # the words of the longest verb phrase closing a claim ("am Montag Abend")
_COMMAS = ",،"
_ADVERBIAL_WINDOW = 12
_OBJECT_OPENERS = ("determiners", "claim_markers", "perfect_aux")
# A copula, quotation marks and the words of a verdict before the object ("como «falsas e infundadas»").
_VERDICT_REACH = 8


@dataclass(frozen=True, slots=True)
class Claim:
    """What is denied, and who claimed it; ``noun`` tells that a claim word ("reports", "isu") names it."""

    span: Span | None
    source: str | None
    noun: bool


def object_claim(view: View, j: int, end: int) -> Claim:
    """Return the claim that is the object of a verb ending at token ``j`` (its clause ends at ``end``).

    "denied reports that X" gives X, "membantah laporan bahwa X" gives X, "denied the charges" the charges.
    """
    k = object_position(view, j, end)
    head = k + 1 if k < end and view.tokens[k].text in _COMMAS else k  # "نفى الوزير، في بيان، | صحة الأنباء"
    if head + 1 < end and view.is_a("truth_heads", head):
        k = head + 1  # "نفى الوزير صحة | الأنباء": the reports are denied, not their truth
    # Adverbs and auxiliaries closing a clause belong to the verb: "hat die Vorwürfe inzwischen | zurückgewiesen",
    # "Die Vorwürfe wurden vom | Verein zurückgewiesen", "Эта информация была | опровергнута".
    # Not the verb of an infinitive ("bestritt, das Geld genommen zu | haben"); a phrase of a few words as a whole
    # ("Die Meldung wurde | am Abend | vom Verteidigungsministerium dementiert").
    clause = view.find("claim_markers", k, min(end, k + _MARKER_WINDOW)) is not None
    names = _CLAUSE_VERB_WORDS if clause else _VERB_WORDS
    while end > k + 1 and not view.is_a("infinitive", end - 2):
        phrase = range(max(k + 1, end - _VERB_PHRASE), end)
        start = next((m for m in phrase if _verb_word_to(view, m, end, names)), None)
        # In a clause the addressee is its verb's: "negó que el fiscal filtrara datos | a la prensa".
        if start is None or _inner_object(view, start) or (clause and view.is_a("addressees", start)):
            break
        end = start
    named = _quoted_name(view, k, end)
    end = end if named is None else named[0]
    noun = view.find("claim_nouns", k, min(end, past_owner(view, k, _NOUN_WINDOW)))
    # Not past a comma, unless the comma opens the marker's clause (de ", dass", ru ", что"): "Niant toute
    # responsabilité, la société a annoncé qu'elle ..." ("qu'elle" is another verb's).
    window = min(end, past_owner(view, k, _MARKER_WINDOW))
    comma = next((m for m in range(k, window) if view.tokens[m].text == "," and not _opens_marker(view, m)), end)
    marker = view.find("claim_markers", k, min(window, comma))
    if marker is not None and (_demonstrative(view, marker, end) or _relative_marker(view, marker[0])):
        marker = None
    # The marker opens the claim when it comes first ("واعتبرت الرئاسة أن | هذه التقارير ملفقة"), or after the
    # claim word unless it belongs to a verb coordinated there ("rechazó las acusaciones y aseguró que ...").
    if marker is not None and (
        noun is None
        or marker[1] <= noun[0]
        or (marker[0] >= noun[1] and view.find("conjunctions", noun[1], marker[0]) is None)
    ):
        span = after_marker(view, marker[1], end)
    else:
        span = view.span_of(k, end)
    source = claim_source(view, k, noun, j) if named is None else named[1]
    return Claim(span, source, noun is not None)


def _demonstrative(view: View, marker: tuple[int, int], end: int) -> bool:
    """True when the complementiser ``marker`` is a demonstrative: only a claim word follows it up to the
    object's end ``end`` ("debunked | that rumor", "refuted | that claim"), no clause ("denied that rumours spread")."""
    return view.lexicon_end("claim_nouns", marker[1]) == end


def _relative_marker(view: View, k: int) -> bool:
    """True when the complementiser at ``k`` is an object relative with its verb right after it and the subject,
    opened by a determiner, inverted after the verb and adverbs ("dément les rumeurs | que | relaie | la presse"):
    the claim is the noun, no clause follows it. A clause opens with its subject ("les rumeurs que le ministre
    partait", "kabar bahwa presiden sakit": no determiner after the second word)."""
    verb = k + 1
    if verb >= len(view) or not view.tokens[verb].is_word or not view.tokens[verb].text.islower():
        return False
    if view.is_stop(verb) or any(view.is_a(kind, verb) for kind in ("determiners", "pronouns", "negators")):
        return False
    subject = skip_adverbs(view, verb + 1)
    return subject < len(view) and view.is_a("determiners", subject) and object_relative(view, verb)


def _quoted_name(view: View, lo: int, hi: int) -> tuple[int, str] | None:
    """Return the opening mark and the text of a short quotation glued after a word in ``[lo, hi)`` where
    the script has no capitals: quotation marks set a name apart there, the claim's source, which ends it
    ("ما أوردته صحيفة | "هآرتس" بشأن الاجتماع"). None in a cased script or without such a quotation."""
    if view.rules.cased:
        return None
    for k in range(lo + 1, hi):
        closing = quoted_words_end(view, k) if view.tokens[k - 1].is_word else None
        if closing is not None:
            name = view.span_of(k + 1, closing)
            return (k, name.text) if name is not None else None
    return None


def antecedent_claim(view: View, i: int) -> Claim | None:
    """Return what the clause holding token ``i`` is about when its verb has no object of its own: the noun
    phrase before its relative pronoun ("charges, | which she denies", "The allegations, which the company
    denied, surfaced", "tuduhan | yang dibantah Beijing"), or the phrase of a claim word before the comma that
    opens it with another opener ("des rumeurs de transfert, | qu'il dément": "qu'" is no relative alone);
    None when neither is there. A claim word opening the comma's segment, the verb's subject after it with no
    relative pronoun, is one too ("accused him of fraud, | charges | he denies")."""
    appositive = _appositive_claim(view, i)
    if appositive is not None:
        return appositive
    opener = clause_start(view, i)[1]
    if opener is None or opener == 0:
        return None
    if not (view.is_a("relatives", opener) or object_relative(view, i)):  # "Des accusations | que | rejette X"
        if view.tokens[opener - 1].text != ",":
            return None
        return _noun_claim(view, clause_start(view, opener - 1)[0], opener - 1, i, whole=True)
    hi = opener - 1 if view.tokens[opener - 1].text in ",،" else opener
    lo = hi
    while lo > 0 and hi - lo < _NOUN_WINDOW and view.tokens[lo - 1].is_word and not view.is_stop(lo - 1):
        lo -= 1
    if lo > 0 and view.is_a("determiners", lo - 1):
        lo -= 1
    if hi - lo > 2 and view.is_a("coreferent", lo):
        lo += 2  # "He faces | new charges, which he denies": a subject pronoun and its verb open no noun phrase
    span = view.span_of(lo, hi)
    if span is None:
        return None
    noun = view.find("claim_nouns", lo, hi)
    return Claim(span, claim_source(view, lo, noun, i), noun is not None)


def clitic_antecedent(view: View, i: int) -> Claim | None:
    """Return what the object pronoun glued to the verb at token ``i`` stands for (``object_clitic``): the
    nearest claim word before the verb in its sentence, with its determiner ("Confrontado com | as acusações|,
    o ministro rejeitou-as"); None when the nearest noun of the lists names a proposal or a thing refused
    ("recebeu a proposta e rejeitou-a"), or when there is none (it stands for a phrase of an earlier sentence). A
    claim word after an agent marker names who asked, not what ("Procurado | pela reportagem|, o senador o negou")."""
    for k in range(i - 1, -1, -1):
        if view.is_a("proposal_nouns", k) or view.is_a("other_senses", k):
            return None
        if view.is_a("claim_nouns", k) and not (k > 0 and view.is_a("agent_markers", k - 1)):
            comma = _complements_end(view, k + 1, i)
            return _noun_claim(view, max(0, k - 1), i if comma is None else comma, i, whole=comma is not None)
    return None


def _complements_end(view: View, k: int, i: int) -> int | None:
    """Return where the complements of a claim word ending before token ``k`` end in a fronted phrase closed by a
    comma, when only nouns and prepositions stand there ("Confrontado com as suspeitas | de favorecimento|, o
    autarca rejeitou-as"): at the comma, or before an owner, who made the claim ("as críticas | da oposição");
    None when a verb, a participle or another stop word stands there ("A notícia | foi avançada pelo jornal|, mas
    o clube desmentiu-a")."""
    owner = None
    for m in range(k, i):
        token = view.tokens[m]
        if not token.is_word:
            return (m if owner is None else owner) if token.text == "," else None
        if owner is None and view.is_a("possessor_markers", m):
            owner = m
        preposition = view.is_a("np_end", m) or view.is_a("possessor_markers", m) or view.is_a("name_joiners", m)
        if not preposition and (view.is_stop(m) or view.has_form(view.rules.passive_form, m)):
            return None
    return None


def _appositive_claim(view: View, i: int) -> Claim | None:
    """Return the claim word (with its determiner) opening the comma segment of the verb at token ``i`` when a
    short subject and auxiliaries stand between them ("…, | charges | she has denied"); else None."""
    comma = next((k for k in range(i - 1, max(-1, i - _NOUN_WINDOW - 3), -1) if not view.tokens[k].is_word), None)
    if comma is None or view.tokens[comma].text != ",":
        return None
    start = comma + 2 if view.is_a("determiners", comma + 1) else comma + 1
    end = view.lexicon_end("claim_nouns", start)
    if end is None or end >= i or view.is_stop(end) or not view.tokens[end].is_word:
        return None
    if any(view.is_stop(k) and not view.is_a("skip", k) for k in range(end, i)):
        return None
    return Claim(view.span_of(comma + 1, end), claim_source(view, comma + 1, (start, end), i), True)


def no_object(view: View, obj: int, end: int) -> bool:
    """True when the words ``[obj, end)`` after a verb are no object: none, or an adverbial ("in the past")."""
    return obj >= end or view.is_a("time", obj) or (view.is_stop(obj) and not view.is_a("determiners", obj))


def _inner_object(view: View, m: int) -> bool:
    """True when the phrase at token ``m``, opened by an addressee word, follows an infinitive or a participle after
    a perfect auxiliary: it is that verb's object ("negó haber espiado | a los periodistas"), not whom the denial
    verb addressed ("negó los hechos | a los periodistas")."""
    if m < 2 or not view.is_a("addressees", m):
        return False
    word = view.tokens[m - 1].text.lower()
    infinitive, participle = view.rules.infinitive_form, view.rules.passive_form
    if infinitive is not None and infinitive.fullmatch(word) and not view.is_a("claim_nouns", m - 1):
        return True
    return participle is not None and participle.fullmatch(word) is not None and view.is_a("perfect_aux", m - 2)


def _verb_word_to(view: View, m: int, end: int, names: tuple[str, ...]) -> bool:
    """True when one of the lists ``names`` of words belonging to the verb has a match from token ``m`` to ``end``."""
    return any(view.lexicon_end(name, m) == end for name in names)


def _opens_marker(view: View, m: int) -> bool:
    """True when a claim marker follows the comma at token ``m``."""
    return m + 1 < len(view) and view.is_a("claim_markers", m + 1)


def object_position(view: View, j: int, end: int) -> int:
    """Return where the object of a verb ending at token ``j`` starts: past adverbs, dates, commas and adverbials
    before it ("a démenti dimanche, dans un communiqué, | toute implication", "a nié sur Instagram | avoir ...")."""
    k = skip_adverbs(view, j)
    while k < end:
        # A comma (Latin or Arabic) before a date or an adverbial is part of the run; before anything else it ends
        # it: "ونفى الوزير، | في تصريح صحفي، | تلقيه تهديدات".
        at = k + 1 if view.tokens[k].text in _COMMAS else k
        after = skip_adverbs(view, at)
        if after == at and at < end:
            opener = view.lexicon_end("adverbials", at) or view.lexicon_end("discourse", at)
            if opener is None and at > k and not view.is_a("claim_markers", at):  # "negou, na sessão, | o pedido"
                opener = view.lexicon_end("np_end", at)  # any preposition's phrase set off by commas (not "bahwa")
            after = at if opener is None else _adverbial_end(view, opener, end) or at
            after = after if after > at else object_after_place(view, at, end)  # "negó en Bruselas | que"
        elif at < after < end and at > k:
            after = _aside_end(view, after, end) or after
        if after == at:
            return _past_verdict(view, k, end)
        k = after
    return _past_verdict(view, k, end)


def _past_verdict(view: View, k: int, end: int) -> int:
    """Return where the object starts past a verdict said of it between the verb and it, linked by a copula and
    ended by a determiner ("rechazó como «infundadas» | las acusaciones", "rejeitou como falsas | as notícias");
    else ``k``."""
    if k >= end or not view.is_a("copulas", k) or view.is_a("determiners", k):
        return k
    reach = range(k + 2, min(end, k + _VERDICT_REACH))
    determiner = next((m for m in reach if view.is_a("determiners", m)), None)
    return determiner if determiner is not None and falsity_in(view, k + 1, determiner) else k


def _aside_end(view: View, k: int, end: int) -> int | None:
    """Return the token after the comma closing an aside set off after the verb that continues at token ``k``
    with no verb of its own, when a complementiser follows that comma ("negó el viernes, en una nota | remitida
    a los medios, | que ..."), or where the script has no capitals a claim word ("نفى الوزير، في بيان صدر مساء
    الثلاثاء، | صحة الأنباء"); else None."""
    for m in range(k, min(end - 1, k + _ADVERBIAL_WINDOW)):
        if view.tokens[m].text in _COMMAS:
            opens = view.is_a("claim_markers", m + 1) or (not view.rules.cased and view.is_a("claim_nouns", m + 1))
            return m + 1 if opens else None
        if view.is_stop(m) and not (view.is_a("skip", m) or view.is_a("time", m)):
            return None
    return None


def _adverbial_end(view: View, k: int, end: int) -> int | None:
    """Return the token after an adverbial whose opener (a preposition or a sentence adverb) ends at token ``k``
    when an object follows it: at its closing comma, or where a phrase opens ("sur son compte | toute blessure",
    "à l'AFP | que", ar "في الوزارة | التقارير"); None when none does within a few words (the object itself: "à qui",
    "en bloc")."""
    for m in range(k, min(end, k + _ADVERBIAL_WINDOW)):
        if view.tokens[m].text in _COMMAS:
            return m + 1
        if m == k and view.is_a("claim_markers", m):
            return m  # "نفى مصدر لرويترز | أن ...": an adverbial whole in one word, the clause right after it
        if m == k and not view.rules.cased and _claim_words(view, m, end):
            return m  # "نفى مصدر لرويترز | هذه الأنباء", "| الاتهامات.": a phrase of its own, no complement
        if m == k or not view.tokens[m].is_word or view.is_a("np_end", m - 1) or view.is_a("possessor_markers", m - 1):
            continue
        if any(view.is_a(name, m) for name in _OBJECT_OPENERS):
            return m
        if m - 1 > k and view.tokens[k].text in OPENING_QUOTES and not view.tokens[m - 1].is_word:
            return m  # "لـ«العربية» | وقوع ...": the outlet's quoted name closes the adverbial
        # Without capitals or a separate article (ar), a claim word opens the object: "في الوزارة | التقارير".
        if not view.rules.cased and view.is_a("claim_nouns", m):
            return m
    return None


def _claim_words(view: View, m: int, end: int) -> bool:
    """True when token ``m`` is a claim word that another claim word follows ("هذه الأنباء", "كل الاتهامات") or
    that closes the clause alone ("الاتهامات.")."""
    if not view.is_a("claim_nouns", m):
        return False
    return m + 1 >= end or not view.tokens[m + 1].is_word or view.is_a("claim_nouns", m + 1)


def pronoun_claim(view: View, claim: Claim, lo: int, i: int) -> Claim:
    """Return ``claim``, or when it is a pronoun alone the claim word it stands for, earlier in the sentence than
    token ``lo`` ("Cette rumeur … ; elle est contestée par Arrien" gives "Cette rumeur"); ``i`` is the trigger."""
    span = claim.span
    if (
        span is None
        or view.index(span.end) - view.index(span.start) != 1
        or not view.is_a("pronouns", view.index(span.start))
    ):
        return claim
    return _noun_claim(view, 0, lo, i, whole=False) or claim


def reported_claim(view: View, claim: Claim, i: int) -> Claim:
    """Return ``claim``, or when it is a pronoun alone what a verb of reporting earlier in the sentence says
    ("the WSJ reported | exactly the same thing | and Amazon denied it", "It has been reported that | Dr Khoo
    intends to …, | but he has denied this"): from after the verb (and its complementiser) to its clause's end,
    before the clause of the denial verb at token ``i``."""
    if claim.span is None:
        return claim
    first, last = view.index(claim.span.start), view.index(claim.span.end)
    # "denied it", "denied this | and then told …", "denied it | using a video message": a pronoun alone; not a
    # subject pronoun, which opens the denied clause ("claimed that …, but denied | he had any links").
    subject = view.is_a("coreferent", first) or view.is_a("first_person", first)
    alone = first + 1 == last or (view.is_stop(first + 1) and not subject)
    if not alone or not (view.is_a("pronouns", first) or view.is_a("determiners", first)):
        return claim
    hi = clause_start(view, i)[0]
    verbs = [k for k in range(hi) if view.is_a("claim_verbs_of_source", k)]
    if not verbs:
        return claim
    reported = view.lexicon_end("claim_verbs_of_source", verbs[-1]) or hi
    marker = view.lexicon_end("claim_markers", reported)
    start = marker or reported
    end = min(clause_end(view, start), hi)
    while end > start and (not view.tokens[end - 1].is_word or view.is_a("clause_openers", end - 1)):
        end -= 1
    if marker is None:
        # When it was reported is no part of what ("reported exactly the same thing | back in March"); after a
        # complementiser it dates the claimed event ("reported that the plant would close on Monday").
        end = next(
            (m for m in range(max(start + 1, end - _VERB_PHRASE), end) if _verb_word_to(view, m, end, ("time",))), end
        )
    found = view.span_of(start, end)
    return claim if found is None else Claim(found, claim.source, noun=False)


def _noun_claim(view: View, lo: int, hi: int, i: int, *, whole: bool) -> Claim | None:
    """Return the first claim word in ``[lo, hi)`` with its determiner, up to ``hi`` when ``whole``; else None."""
    noun = view.find("claim_nouns", lo, hi)
    if noun is None:
        return None
    start = noun[0] - 1 if noun[0] > lo and view.is_a("determiners", noun[0] - 1) else noun[0]
    end = noun[1]
    while not whole and end < hi and (after := view.lexicon_end("claim_nouns", end)) is not None:
        end = after  # "Cette | rumeur": a demonstrative is a claim word too
    return Claim(view.span_of(start, hi if whole else end), claim_source(view, start, noun, i), True)


def object_start(view: View, hit: Hit, end: int) -> int:
    """Return the token where the object of the verb ``hit`` starts (its clause ends at ``end``): right after
    the verb; inside a separable verb ("wies die Berichte zurück"); after the finite verb when a participle
    closes the clause ("hat die Berichte zurückgewiesen")."""
    if not view.rules.verb_second or (hit.kind == "claim_verbs" and hit.j - hit.i > 1 and not hit.gaps):
        return hit.j  # "wehrte sich gegen | den Vorwurf": a claim verb of words in a row has its object after it
    participle = view.has_form(view.rules.passive_form, hit.j - 1)
    after = skip_adverbs(view, hit.j)
    if hit.j - hit.i == 1 and (after >= end or view.tokens[after].text == ","):
        final = verb_final_object(view, hit.i)  # "obwohl die Regierung | die Vorwürfe zurückweist"
        if final is not None:
            return final
    # A participle closes its clause at the clause's end or at a comma ("hat Vorwürfe zurückgewiesen, er habe").
    if hit.j - hit.i > 1 or not participle or (after < end and view.tokens[after].text != ","):
        return hit.i + 1
    lo = reported_clause_start(view, hit.i)  # "Er sagte, | das Ministerium habe die Berichte dementiert"
    return perfect_object(view, verbless_conjunct_start(view, lo, hit.i), hit.i)


def falsity_in(view: View, lo: int, hi: int) -> bool:
    """True when a falsity word follows within ``[lo, hi)``: "dismissed the rumour as inaccurate"."""
    if lo >= hi:
        return False
    falsity = view.rules.triggers["falsity"]
    return falsity.search(view.text, view.tokens[lo].start, view.tokens[hi - 1].end) is not None
