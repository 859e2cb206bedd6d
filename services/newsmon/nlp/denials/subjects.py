"""Subjects that stand away from their verb: before a parenthetical insertion or a fronted object (coordinated
subjects are ``conjuncts``'s).

"Khan, speaking at a rally in Lahore, denied": the phrase before the insertion is the subject, not the last
words of the insertion. "Песков эти сообщения опроверг": the phrase before the object is. The rules read the
comma structure and the language's word lists (relative pronouns, participles, prepositions, adverbials), no
parser.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import claim_before, clause_start, is_participle, object_relative
from newsmon.nlp.denials.issuers import claim_word
from newsmon.nlp.denials.names import Party, party, phrase_kind
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.phrases import glued_pronoun, subject_before
from newsmon.nlp.denials.shared_subjects import fronted_aside
from newsmon.nlp.denials.subject_edges import speaks_for
from newsmon.nlp.denials.tokens import HARD_STOPS
from newsmon.nlp.denials.view import View

_ADDRESSEE_WORDS = 4  # "told | Business Insider | that they": words naming who was told
_GAPPED_SPEECH = 8  # "ließ | über seinen Verteidiger | erklären,": the words of a gapped speech verb before its comma


def elided_subject(view: View, i: int) -> Party | None:
    """Return the pronoun glued to the complementiser that opens the clause of the verb at token ``i`` (fr "…,
    qu'il dément", "ce qu'elle nie": the pronoun after the apostrophe), when only stop words (adverbs,
    auxiliaries) stand between them; None otherwise. The file's ``pronouns`` list the glued forms."""
    lo, opener = clause_start(view, i)
    if opener is None or not view.is_a("pronouns", opener) or any(not view.is_stop(k) for k in range(lo, i)):
        return None
    glued = glued_pronoun(view, opener)
    return glued if glued.name.text != view.tokens[opener].text else None  # no elision: the opener is no pronoun


def interrupted_subject(view: View, i: int) -> Party | None:
    """Return the subject before an insertion that separates it from the verb at token ``i``.

    The insertion opens after a comma with a relative pronoun, a participle, a preposition or an adverbial
    and closes with a comma before the verb ("Carlos Mendoza, who served ..., has denied", "The federation,
    in a statement ..., denied"); an adverbial ("Bojan Hodak, melalui konferensi pers membantah") needs no
    closing comma. Returns None when the verb has no such insertion before it, or nothing names a subject.
    """
    k = i - 1
    while k >= 0 and view.tokens[k].is_word and view.is_stop(k):
        if view.is_a("conjunctions", k):
            return None  # "X said it operated throughout Mexico, including the capital, and denied": coordinated
        k -= 1  # "has", "categorically": auxiliaries and adverbs between the insertion and the verb
    closed = k >= 0 and view.tokens[k].text == ","
    if not closed:
        k, closed = _past_final_object(view, k)
    opening = _opening_comma(view, k - 1 if closed else k)
    if opening is None or opening + 1 >= i:
        return None
    if closed:
        lo, opener = clause_start(view, i)
        if lo > k:
            return None  # "…, including the capital, and denied": a coordinated clause, no insertion
        if opener is not None:
            # The opener may open the insertion itself, which holds commas of its own: "Rahmat Bagja, | saat
            # ditemui di Gedung DPR, Senayan, Rabu, | menampik".
            lo = min(lo, opener - 1)
        first = _first_insertion(view, opening, lo)
        if first is not None and first < opening and fronted_aside(view, first) and _opens_insertion(view, opening + 1):
            first = opening  # "Procurada pela reportagem, a Petrobras, | por meio de nota, | negou": the last insertion
        opening = first
    elif not view.is_a("adverbials", opening + 1):
        return None
    if opening is None or fronted_aside(view, opening):
        return None  # "Interrogé par franceinfo, | le maire …, a réfuté": the subject follows the aside
    through = view.lexicon_end("adverbials", opening + 1)
    if closed and through is not None and _spokesperson(view, through, k):
        return party(view, through, k)  # "Kejaksaan Agung, lewat | Kapuspenkum Harli Siregar, | menepis"
    found = subject_before(view, opening)
    if found is not None and _prepositional(view, view.index(found.start)):
        return None  # "Tomando a defesa do filme, | numa sala atulhada, | o bastonário …, negou": an adverbial
    return found


def _prepositional(view: View, k: int) -> bool:
    """True when token ``k`` is a preposition that is no article ("numa", "en", not pt "a"): it opens an adverbial,
    never a subject."""
    return view.is_a("np_end", k) and not view.is_a("determiners", k)


def _spokesperson(view: View, lo: int, hi: int) -> bool:
    """True when the words ``[lo, hi)`` of an insertion after its adverbial's opener are a role or a title and the
    name it introduces, who speaks for the subject ("lewat | Kepala Pusat Penerangan Hukum Harli Siregar"): one
    phrase, no article before the role (whom it was said before, "devant le juge Dupont") and no list of whom it
    answered ("en respuesta al parlamentario …, Carlos Aymerich, del BNG")."""
    if lo >= hi or not (view.is_a("role_nouns", lo) or view.is_a("titles", lo)):
        return False
    return all(view.tokens[m].text != "," for m in range(lo, hi)) and speaks_for(view, lo, hi)


