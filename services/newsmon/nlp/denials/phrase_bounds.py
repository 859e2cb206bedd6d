"""Where a noun phrase starts and ends: the phrase after a word ("said | Marsha Catron", "oleh | aparat
polisi"), the phrase opening at a word, the run of phrase words right before one, and whether a range is one
phrase. ``phrases`` finds subjects with them.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.issuers import document_end
from newsmon.nlp.denials.names import Party, has_word, party, phrase_kind
from newsmon.nlp.denials.places import place_end
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.view import View

MAX_NP = 20
COMMAS = (",", "،")  # the Latin and the Arabic comma: an apposition follows either
_NAME_WORDS_UNCASED = 3  # "محمد بن سلمان": longer appositions are descriptions


def phrase_at(view: View, lo: int, hi: int) -> Party | None:
    """Return the noun phrase that starts at token ``lo`` (before ``hi``), or None when a stop word or a
    preposition starts there ("Am Montag", "In Berlin"; not the article of the same spelling: "A Rússia")."""
    while lo < hi and not view.tokens[lo].is_word and view.tokens[lo].text in QUOTE_CHARS:
        lo += 1
    if lo >= hi or view.is_stop(lo) or (view.is_a("np_end", lo) and not has_article(view, lo, hi)):
        return None
    end = lo
    while end < hi and end - lo < MAX_NP and not view.is_stop(end) and not _passive_at(view, end):
        end += 1
    return party(view, lo, end) if has_word(view, lo, end) else None


def _passive_at(view: View, k: int) -> bool:
    """True when a passive's auxiliary and participle start at token ``k``: they end the subject before them
    ("O ministro | foi questionado, mas negou"), as no verb of other form may stand inside it."""
    return k + 1 < len(view) and view.is_a("passive_aux", k) and view.has_form(view.rules.passive_form, k + 1)


def has_article(view: View, lo: int, hi: int) -> bool:
    """True when token ``lo`` is a determiner before a noun-phrase word: pt "a" is "to" or "the", and
    "A Rússia anunciou" opens with the article."""
    nxt = lo + 1
    if not view.is_a("determiners", lo) or nxt >= hi or not view.tokens[nxt].is_word:
        return False
    return not (view.is_stop(nxt) or view.is_a("np_end", nxt))


def phrase_after(view: View, i: int, *, stop_at_claims: bool = False) -> Party | None:
    """Return the noun phrase starting at token ``i`` ("said | Marsha Catron", "oleh | aparat polisi").

    A role followed by a name in apposition is read as both: "kata Syuriah NU NTB, TGH Ma’arif Makmun".
    """
    # A stop phrase may hold quotation marks: ru "сообщил | «Интерфаксу» | источник", the outlet addressed.
    while i < len(view) and view.is_stop(i) and (view.tokens[i].is_word or view.tokens[i].text in QUOTE_CHARS):
        i += 1
    j = _phrase_end(view, i, stop_at_claims)
    if not has_word(view, i, j):
        return None
    found = party(view, i, j)
    kind = phrase_kind(view, i, j)
    affiliated = affiliation_end(view, j, stop_at_claims) if kind == "role" else None
    if affiliated is not None:
        # The body an unnamed source belongs to is part of it: "مصدر | في الرئاسة", "مصادر مقربة | من الحكومة".
        j = affiliated
        whole = view.span_of(i, j)
        found = Party(whole, whole) if whole is not None else found
    placed = place_end(view, j) if kind in ("role", "role+name") else j
    if placed > j and placed < len(view) and view.tokens[placed].text in COMMAS:
        j = placed  # the office's seat before the name in apposition: "el portavoz del PSOE | en el Congreso |, López"
    elif placed > j and kind == "role":
        # The seat of an office no name follows is part of it: "zanjó la delegada del Gobierno | en Madrid".
        j = placed
        found = party(view, i, j)
    listed = _listed_office_end(view, j) if kind in ("role", "role+name") else None
    if listed is not None and listed < len(view) and view.tokens[listed].text in COMMAS:
        j = listed  # the office's fields listed: "Kepala Pusat Data, Informasi, dan Komunikasi BNPB |, Abdul Muhari"
    if j < len(view) and view.tokens[j].text in COMMAS:
        # An article and a title may open the name in apposition: "le porte-parole, le colonel | Pierre Dumont",
        # "l'avocat de la famille, Me | Laurent Giraud".
        title = view.lexicon_end("titles", j + 2 if view.is_a("determiners", j + 1) else j + 1)
        if _described_person(view, found, kind, title):
            # A title, or a phrase the role list does not know, before a name: "dibantah Kasat Resnarkoba
            # Polrestabes Medan, AKBP | Jama Kita Purba", "ujar bek Persija Jakarta, | Rizky Ridho".
            start = j + 1 if title is None else title
            k = _phrase_end(view, start, stop_at_claims)
            if not view.is_a("time", start) and is_phrase(view, start, k) and phrase_kind(view, start, k) == "name":
                return Party(party(view, start, k).name, view.span_of(i, j))
        if kind in ("role", "role+name"):
            if title is None and not view.rules.cased:
                title = view.lexicon_end("role_nouns", j + 1)  # "المتحدث باسم الخارجية، السفير | أحمد أبو زيد،"
            start = j + 1 if title is None else title
            k = _phrase_end(view, start, stop_at_claims)
            # Not an aside a preposition opens: "رئيس الوزراء، | خلال لقائه وفدا، | ..." says when, not who.
            aside = view.is_a("np_end", start)
            if (
                not aside
                and is_phrase(view, start, k)
                and (phrase_kind(view, start, k) == "name" or _enclosed_name(view, start, k))
            ):
                return Party(party(view, start, k).name, view.span_of(i, j))
        elif kind == "other" and view.rules.cased and has_article(view, i, j):
            # A body described, then named between commas: "rejected by the operator, | Island Link |, which said".
            k = _phrase_end(view, j + 1, stop_at_claims)
            if k < len(view) and view.tokens[k].text in COMMAS and phrase_kind(view, j + 1, k) == "name":
                return Party(party(view, j + 1, k).name, view.span_of(i, j))
        elif kind == "name":
            # "said Dana Reyes, a spokeswoman for the port authority": the role in apposition after.
            k = next((m for m in range(j + 1, len(view)) if view.tokens[m].text in ",،.;:"), len(view))
            if view.find("role_nouns", j + 1, k) is not None and k - j <= MAX_NP:
                return Party(found.name, view.span_of(j + 1, k), found.pronoun)
    return found


def affiliation_end(view: View, j: int, stop_at_claims: bool) -> int | None:
    """Return where the body a role with no name belongs to ends, when an ``affiliations`` word at token ``j`` opens
    it and a role, a body or a recognised name follows ("مصدر | في الرئاسة |", "مصدر مقرب | من الحكومة |"); None
    otherwise ("مصدر | في مؤتمر صحفي" says where it was said)."""
    marker = view.lexicon_end("affiliations", j) if j < len(view) else None
    if marker is None or marker >= len(view):
        return None
    end = _phrase_end(view, marker, stop_at_claims)
    if not has_word(view, marker, end):
        return None
    named = any(view.is_a(name, marker) for name in ("org_words", "role_nouns")) or view.is_named(marker)
    return end if named else None


def _listed_office_end(view: View, j: int) -> int | None:
    """Return where an office's name that lists its fields after the comma at token ``j`` ends ("Kepala Pusat
    Data, | Informasi, dan Komunikasi Kebencanaan BNPB", "Menteri Pendidikan, | Kebudayaan, Riset, dan
    Teknologi", "Kepala Pusat Data, | Informasi dan Humas BNPB"): names between commas, the last after a conjunction
    (with a comma before it or none); None when no such list follows or a name the
    recogniser found opens it."""
    if j + 1 < len(view) and view.is_named(j + 1):
        return None  # a name the recogniser found is apposed: "juru bicara, | Budi Santoso, dan Kabid Humas, Ani"
    k = j
    while k < len(view) and view.tokens[k].text in COMMAS:
        start = k + 1
        last = start < len(view) and view.is_a("conjunctions", start)
        start += last
        end = _phrase_end(view, start, False)
        if end == start or phrase_kind(view, start, end) == "other":
            return None  # fields are named in capitals, a role's among them ("dan Humas BPBD")
        # The last field may follow a conjunction with no comma: "Kepala Pusat Data, | Informasi dan Humas BNPB".
        if last or view.find("conjunctions", start, end) is not None:
            return end
        k = end
    return None


def _described_person(view: View, found: Party, kind: str, title: int | None) -> bool:
    """True when a phrase of ``kind`` before a comma describes the person named after it: a title opens the
    apposition, or the phrase is a description no role word heads ("bek Persija", "Jaksa Agung Muda Tindak
    Pidana Khusus"); not a pronoun ("kata dia, | Senin").
    """
    return view.rules.cased and not found.pronoun and (title is not None or kind == "other")


def _enclosed_name(view: View, lo: int, hi: int) -> bool:
    """True when ``[lo, hi)`` is a short apposition between commas that opens with a name word, maybe after
    a title, in a script without capitals: "المتحدث باسم الحكومة، محمد العلي، ...", "، العقيد أحمد المسماري،"
    (a family name may carry the article "ال")."""
    first = view.lexicon_end("titles", lo) or lo
    return (
        not view.rules.cased
        and hi - first <= _NAME_WORDS_UNCASED
        and hi < len(view)
        and view.tokens[hi].text in COMMAS
        and first < hi
        and view.is_name_word(first)
        and view.find("role_nouns", first, hi) is None
    )


def run_before(view: View, i: int) -> Party | None:
    """Return the noun-phrase words right before token ``i`` ("Shekau's | denial"), or None."""
    lo = run_start(view, clause_start(view, i)[0], i)
    return party(view, lo, i) if has_word(view, lo, i) else None


def is_phrase(view: View, lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` form one noun phrase (words, no verb, adverb or hard mark)."""
    return has_word(view, lo, hi) and not any(view.is_stop(k) for k in range(lo, hi))


def run_start(view: View, lo: int, hi: int) -> int:
    """Return where the run of noun-phrase words ending at ``hi`` starts (not before ``lo``); a subject pronoun
    ends the run alone ("told reporters | he rejected": a reported clause with no complementiser)."""
    if hi - 1 > lo and view.is_a("pronouns", hi - 1) and not view.is_a("determiners", hi - 1):
        return hi - 1
    j = hi
    while j > lo and hi - j < MAX_NP and not view.is_stop(j - 1):
        j -= 1
    while j < hi and not view.tokens[j].is_word and view.tokens[j].text not in "(@":
        j += 1
    # A role's complement joins a phrase to the noun before it, so it opens none: "spoke | of | the player who
    # denied". (Other prepositions open adverbials that callers tell apart: "numa sala", "en un primer momento".)
    while j < hi - 1 and view.is_a("role_complements", j) and not view.is_a("determiners", j):
        j += 1
    return j


def _phrase_end(view: View, i: int, stop_at_claims: bool) -> int:
    # A document and its owner are one phrase, read from the owner on: "بيان صادر عن | وزارة الداخلية".
    i = document_end(view, i) or i
    j = i
    while j < len(view) and j - i < MAX_NP:
        token = view.tokens[j]
        # A slash joins two offices of one person: "Menteri PPN/Kepala Bappenas, Bambang Brodjonegoro".
        # The quotation marks and the name's first word, which would read as a quoted sentence's first word.
        if _quoted_place(view, i, j) or (j == i + 2 and _quoted_place(view, i, i + 1)):
            j += 1
            continue
        if not token.is_word and token.text not in "’'()@.-/":
            break
        joins_names = view.is_a("conjunctions", j) and j + 1 < len(view) and view.is_name_word(j + 1)
        ends = view.is_a("np_end", j) or view.is_stop(j) or view.is_a("conjunctions", j)
        if j > i and ends and not joins_names:
            break
        if j > i and view.is_a("demonstratives", j - 1):
            break  # a demonstrative after its noun closes the phrase: "dibantah Beijing itu | muncul lagi"
        if stop_at_claims and j > i and (view.is_a("claim_nouns", j) or view.is_a("claim_markers", j)):
            break
        before_claim = stop_at_claims and j > i and j + 1 < len(view) and view.is_a("claim_nouns", j + 1)
        if before_claim and view.rules.cased and not token.capitalized:
            break  # "der Sprecher | die Berichte": the object's article
        if j > i and (_object_after_definite(view, i, j) or view.is_a("owned_deeds", j)):
            break  # "ونفت اللاعبة سارة حسين | اعتزالها": a deed owned by its subject is the object
        if j > i and _definite(view, j - 1) and _definite(view, j) and view.is_a("document_nouns", j):
            break  # "ونفت الوزارة | البيان الصادر عن ...": no genitive after a definite noun; the object follows
        if j > i and _reduced_relative(view, j):
            break  # "según el comunicado del banco | remitido a la CNMV": the participle describes the noun
        if j > i and _after_capital_noun(view, j):
            break  # "durch die Regierung | erfolgte": a verb after the noun that heads the phrase
        j += 1
    return j


def _after_capital_noun(view: View, j: int) -> bool:
    """True when token ``j`` is a lower-case content word right after a capitalised one, where every noun is
    capitalised (``capital_nouns``): a verb or an adverb after the phrase's head noun ("durch den Konzern | fiel"), as
    modifiers stand before it; not an article, a name's particle or a function word that goes on ("der Sprecher |
    des Ministeriums", "Ursula | von | der Leyen")."""
    token, before = view.tokens[j], view.tokens[j - 1]
    if not view.rules.capital_nouns or not token.is_word or token.capitalized or not before.capitalized:
        return False
    lists = ("determiners", "possessor_markers", "name_joiners", "role_complements", "conjunctions", "np_end")
    return not any(view.is_a(name, j) for name in lists)


def _reduced_relative(view: View, j: int) -> bool:
    """True when token ``j`` is a lower-case passive participle right after a content word and before a preposition
    or a time, where modifiers follow their noun ("el comunicado del banco | remitido a la CNMV", "la nota del club |
    difundida ayer", "o comunicado do banco | enviado à CMVM"): it opens a reduced relative clause on the noun, no
    part of its name. Not a role ("el consejero delegado"), nor after a determiner ("la embajada en Madrid": the
    noun itself)."""
    rules = view.rules
    if rules.modifier_first or not rules.cased or j + 1 >= len(view):
        return False
    token, before = view.tokens[j], view.tokens[j - 1]
    if not token.is_word or token.capitalized or not view.has_form(rules.passive_form, j):
        return False
    if not before.is_word or view.is_stop(j - 1) or view.is_a("determiners", j - 1) or view.is_a("role_nouns", j):
        return False
    return any(view.is_a(name, j + 1) for name in ("np_end", "agent_markers", "time"))


def _quoted_place(view: View, i: int, j: int) -> bool:
    """True when token ``j`` is a quotation mark around the name of the body a phrase opening with a place's
    preposition at ``i`` names ("сообщили | в «Роскосмосе»"): the marks are part of the phrase, not its end. The
    opening mark needs a capitalised word after it."""
    if j == i or view.tokens[j].text not in QUOTE_CHARS or not view.is_a("agent_places", i):
        return False
    if j == i + 1:
        return j + 1 < len(view) and view.tokens[j + 1].is_word and view.tokens[j + 1].capitalized
    return view.tokens[i + 1].text in QUOTE_CHARS


def _definite(view: View, k: int) -> bool:
    """True when token ``k`` has the definite form (``predicate_subject``: ar "الوزارة")."""
    form = view.rules.predicate_subject
    return form is not None and view.tokens[k].is_word and form.fullmatch(view.tokens[k].text) is not None


def _object_after_definite(view: View, i: int, j: int) -> bool:
    """True when token ``j`` is an indefinite word right after a definite one (``predicate_subject``) in a phrase
    that names a body (``org_words``): ar "ونفى الجيش السوداني | سيطرة ...", "الحكومة العراقية | ما ورد" (the
    object follows its subject); a person's name may follow a definite word ("اللاعب المصري محمد صلاح")."""
    return _definite(view, j - 1) and not _definite(view, j) and view.is_a("org_words", i)
