"""Clause edges around a token: where the clause holding a word starts (and the word that opens it), where a
clause ends, and participle clauses after a comma. No parser: the edges are hard punctuation, the language's
clause openers ("that", "bahwa", "que") and claim stops.
"""

from __future__ import annotations

from newsmon.nlp.denials.tokens import HARD_STOPS, OPENING_QUOTES, QUOTE_CHARS
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_SKIP_REACH = 3  # words a skip phrase may run before a clause opener inside it ("is | said")
_RELATIVE_LEAD = 2  # words a relative pronoun may follow in its clause ("a las | que", "of | which")
_QUOTED_WORDS = 4  # 'the "deliberately misleading" reports'
_ATTRIBUTION_WORDS = 4  # words a speech verb may follow after a comma ("..., | the defence ministry said")
_ASIDE_WORDS = 6  # the words of an aside between commas opened by a pronoun ("، وهو قيادي في الحزب،")
_QUOTED_NOUN_WORDS = 8  # 'la "crítica negativa y corrosiva de López"'
_WORD_QUOTES = OPENING_QUOTES | {"‘"}  # a single mark quotes words, rarely a statement
_STATEMENT_GAP = 5  # words from a verb back to the statement it describes ("بيانا | على موقعها الرسمي | نفت")
_SPEAKER_WORDS = 8  # "and | a United States official following North Korea | said"


def clause_start(view: View, i: int) -> tuple[int, int | None]:
    """Return where the clause holding token ``i`` starts, and the token of its opener word (or None).

    Quotation marks do not open a clause: "the head of the YPG “categorically refuted these allegations”".
    """
    j = i - 1
    while j >= 0:
        token = view.tokens[j]
        if not token.is_word and token.text in HARD_STOPS and token.text not in QUOTE_CHARS:
            return j + 1, None
        end = view.lexicon_end("clause_openers", j)
        if end is not None and end <= i and not _inside_skip(view, j, end):
            return end, j
        j -= 1
    return 0, None


def reported_clause_start(view: View, i: int) -> int:
    """Return where the clause holding token ``i`` starts, a clause reported after a speech verb and its comma
    included ("Die Anwältin erklärte, | ihr Mandant bestreite"): verb-second languages need no complementiser. An
    attribution inserted between commas, its verb first, reports what stands around it, not what follows it ("Die
    Ministerin hatte, | so ein Sprecher, | die Berichte dementiert")."""
    lo = clause_start(view, i)[0]
    for k in range(i - 1, lo, -1):
        verb = view.find("speech_verbs", lo, k) if view.tokens[k].text == "," else None
        if verb is not None and view.tokens[verb[0] - 1].text != ",":
            return k + 1
    return lo


def closes_insertion(view: View, lo: int, k: int) -> bool:
    """True when the word at token ``k`` ends a clause inserted between commas after ``lo``, the start of the clause
    holding it: in a verb-second language a relative clause puts its verb last, right before the comma closing it
    ("Der Minister, der krank | ist, | hat …"), so it is no verb of the clause it is inserted in."""
    closed = k + 1 < len(view) and view.tokens[k + 1].text == ","
    return closed and any(view.tokens[m].text == "," for m in range(lo, k))


def _inside_skip(view: View, j: int, opener_end: int) -> bool:
    """True when the clause opener at ``[j, opener_end)`` is inside a longer ``skip`` phrase: "said" in "is
    said to have", "as" in "quoted the minister as saying" open no clause."""
    for k in range(max(0, j - _SKIP_REACH), j + 1):
        end = view.lexicon_end("skip", k)
        if end is not None and end > (j if k < j else opener_end):
            return True
    return False


