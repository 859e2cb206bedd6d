"""What kind of predicate a trigger is: a passive ("was denied by the ministry", "dibantah", "wurde
dementiert"), or a falsity word predicated of a subject ("the report is false", "kabar itu tidak benar")
rather than one modifying a noun ("a false report").
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start, closes_insertion
from newsmon.nlp.denials.tokens import CLOSING_QUOTES, HARD_STOPS, OPENING_QUOTES, QUOTE_CHARS
from newsmon.nlp.denials.view import View

_PREDICATE_WINDOW = 7
_NOMINAL_SUBJECT_WORDS = 10  # "أن الرواية الإسرائيلية حول استهداف مسلحين داخل المدرسة | «كاذبة»"
_QUOTED_FELLOW_WORDS = 4  # 'were "out of date" and "false"'
_PASSIVE_WINDOW = 5


def _agent_follows(view: View, i: int, j: int) -> bool:
    """True when an agent marker follows the trigger at tokens ``[i, j)`` and does not open a sentence adverbial ("a
    démenti par voie de communiqué", "par ailleurs": the marker of an active verb's manner, not of an agent). A
    participle opening its clause or set off by a comma may have a time before it ("Desmentida este lunes | por el
    club", "La noticia, desmentida ayer | por el club"); not a verb after its subject ("El club ha desmentido hoy |
    por carta": the means)."""
    set_off = i == clause_start(view, i)[0] or (i > 0 and view.tokens[i - 1].text == ",")
    while set_off and j < len(view) and (end := view.lexicon_end("time", j)) is not None:
        j = end
    return j < len(view) and view.is_a("agent_markers", j) and not view.is_a("discourse", j)


def passive(view: View, i: int, j: int) -> bool:
    """True when the trigger at tokens ``[i, j)`` is passive: "was denied", "has been debunked", "dibantah",
    "a été démentie", "wurde zurückgewiesen".

    Its last word must have the language's passive form (a participle, a di- verb); a language with
    passive auxiliaries also needs one, inside the trigger or before it (past adverbs, conjunctions and
    other participles).
    """
    if not view.has_form(view.rules.passive_form, j - 1):
        return False
    if not view.rules.context["passive_aux"]:
        return True
    if any(view.is_a("passive_aux", k) for k in range(i, j - 1)) or _agent_follows(view, i, j):
        return True  # "Uma possibilidade desmentida pelo grupo", "a rumour denied by the club": the agent follows
    if _said_of_a_claim(view, i, j):
        return True  # "The hoax, debunked years ago, ...", "the debunked theory": no party says it here
    if view.rules.verb_second:  # "Die Vorwürfe wurden vom Ministerium zurückgewiesen": anywhere before
        lo = clause_start(view, i)[0]
        # "Dementiert wurde der Bericht vom Ministerium": the participle fronted before its auxiliary; not one that
        # closes a relative clause ("Der Minister, der krank | ist, | hat die Vorwürfe zurückgewiesen").
        fronted = i == lo and j < len(view) and view.is_a("passive_aux", j)
        return fronted or any(view.is_a("passive_aux", k) and not closes_insertion(view, lo, k) for k in range(lo, i))
    for k in range(i - 1, max(-1, i - _PASSIVE_WINDOW), -1):
        if view.is_a("perfect_aux", k):
            return False  # "is said to have denied": the perfect of an active verb
        if view.is_a("passive_aux", k):
            return True
        if not ((view.tokens[k].is_word and view.is_stop(k)) or view.is_a("conjunctions", k)):
            return False
    return False


def _said_of_a_claim(view: View, i: int, j: int) -> bool:
    """True for a participle that describes a claim instead of stating a denial: after the claim and a
    comma ("The hoax, debunked years ago"), right after it with no object following ("Rumours denied last
    year are back"), or between a determiner and the claim ("the debunked theory"). Not a verb that takes an
    object after a comma closing an insertion ("X, who faced scrutiny over his tweets, | denied the report")."""
    if i >= 2 and view.tokens[i - 1].text == "," and view.is_a("claim_nouns", i - 2):
        return not _takes_object(view, j)
    # Not in verb-second languages, whose participle ends the clause after its object ("hat die Vorwürfe
    # zurückgewiesen").
    if i >= 1 and not view.rules.verb_second and view.is_a("claim_nouns", i - 1) and view.tokens[i - 1].is_word:
        after = j >= len(view) or not view.tokens[j].is_word
        # Not before a complementiser, which opens the verb's object ("The club's statement denied | that …").
        if after or view.is_a("agent_markers", j) or view.is_a("time", j) or view.is_stop(j):
            return not view.is_a("claim_markers", j)
    return i >= 1 and view.is_a("determiners", i - 1) and j < len(view) and view.is_a("claim_nouns", j)


def describes_claim(view: View, i: int) -> bool:
    """True when a falsity word at token ``i`` is a relative clause of its own describing the claim word right
    before it ("percaya pada informasi | yang tidak benar", "menyebarkan kabar yang keliru"): a kind of news, no
    verdict on one. Not after a copula or label, which predicates the phrase ("adalah informasi yang tidak benar")."""
    noun = i - 2
    if noun < 0 or not view.is_a("relatives", i - 1) or not view.is_a("claim_nouns", noun):
        return False
    return noun == 0 or not (view.is_a("copulas", noun - 1) or view.is_a("label_verbs", noun - 1))


def heads_phrase(view: View, i: int, j: int) -> bool:
    """True when a one-word falsity at tokens ``[i, j)`` heads a noun phrase, which says nothing is false: opening
    its clause before a relative pronoun that is no complementiser ("Kebohongan | yang | diulang-ulang akan menjadi
    kebenaran", a saying about lies; not "Itu bohong yang dibuat-buat", after its subject), or before a demonstrative
    and more words ("percaya bahwa kebohongan | tersebut | adalah kebenaran"; not "Kabar itu bohong itu.")."""
    if j - i != 1 or j + 1 >= len(view):
        return False
    if view.is_a("demonstratives", j):
        return view.tokens[j + 1].is_word
    if not view.is_a("relatives", j) or view.is_a("claim_markers", j):
        return False
    return i == 0 or (not view.tokens[i - 1].is_word and view.tokens[i - 1].text in HARD_STOPS)


def _takes_object(view: View, j: int) -> bool:
    """True when a complementiser or a claim word (after a determiner) follows the verb ending at ``j``."""
    if j >= len(view):
        return False
    if view.is_a("claim_markers", j):
        return True
    noun = j + 1 if view.is_a("determiners", j) else j
    return view.is_a("claim_nouns", noun)


def predicative(view: View, i: int) -> bool:
    """True when a falsity word at token ``i`` is said of something ("the report is false", "kabar itu hoaks").

    Looks left over adverbs and conjunctions ("absolutely, unequivocally and completely false") for a
    copula, a speech verb or a complementiser; one plain word may stand between ("it's a nonsense",
    "adalah berita bohong"). At the head of a clause or quotation it is a predicate ("“Tidak benar ...").
    Not when it only describes a noun ("the false report", "menyebarkan berita bohong").
    """
    if _nominal_clause(view, i):
        return True
    if view.has_form(view.rules.predicate_form, i):  # ru "обвинения ... беспочвенны": only ever a predicate
        return True
    if _closes_clause(view, i) or _verb_closed_claim(view, i) or _final_copula(view, i):
        return True
    if view.rules.verb_second:
        # The finite copula comes second, before the subject: "Laut Polizei sind die Meldungen ... falsch".
        lo = clause_start(view, i)[0]
        if any(view.is_a("copulas", k) and view.is_stop(k) for k in range(lo, i)):
            return True
    plain = 0
    joined = False
    marks = 0  # quotation marks passed, which the window does not count ('were "a shakedown" and "utterly false"')
    k = i - 1
    while k >= 0 and i - k - marks <= _PREDICATE_WINDOW:
        token = view.tokens[k]
        if not token.is_word:
            opening = _quoted_fellow(view, k) if joined and plain == 0 else None
            if opening is not None:
                plain, k = 1, opening - 1  # 'were | "out of date" | and "false"': a quoted predicate joined to it
                continue
            if token.text in QUOTE_CHARS:
                marks += 1
                k -= 1
                continue
            if token.text == "," and plain == 0 and k > 0 and view.is_a("skip", k - 1):
                k -= 1
                continue
            if view.is_a("copulas", k):
                return not joined  # ru "заявления … — бездоказательная ложь": the dash is the copula
            # "“Tidak benar ..." or "..., tidak benar" opens a predicate; "A, B, dan Hoax" lists nouns.
            return plain == 0 and not joined and (token.text in HARD_STOPS or token.text == ",")
        if view.is_a("copulas", k) or view.is_a("speech_verbs", k) or view.is_a("claim_markers", k):
            return True
        if view.is_a("conjunctions", k):
            joined = True
        elif _subject_word(view, k):
            pass  # "أن الفيديو المتداول مفبرك": the subject of a clause with no copula
        elif joined and plain == 1 and view.is_a("articles", k):
            pass  # "were | “a shakedown” and | “utterly false”": a noun predicate joined to the verdict
        elif not view.is_a("skip", k):
            plain += 1
            # "were politically motivated and | baseless": a participle joined to the verdict is its fellow predicate.
            fellow = joined and plain == 1 and _joined_participle(view, k, i)
            if plain > 1 or (view.is_stop(k) and not fellow):
                return False  # "were carrying false papers": a verb, not a copula, before it
        k -= 1
    return k < 0 and plain == 0 and not joined


def _final_copula(view: View, i: int) -> bool:
    """True when the falsity word at ``i`` stands before the copula closing a verb-final clause that a complementiser
    opens (``verb_second``: "sagte, dass die Meldung | falsch | sei"): the word is that copula's predicate."""
    if not view.rules.verb_second:
        return False
    k = i + 1
    while k < len(view) and view.tokens[k].text in QUOTE_CHARS:
        k += 1
    if k >= len(view) or not (view.is_a("copulas", k) and view.is_stop(k)):
        return False
    if k + 1 < len(view) and view.tokens[k + 1].is_word:
        return False
    opener = clause_start(view, i)[1]
    return opener is not None and view.is_a("claim_markers", opener)


def _quoted_fellow(view: View, k: int) -> int | None:
    """Return where the quotation closing at token ``k`` opens when it is a short phrase of words alone, a predicate
    in its own quotation marks ("out of date"); None otherwise."""
    if view.tokens[k].text not in CLOSING_QUOTES:
        return None
    for m in range(k - 1, max(-1, k - _QUOTED_FELLOW_WORDS - 2), -1):
        token = view.tokens[m]
        if not token.is_word:
            return m if token.text in QUOTE_CHARS and m < k - 1 else None
    return None


def _verb_closed_claim(view: View, i: int) -> bool:
    """True when the falsity word at ``i`` follows a verb closing the claim's own clause (``claim_clause_verbs``),
    its subject between the verb and a claim noun that a speech verb or a complementiser introduces
    ("menyatakan | isu surat suara | tercoblos | hoaks"): the copula is dropped after the verb. So after a name
    closing that subject where attributes follow their noun ("menyatakan | kabar penyerangan pos TNI di | Puncak |
    hoaks"): the word describes no name, it is said of the claim."""
    verb = i - 1
    if verb < 3 or not (view.is_a("claim_clause_verbs", verb) or _closing_name(view, verb)):
        return False
    for m in range(verb - 2, max(1, i - _PREDICATE_WINDOW) - 1, -1):
        if not view.tokens[m].is_word or (view.is_stop(m) and not view.is_a("claim_nouns", m)):
            return False
        introduced = view.is_a("speech_verbs", m - 1) or view.is_a("claim_markers", m - 1)
        if introduced and view.is_a("claim_nouns", m):
            return True  # "isu surat suara": "surat" is a claim word too, the phrase opens at "isu"
    return False


def _closing_name(view: View, k: int) -> bool:
    """True when token ``k`` is a capitalised word inside a sentence-case clause in a language whose attributes
    follow their noun: a name, which a falsity word after it does not describe ("di Puncak | hoaks")."""
    token = view.tokens[k]
    return not view.rules.modifier_first and not view.titled and token.is_word and token.capitalized


def _joined_participle(view: View, k: int, i: int) -> bool:
    """True when token ``k`` is a participle (``verb_like``) and a conjunction alone joins it to the falsity word
    at ``i`` ("motivated | and | baseless")."""
    form = view.rules.verb_like
    return (
        k == i - 2
        and view.is_a("conjunctions", i - 1)
        and form is not None
        and form.fullmatch(view.tokens[k].text) is not None
    )


def _closes_clause(view: View, i: int) -> bool:
    """True when a full adjective at ``i`` (``predicate_final_form``) ends its clause after a word: an attribute
    stands before its noun, so one left last is the predicate (ru "сведения о задержании ложные,"; not
    "ложные сведения", "ложный вызов")."""
    if i == 0 or not view.tokens[i - 1].is_word or not view.has_form(view.rules.predicate_final_form, i):
        return False
    k = i + 1
    while k < len(view) and view.tokens[k].text in QUOTE_CHARS:
        k += 1
    return k == len(view) or not view.tokens[k].is_word or view.is_a("conjunctions", k)


def _nominal_clause(view: View, i: int) -> bool:
    """True when the falsity word at ``i`` closes a complement clause with no copula whose definite subject
    carries complements ("أن الشائعات حول اختطاف أطفال في المدينة كاذبة"). The word before it must be
    definite too, or owned by a pronoun (``owned_form``: "أن الأنباء عن استقالته | كاذبة"): after an indefinite
    noun the word is an attribute ("نشرت أخبارا كاذبة"); quoted alone, it is the predicate after any word ("أن
    الرواية حول استهداف مسلحين | «كاذبة»")."""
    owned = view.rules.owned_form
    if view.rules.predicate_subject is None or i < 2:
        return False
    quoted = view.tokens[i - 1].text in OPENING_QUOTES and view.tokens[i - 2].is_word
    before = view.tokens[i - 1].text
    if not (quoted or _subject_word(view, i - 1) or (owned is not None and owned.fullmatch(before))):
        return False
    for k in range(i - 2, max(-1, i - 1 - _NOMINAL_SUBJECT_WORDS), -1):
        if not view.tokens[k].is_word:
            return False
        if view.is_a("claim_markers", k):
            return _subject_word(view, k + 1)
    return False


def _subject_word(view: View, k: int) -> bool:
    """True for a word of a subject that a predicate may follow with no copula (``predicate_subject``)."""
    form = view.rules.predicate_subject
    return form is not None and form.fullmatch(view.tokens[k].text) is not None


def ends_on_claim(view: View, i: int, j: int) -> bool:
    """True when a falsity phrase of several words (tokens ``[i, j)``) ends on the claim noun it describes ("fake
    news"), where an adjective stands before its noun (``modifier_first``); elsewhere the noun opens the phrase
    ("مجرد شائعات")."""
    return view.rules.modifier_first and j - i > 1 and view.is_a("claim_nouns", j - 1)


def names_claims(view: View, i: int, j: int) -> bool:
    """True when a falsity phrase of several words ends on a claim noun ("fake news", tokens ``[i, j)``) and a word
    other than a conjunction follows it, maybe past a closing quotation mark: the phrase is a subject or an object
    ("fake news could sway", "fake news sites"), not the predicate a verdict closes its clause with ("called it fake
    news.")."""
    after = _past_closing_quotes(view, j)  # 'said "fake news" could sway'
    return (
        ends_on_claim(view, i, j)
        and after < len(view)
        and view.tokens[after].is_word
        and not view.is_a("conjunctions", after)
    )


def trailed_verdict(view: View, i: int, j: int) -> bool:
    """True when a falsity word (tokens ``[i, j)``) closes a headline's first clause whose copula is dropped, a
    comma and a speech verb after it, maybe after a one-word speaker ("Reports of Putin illness 'untrue', says
    Kremlin"): the words before it open with a claim noun (maybe after a determiner) and hold no verb or other stop
    word; not "The false report, he said, …", where the word describes the noun after it."""
    k = _past_closing_quotes(view, j)
    if k + 1 >= len(view) or view.tokens[k].text != ",":
        return False
    if not (view.is_a("speech_verbs", k + 1) or (k + 2 < len(view) and view.is_a("speech_verbs", k + 2))):
        return False
    first = 1 if view.is_a("determiners", 0) else 0
    if first >= i or not view.is_a("claim_nouns", first):
        return False
    inside = [m for m in range(first + 1, i) if view.tokens[m].text not in QUOTE_CHARS]
    return all(view.tokens[m].is_word and not view.is_stop(m) for m in inside)


def _past_closing_quotes(view: View, k: int) -> int:
    """Return the first token from ``k`` on that is no closing quotation mark."""
    while k < len(view) and view.tokens[k].text in CLOSING_QUOTES:
        k += 1
    return k