def _first_insertion(view: View, opening: int, lo: int) -> int | None:
    """Return the comma opening the insertion that ends before the verb: the one at ``opening`` (its words may
    hold a clause opener: "X, who served ... before stepping down, has denied"), or an earlier one in the
    verb's clause (from ``lo``), as an insertion may hold commas of its own ("El diputado, en respuesta al
    parlamentario del grupo Mixto, Carlos Aymerich, del BNG, negó"). None when none of them opens one."""
    first = opening if _opens_insertion(view, opening + 1) else None
    found = _opening_comma(view, opening - 1)
    while found is not None and found >= lo:
        # "Speaking to reporters in Brussels, | the foreign minister, Peter Szijjarto, | denied": the comma
        # closing a fronted aside opens no insertion.
        if _opens_insertion(view, found + 1) and not fronted_aside(view, found):
            first = found
        found = _opening_comma(view, found - 1)
    return first


def inverted_subject(view: View, i: int, j: int) -> Party | None:
    """Return the subject after the verb at tokens ``[i, j)`` in a pro-drop language, where it follows the verb
    when nothing but adverbs and clitics stand before the verb in its clause: a relative pronoun standing for a
    claim is then the object ("un hecho que siempre ha negado la rumana", "las acusaciones, que negó ayer el
    ministro"), or the verb opens the sentence and a named party or a role follows it ("Así lo negó ayer el
    ministro de Economía", "Negó el portavoz que ..."). None otherwise, or when what follows the verb is no
    party (a comma, a preposition, a claim: "informaciones que negaban los hechos" is a subject relative)."""
    if is_participle(view, i):
        return None  # "E contrariando as teses …, defendeu": a participle's subject is its main clause's
    lo, opener = clause_start(view, i)
    if any(view.tokens[k].is_word and not view.is_stop(k) for k in range(lo, i)):
        return None  # "las acusaciones que el ministro negó": the subject stands before the verb
    if not view.rules.pro_drop and not object_relative(view, i):
        return None
    if (
        opener is not None
        and not object_relative(view, i)
        and not (view.is_a("relatives", opener) and claim_before(view, opener))
    ):
        return None
    if j < len(view) and view.is_a("claim_markers", j):
        return None  # "ونفى أن تكون بلاده ...": the complement clause follows, its subject is no denier
    found = phrase_after(view, j, stop_at_claims=True)
    if found is None:
        return None
    first, last = view.index(found.name.start), view.index(found.name.end)
    if view.is_a("np_end", first) or view.find("claim_nouns", first, last + 1) is not None:
        return None
    if opener is None and found.role is None and phrase_kind(view, first, last) == "other":
        return None  # "Negó la existencia de un pacto": the object, the subject unstated
    return found


def _past_final_object(view: View, k: int) -> tuple[int, bool]:
    """Return the comma before the object that ends at token ``k`` right before a verb closing its clause, and
    True ("Бывший губернатор, обвиняемый во взятке, | свою вину | отрицает"): the insertion closes there; else
    ``k`` and False."""
    comma = _opening_comma(view, k)
    if comma is None or comma == k or view.find("claim_nouns", comma + 1, k + 1) is None:
        return k, False
    if not all(view.tokens[m].is_word for m in range(comma + 1, k + 1)):
        return k, False
    return comma, True


def _opening_comma(view: View, k: int) -> int | None:
    """Return the comma that opens the insertion ending at token ``k``, or None before a hard stop."""
    while k >= 0:
        token = view.tokens[k]
        if token.text == ",":
            return k
        if not token.is_word and token.text in HARD_STOPS:
            return None
        k -= 1
    return None


def _opens_insertion(view: View, k: int) -> bool:
    """True when token ``k`` opens a parenthetical: "who", "speaking", "in a statement", "via", "didampingi",
    an apposition's article ("X, the former minister who ..., has denied") or an age ("Ana Duarte, 34, denies")."""
    return (
        view.is_a("relatives", k)
        or view.is_a("articles", k)
        or view.tokens[k].text.isdigit()
        or view.is_a("np_end", k)
        or view.is_a("possessor_markers", k)  # "El Unterhaching, de la primera división alemana, desmintió"
        or view.is_a("role_complements", k)  # where one lives: "Mr Jones, of Cardiff, denies"
        or view.is_a("adverbials", k)
        or view.is_a("companions", k)
        or is_participle(view, k)
        or _passive_participle(view, k)
        or _insertion_participle(view, k)
        or _described_apposition(view, k)
    )


def _described_apposition(view: View, k: int) -> bool:
    """True when token ``k`` opens a lower-case description whose complement names what it belongs to ("La
    empresa, | propiedad del grupo Vinci, | negó", "O autarca, | antigo ministro da Defesa, | negou"): it describes
    the phrase before it, whose name the complement is not. A title or a description with no preposition before a
    name ("…, lord Russell-Johnston, rechazó") names the party itself."""
    token = view.tokens[k]
    if not view.rules.cased or not token.is_word or token.capitalized or view.is_stop(k) or view.is_a("titles", k):
        return False
    for m in range(k + 1, len(view)):
        if not view.tokens[m].is_word:
            return False
        if view.tokens[m].text.islower() and any(
            view.is_a(name, m) for name in ("possessor_markers", "np_end", "name_joiners")
        ):
            return True
    return False