def clause_end(view: View, i: int) -> int:
    """Return the index just past the clause that starts at token ``i`` (at a stop word, a hard mark, a comma
    before a contrast or an attribution (", según informaron fuentes"), or a comma or conjunction before a
    speech verb or participle: "..., mientras que la oposición ..." and "..., أكدت وزارة الصحة" open the next
    clause). A few quoted words inside the clause do not end it: 'rejected the "baseless" allegations',
    'dismissed as "absurd" reports that ...', 'rechazó la "crítica negativa y corrosiva de López"'. A relative
    clause between commas ends at its closing comma: "Trump, who has denied wrongdoing, | is expected ...", and
    a participle clause at its comma."""
    lo, opener = clause_start(view, i)
    aside = opener is not None and opener > 0 and view.is_a("relatives", opener) and view.tokens[opener - 1].text == ","
    aside = aside or (lo < i and is_participle(view, lo))  # "Negando las acusaciones, | el empresario aseguró"
    j = i
    while j < len(view):
        token = view.tokens[j]
        if aside and j >= i and token.text == ",":
            return j
        if not token.is_word and token.text in HARD_STOPS | {"."}:
            closing = quoted_words_end(view, j) if j > i else None
            if closing is None:
                return j
            j = closing + 1
            continue
        if j > i and view.is_a("claim_stops", j):
            return j
        comma = _comma_before(view, j)
        if comma > i and (
            view.is_a("contrasts", j)
            or view.is_a("speech_verbs", j)
            or view.is_a("label_verbs", j)  # "…، | ووصفها بأنها ذريعة": another clause calls it something
            or view.is_a("according_to", j)
            or _participle_at(view, j)
            or _agent_participle_at(view, j)
            or _adverbial_after_object(view, i, comma, j)
            or (_relative_at(view, j) and not _marker_after_aside(view, i, j))
            or _attribution_at(view, j)
            or _subject_pronoun_at(view, j)
        ):
            return comma
        if j > i and view.is_a("conjunctions", j) and j + 1 < len(view) and _speech_follows(view, j + 1):
            return j  # "rechazó las acusaciones | y aseguró que ...", "… | and a US official said …"
        j += 1
    return len(view)


def _speech_follows(view: View, k: int) -> bool:
    """True when a speech verb opens at token ``k``, or ends a noun phrase opened there by an article: a clause of
    its own with another speaker ("denied that Kim was ill | and a US official said there were no signs")."""
    if view.is_a("speech_verbs", k):
        return True
    if not view.is_a("articles", k):
        return False
    for m in range(k + 1, min(len(view), k + _SPEAKER_WORDS + 1)):
        if not view.tokens[m].is_word:
            return False
        if view.is_a("speech_verbs", m):
            return True
    return False


def quoted_words_end(view: View, j: int) -> int | None:
    """Return the closing mark of the quotation opening at token ``j`` when it quotes words alone, at most
    ``_QUOTED_WORDS`` of them (a label or a phrase, not a statement), or ``_QUOTED_NOUN_WORDS`` after a
    determiner (the quotation is the rest of its noun phrase); else None. A straight mark opens a quotation
    when it is glued to the word after it and not to the one before; a single one sets off words too ("rumors of
    a ‘pumpkin spice’ condom"). French guillemets stand apart from their words ("comme « infondées » les")."""
    tokens = view.tokens
    mark = tokens[j]
    if mark.text not in _WORD_QUOTES or j + 1 >= len(view):
        return None
    if tokens[j + 1].start != mark.end and mark.text != "«":
        return None
    if mark.text == '"' and j > 0 and tokens[j - 1].end == mark.start:
        return None
    words = _QUOTED_NOUN_WORDS if j > 0 and view.is_a("determiners", j - 1) else _QUOTED_WORDS
    for k in range(j + 1, min(len(view), j + words + 2)):
        if tokens[k].is_word:
            continue
        return k if k > j + 1 and tokens[k].text in QUOTE_CHARS else None
    return None


def _attribution_at(view: View, k: int) -> bool:
    """True when the words from token ``k`` are who said the sentence: a speech verb after a few words and no
    comma after it ("..., | Reuters reported on Monday", "..., | the ministry said"); a speech verb between
    commas is an aside inside the clause ("the army, | he said, | had fired")."""
    for m in range(k + 1, min(len(view), k + _ATTRIBUTION_WORDS + 1)):
        if not view.tokens[m - 1].is_word:
            return False
        if view.is_a("speech_verbs", m):
            return m + 1 >= len(view) or view.tokens[m + 1].text != ","
    return False


def _comma_before(view: View, j: int) -> int:
    """Return the comma before token ``j``, past closing quotation marks ("tidak benar seperti itu, | ’’ | jelasnya"),
    or -1 when none is there."""
    k = j - 1
    while k >= 0 and view.tokens[k].text in QUOTE_CHARS and view.tokens[k].text not in OPENING_QUOTES:
        k -= 1
    return k if k >= 0 and view.tokens[k].text in ",،" else -1


def _subject_pronoun_at(view: View, k: int) -> bool:
    """True when token ``k`` is a subject pronoun (no article or relative) opening a clause of its own after a
    comma: "denied the April reports, | they have not yet spoken out ...", no part of the claim before it. Not an
    aside closed by a comma ("نفى محمد صالح، | وهو قيادي في الحزب، | وجود خلافات"), nor where the verb comes second,
    as a noun's reported content opens so ("widersprach der Darstellung, | sie habe davon gewusst")."""
    if view.rules.verb_second or not view.is_a("pronouns", k):
        return False
    if view.is_a("determiners", k) or view.is_a("relatives", k):
        return False
    reach = range(k + 1, min(len(view), k + _ASIDE_WORDS + 1))
    return not any(view.tokens[m].text in ",،" for m in reach)


def _marker_after_aside(view: View, i: int, k: int) -> bool:
    """True when the complementiser at token ``k`` follows an aside set off by commas right after the verb
    ending at token ``i``: "negou, em nota, | que ...", "negó, en declaraciones a la prensa, | que ...". Where the
    script has no capitals, a claim word after any comma opens the object, the relative clause after it its own
    ("نفى الوزير، في بيان صدر مساء الثلاثاء، | صحة الأنباء التي تداولتها ...")."""
    if not view.rules.cased and view.is_a("claim_nouns", k):
        return True
    return view.tokens[i].text in ",،" and view.is_a("claim_markers", k)


def _relative_at(view: View, k: int) -> bool:
    """True when a relative clause opens at token ``k``, maybe after a preposition and an article: "which it
    called", "a las que calificó de …"."""
    for m in range(k, min(len(view), k + _RELATIVE_LEAD + 1)):
        if not view.tokens[m].is_word:
            return False
        if view.is_a("relatives", m):
            return True
    return False


def _participle_at(view: View, k: int) -> bool:
    """True when a participle clause opens at token ``k``, maybe after an object pronoun ("les qualifiant")."""
    return any(is_participle(view, m) for m in range(k, min(k + 2, len(view))))


def _adverbial_after_object(view: View, i: int, comma: int, k: int) -> bool:
    """True when an adverbial opens at token ``k`` after the ``comma`` closing an object begun from token ``i``
    ("avoir dissimulé des pertes, | lors de son audition": when, not what); not an aside before the object ("On
    dément formellement, | à Matignon, | les rumeurs"), nor in a script without capitals, whose adverbials open
    asides anywhere ("ونفى الوزير، | في بيان، | ...")."""
    if not view.rules.cased or not view.is_a("adverbials", k):
        return False
    return any(view.tokens[m].is_word and not view.is_stop(m) for m in range(i, comma))


def _agent_participle_at(view: View, k: int) -> bool:
    """True when a past participle and its agent open at token ``k`` ("…, | évoqué par le quotidien Marca"): what
    the phrase before the comma underwent, no part of it."""
    return k + 1 < len(view) and view.has_form(view.rules.passive_form, k) and view.is_a("agent_markers", k + 1)


def participle_clause(view: View, k: int) -> bool:
    """True when token ``k`` is a participle opening a clause after a comma ("..., denying reports"), maybe after
    an object pronoun spelt as an article (fr "..., la jugeant erronée": the pronoun is no subject)."""
    if not is_participle(view, k):
        return False
    opening = k - 1 if k > 1 and view.tokens[k - 1].is_word and view.is_a("determiners", k - 1) else k
    # The comma may close a quotation before it: 'said the report was “false,” | adding …'.
    if opening > 1 and view.tokens[opening - 1].text in QUOTE_CHARS and view.tokens[opening - 2].text == ",":
        opening -= 1
    # An adverbial participle needs no comma: "ورد المتحدث على الاتهامات | قائلا إنها ...".
    return opening > 0 and (view.tokens[opening - 1].text == "," or view.rules.adverbial_participle)


def is_participle(view: View, k: int) -> bool:
    """True when token ``k`` has the language's participle form and is no name: inside a sentence, a capital
    makes "Armando" and "Fernando" given names ("El portavoz, Armando Benedetti, negó"); or when it is the verb
    right after a statement that a light verb issues, which it describes as a participle would ("وأصدر الجيش
    بيانا | ينفي فيه", "a statement denying")."""
    form = view.rules.participle
    token = view.tokens[k]
    if form is None or (k > 0 and view.rules.cased and token.capitalized):
        return False
    if k == 0 and view.rules.cased and token.capitalized and _surname_opening(view):
        return False
    return form.fullmatch(token.text.lower()) is not None or _describes_statement(view, k)


def _surname_opening(view: View) -> bool:
    """True when the capitalised word opening the sentence is a name of the participle's form, not a participle:
    a recognised name, or one a finite verb follows, past adverbs ("Песков | также опроверг, что …")."""
    m = 1
    while m < len(view) and view.is_a("skip", m):
        m += 1
    return view.is_named(0) or (m < len(view) and is_finite(view, m))


def _describes_statement(view: View, k: int) -> bool:
    """True when a ``statement_nouns`` word stands before token ``k``, maybe with adverbs or a short phrase of
    where between ("بيانا رسميا", "بيانا على موقعها الرسمي"), but no other stop word ("بيانا قال إن الحكومة نفت")."""
    if not view.tokens[k].is_word or view.is_a("skip", k):
        return False
    for m in range(k - 1, max(-1, k - 1 - _STATEMENT_GAP), -1):
        if view.is_a("statement_nouns", m):
            return True
        if not view.tokens[m].is_word or (view.is_stop(m) and not view.is_a("skip", m)):
            return False
    return False