def _insertion_participle(view: View, k: int) -> bool:
    """True for a lower-case adjectival participle (``insertion_participle``): after a comma it opens an
    apposition ("Бывший глава банка, | обвиняемый в растрате, | отрицает"); after a claim it only describes it,
    so it is no ``participle`` that ends a clause ("видео, якобы показывающее удар")."""
    capitalised = view.rules.cased and view.tokens[k].capitalized
    return not capitalised and view.has_form(view.rules.insertion_participle, k)


def _passive_participle(view: View, k: int) -> bool:
    """True for a lower-case passive participle before its agent or a preposition: "La ministra, preguntada por
    los periodistas, negó", "The minister, asked about the report, denied"."""
    if k + 1 >= len(view) or (view.rules.cased and view.tokens[k].capitalized):
        return False
    before_agent = view.is_a("agent_markers", k + 1) or view.is_a("np_end", k + 1)
    return before_agent and view.has_form(view.rules.passive_form, k)


def reported_subject(view: View, found: Party) -> Party:
    """Return the named subject of the speech verb right before a pronoun subject ("Patel said he dismissed
    the reports": Patel; "Patel told reporters that he ...": the one told may stand between), else ``found``:
    the pronoun of reported speech stands for the one reporting."""
    i = view.index(found.name.start)
    # Not a first person, who speaks in a quotation; "it" stands for a body: "The ministry said it had dismissed".
    if not found.pronoun or view.is_a("first_person", i) or view.is_a("determiners", i):
        return found
    k = i - 1
    if k > 0 and view.is_a("claim_markers", k):
        k -= 1  # "said that he"
    elif k > 0 and view.tokens[k].text == ",":
        # "ließ über seinen Verteidiger erklären, | er bestreite": a speech verb (maybe gapped) ending at the comma.
        k = next(
            (m for m in range(k - 1, max(-1, k - _GAPPED_SPEECH), -1) if view.lexicon_end("speech_verbs", m) == k), k
        )
    addressee = k
    while addressee > k - _ADDRESSEE_WORDS and addressee > 0 and view.tokens[addressee].is_word:
        if view.is_stop(addressee):
            break
        addressee -= 1  # "told Business Insider (that) they": the one told stands between
    if view.is_a("speech_verbs", addressee):
        k = addressee
    if k < 1 or not view.is_a("speech_verbs", k):
        return found
    named = subject_before(view, k)
    return named if named is not None and not named.pronoun else found


def before_fronted_object(view: View, i: int, found: Party) -> Party:
    """Return the subject before an object that precedes its verb in a free-order language ("Министр
    обороны информацию о гибели солдат опроверг": the minister, not the soldiers), else ``found``; ``i`` is
    the verb's token."""
    lo = clause_start(view, i)[0]
    claim = claim_word(view, lo, i)
    if claim is None:
        return found
    end = view.index(found.name.end)
    if end < claim[0] and any(view.tokens[k].text == "," for k in range(end, claim[0])):
        return found  # "Глава района, комментируя публикацию газеты, назвал": the claim word is the insertion's
    start = claim[0]
    while start > lo and view.is_a("determiners", start - 1):
        start -= 1  # "Эту | информацию"
    if not any(view.tokens[k].is_word and not view.is_stop(k) for k in range(lo, start)):
        return found  # "Слухи опровергли родственники": the object opens the clause, the subject follows
    return subject_before(view, start) or found


def after_fronted_object(view: View, found: Party) -> Party | None:
    """Return the subject closing a phrase that opens with the object before their verb, in a free-order
    language ("Обвинения в коррупции | министр | назвал клеветой", "Эти сообщения в | пресс-службе | назвали"):
    the last role or body word after the claim word, maybe after a place's preposition; None when there is
    none or a preposition governs it ("Обвинения против министра": the object's own)."""
    claim = fronted_claim(view, found)
    if claim is None:
        return None
    hi = view.index(found.name.end)
    for k in range(hi - 1, claim[1] - 1, -1):
        if view.is_a("role_nouns", k) or view.is_a("org_words", k):
            # A preposition of one word or more ends right before it ("против | министра", "в адрес | министра").
            governed = any(view.lexicon_end("np_end", j) == k for j in range(claim[1], k))
            return None if governed and not view.is_a("agent_places", k - 1) else party(view, k, hi)
    return None


def fronted_claim(view: View, found: Party) -> tuple[int, int] | None:
    """Return the token range of the claim word that opens the phrase ``found`` (maybe after determiners:
    "Эти | сообщения"), or None when the phrase does not open with a claim."""
    lo = view.index(found.start)
    claim = view.find("claim_nouns", lo, view.index(found.name.end))
    if claim is None or any(not view.is_a("determiners", k) for k in range(lo, claim[0])):
        return None
    return claim