def is_finite(view: View, k: int) -> bool:
    """True when token ``k`` looks like a finite verb (``verb_like``, lower case)."""
    form = view.rules.verb_like
    text = view.tokens[k].text
    return form is not None and view.tokens[k].is_word and text.islower() and form.fullmatch(text) is not None


def after_marker(view: View, k: int, end: int) -> Span | None:
    """Return the claim a complementiser ending at token ``k`` opens, up to token ``end``: from the word an elided
    complementiser is glued to ("a démenti qu'|un otage ait été libéré"), else from token ``k``; None if empty."""
    span = view.span_of(k, end)
    marker = view.tokens[k - 1]
    elision = max(marker.text.rfind("'"), marker.text.rfind("’"))
    if elision < 0:
        return span
    start, stop = marker.start + elision + 1, marker.end if span is None else span.end
    return Span(view.text[start:stop], start, stop)


def judged_clause_start(view: View, j: int, end: int) -> int | None:
    """Return where the clause a verdict ending at token ``j`` judges starts when the verdict comes first ("Jadi
    tidak benar | Djarot dibawa ke rumah sakit"): right after it (and a complementiser), when at least two words
    stand before ``end`` and the first neither links nor stops a phrase ("tidak benar | sama sekali", "tidak
    benar | adanya.", "tidak benar, | kata X"); else None."""
    k = view.lexicon_end("claim_markers", j) or j
    while k < end and (skipped := view.lexicon_end("skip", k)) is not None:
        k = skipped  # "tidak benar kalau | diklaim | Ketua KPK meminta …": who claims it is no part of it
    if end - k < 2 or not view.tokens[k].is_word or view.is_stop(k):
        return None
    return None if view.is_a("copulas", k) or view.is_a("conjunctions", k) else k


def object_relative(view: View, i: int) -> bool:
    """True when the clause of the verb at ``i`` opens with a complementiser that is no relative pronoun of the
    language and carries no subject, right after a claim noun: the object relative, whose antecedent is the
    verb's object (fr "Des accusations | que | rejette la direction": the subject relative is "qui"; not "qu'il")."""
    opener = clause_start(view, i)[1]
    return (
        opener is not None
        and view.is_a("claim_markers", opener)
        and not view.is_a("relatives", opener)
        and not view.is_a("pronouns", opener)
        and claim_before(view, opener)
    )


def claim_before(view: View, opener: int) -> bool:
    """True when a claim noun ends right before the relative pronoun at ``opener`` (a comma may stand between)."""
    last = opener - 1 if opener > 0 and view.tokens[opener - 1].text == "," else opener
    antecedent = view.find("claim_nouns", max(0, last - 2), last)
    return antecedent is not None and antecedent[1] == last


def thing_relative(view: View, k: int) -> bool:
    """True when token ``k`` is a relative pronoun right after a claim word naming a thing (``thing_nouns``):
    "the video that | the ministry published" opens a relative clause describing the video, not what was
    claimed ("reports that | the minister resigned")."""
    return k > 0 and view.is_a("relatives", k) and view.is_a("thing_nouns", k - 1)


def object_clitic(view: View, i: int, j: int) -> bool:
    """True when the verb at tokens ``[i, j)`` carries its object pronoun, glued to it (``object_clitic``: pt
    "negou-o"), right before it (``proclitics``: es "el delantero lo negó", pt "o autarca a desmentiu") or before
    its particle (``particle_objects``: en "brushed | them | aside")."""
    if i > 0 and view.is_a("proclitics", i - 1):
        return True
    if j - i == 3 and view.is_a("particle_objects", i + 1):
        return True  # verb, pronoun, particle: no longer trigger ("insisted that … was not") holds one
    return view.has_form(view.rules.object_clitic, j - 1)


def subject_in_verb(view: View, i: int, j: int) -> bool:
    """True when a finite verb carries its own subject in a pro-drop language ("Negou ainda que ...", "Negó
    haber ..."): a party denies, named in an earlier sentence. Only the finite forms the file calls
    ``verb_like`` (past tenses) count, so an infinitive ("Negar que ...") names nobody. The verb may follow a
    trigger that ends on its negation (ru "Виновным себя не | признал")."""
    if not view.rules.pro_drop:
        return False
    verbs = [i, j] if j < len(view) and view.is_a("negators", j - 1) else [i]
    return any(view.has_form(view.rules.verb_like, k) for k in verbs)
