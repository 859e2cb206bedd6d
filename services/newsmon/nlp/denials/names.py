"""Names and roles inside a noun phrase: the Party a phrase names, split into the name and the stated role.

"Juru bicara Gedung Putih | Karine Jean-Pierre", "Produsen mobil | Astra", "AKBP | Heri Wahyudi": the
language's role nouns, titles and organisation words tell where the role ends and the name begins.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsmon.nlp.denials.issuers import PARTY_HEADS, document_end
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_MAX_NAME_WORDS = 5
_NAME_WORDS = 2
_POSSESSIVE = regex.compile(r"(?<=\w)['’]s?$")  # "club's", "players'"
_ELIDED_NAME = regex.compile(r"\p{Ll}['’]\p{Lu}")  # an article glued to a name: fr "l'UE", "d'Orange"
_SHORT_WORD = 3  # "the", "di", "of": a word this short before a name is a function word, not a description


@dataclass(frozen=True, slots=True)
class Party:
    """A denier candidate: the name (or the whole phrase when no name is stated) and the role, if stated;
    ``conjuncts`` are the parties coordinated before it ("Rita Okoye and | her husband")."""

    name: Span
    role: Span | None
    pronoun: bool = False
    conjuncts: tuple[Party, ...] = ()

    @property
    def start(self) -> int:
        """The character offset where the party's words start: its role's when the role comes first."""
        return self.name.start if self.role is None else min(self.name.start, self.role.start)


def self_subject(view: View, k: int) -> bool:
    """True for a speech word that carries its own subject (Indonesian "katanya", "tegasnya", "menurutnya"); not one
    opening its sentence, which tells hearsay ("Katanya kabar itu tidak benar": so people say), nobody speaking."""
    pattern = view.rules.self_subject
    if pattern is None or not pattern.fullmatch(view.tokens[k].text.lower()):
        return False
    return not view.is_a("hearsay", k) or any(view.tokens[m].is_word for m in range(k))


def party(view: View, lo: int, hi: int) -> Party:
    """Return the phrase ``[lo, hi)`` as a Party: the name split from the role when both are stated."""
    if hi - lo > 1 and view.is_a("agent_places", lo):
        lo += 1  # "В компании опровергли": the body named by its place
    whole = view.span_of(lo, hi) or view.span_of(lo, lo + 1)
    assert whole is not None  # callers pass a range holding a word
    owner = _document_owner(view, lo, hi)
    if owner is not None:
        return Party(owner, None)
    pronoun = hi - lo == 1 and (view.is_a("pronouns", lo) or self_subject(view, lo))
    title = _last_title(view, lo, hi)
    role_at = view.find("role_nouns", lo, hi)
    if title is not None:
        title_start, name_lo = title
        role = view.span_of(lo, title_start) if role_at is not None and role_at[0] < title_start else None
        return Party(view.span_of(name_lo, hi) or whole, role, pronoun)
    if role_at is None:
        described = _descriptor_end(view, lo, hi)
        if described is not None:  # "Produsen mobil | Astra", "tech giant | Nexora": a description, then the name
            return Party(view.span_of(described, hi) or whole, view.span_of(lo, described), pronoun)
        return Party(whole, None, pronoun)
    role_at = _complement_role(view, role_at, hi)
    after_role = _name_after_role(view, role_at[1], hi)
    if after_role is None or _office_place(view, role_at[0], role_at[1], hi) or _seat(view, after_role, hi):
        return Party(whole, view.span_of(lo, hi), pronoun)
    return Party(view.span_of(after_role, hi) or whole, view.span_of(lo, after_role), pronoun)


def is_possessive(word: str) -> bool:
    """True for a word in the possessive ("club's", "players'")."""
    return _POSSESSIVE.search(word) is not None


def _document_owner(view: View, lo: int, hi: int) -> Span | None:
    """Return the owner of a document the phrase ``[lo, hi)`` names ("The club's | statement", "El comunicado del |
    club", "بيان ل|وزارة الداخلية"): the party whose words it carries denies, not the document; None for any other
    phrase."""
    while hi > lo and not view.tokens[hi - 1].is_word:
        hi -= 1
    if hi - lo < _NAME_WORDS:
        return None
    possessive = _POSSESSIVE.search(view.tokens[hi - 2].text)
    if possessive is not None and view.is_a("document_nouns", hi - 1):
        found = view.span_of(lo, hi - 1)
        end = view.tokens[hi - 2].end - len(possessive.group())
        return None if found is None else Span(found.text[: end - found.start], found.start, end)
    owner = document_end(view, lo)
    found = view.span_of(owner, hi) if owner is not None and owner < hi else None
    if owner is None or found is None:
        return None
    clitic = view.rules.possessor_clitic
    size = 0 if clitic is None else glued_size(view, clitic, owner)  # "ل|وزارة": the marker is no part of the name
    return Span(found.text[size:], found.start + size, found.end)


def glued_size(view: View, form: regex.Pattern[str], k: int) -> int:
    """Return the length of the clitic ``form`` written onto token ``k`` before a whole role noun, title or body
    word (ar "و|النائب", "ل|وزارة"), or 0 when the token is no such word ("لبنان")."""
    text = view.tokens[k].text
    glued = form.match(text)
    if glued is None or glued.end() == len(text):
        return 0
    rest = text[glued.end() :]
    for name in PARTY_HEADS:
        head = view.rules.context[name].match(rest, 0)
        if head is not None and head.end() == len(rest):
            return glued.end()
    return 0


def _complement_role(view: View, role_at: tuple[int, int], hi: int) -> tuple[int, int]:
    """Return the last of a chain of roles each the complement of the one before ("Kuasa hukum | Bupati | Bogor",
    "Juru bicara | Presiden"): the holder's name, if any, follows the last; the office it names is no name."""
    while (found := view.lexicon_end("role_nouns", role_at[1])) is not None and found <= hi:
        role_at = (role_at[1], found)
    return role_at


def _family_name(view: View, lo: int, hi: int) -> bool:
    """True when ``[lo, hi)``, after a role ending at ``lo``, closes on a given name and a family name with the
    article ("الوزير | أحمد العلي", "وزير المالية | خالد المطيري"): the word before the given name is definite, so
    the role is complete; after a role in the construct state the words are its complement ("سفير | قطر الجديد")."""
    form = view.rules.predicate_subject
    given = hi - _NAME_WORDS
    if form is None or given < lo or given < 1 or not view.is_name_word(given) or view.is_stop(given):
        return False
    return all(form.fullmatch(view.tokens[k].text) is not None for k in (given - 1, hi - 1))


def phrase_kind(view: View, lo: int, hi: int) -> str:
    """Return the kind of the phrase ``[lo, hi)``: "name", "role" (without a name), "role+name", or "other"."""
    role_at = view.find("role_nouns", lo, hi)
    if role_at is not None:
        if _last_title(view, lo, hi) is not None or _name_after_role(view, role_at[1], hi) is not None:
            return "role+name"
        return "role"
    words = [k for k in range(lo, hi) if view.tokens[k].is_word]
    # Names joined by a conjunction ("Vance and Ortiz") are a name: the coordination splits them later.
    joined = [k for k in range(lo + 1, hi - 1) if view.is_a("conjunctions", k)]
    limit = _MAX_NAME_WORDS * (len(joined) + 1)
    if words and len(words) <= limit and all(view.is_name_word(k) or k in joined for k in range(lo, hi)):
        return "name"
    return "other"


def _name_after_role(view: View, lo: int, hi: int) -> int | None:
    """Return where a person's name starts after a role ("KPK | Febri Diansyah"), or None if none is stated.

    Organisation words ("Tim", "Kabupaten", "Department") mark the role's complement: the name must come
    after the organisation's own name ("Gedung Putih | Karine Jean-Pierre").
    """
    if not view.rules.cased:
        # No capitals: the name is the run of name words closing the phrase ("... الكرملين | دميتري بيسكوف").
        run = hi
        while run > lo and view.is_name_word(run - 1):
            run -= 1
        if hi - run >= _NAME_WORDS:
            return run
        return hi - _NAME_WORDS if _family_name(view, lo, hi) else None
    while hi > lo and not view.tokens[hi - 1].is_word:
        hi -= 1  # the full stop closing a sentence ("опроверг пресс-секретарь ... Дмитрий Песков.")
    if lo < hi and not view.is_name_word(lo):
        # A complement with no preposition ("пресс-секретарь президента | Дмитрий Песков"): the name closes it.
        described = _descriptor_end(view, lo, hi)
        return None if described is None or hi - described < _NAME_WORDS else _name_after_role(view, described, hi)
    if lo >= hi or view.is_a("name_joiners", lo):
        return None  # "the leader of Boko Haram", "la ministra de Sanidad": a complement, no name
    joined = [k for k in range(lo, hi) if view.is_a("conjunctions", k)]
    if joined and all(view.is_name_word(k) for k in range(lo, hi) if k not in joined):
        lo = joined[-1] + 1  # a portfolio's fields joined ("Kelautan dan | Perikanan Sakti Trenggono"): the name after
    # A body's acronym in brackets closes its name ("Badan Nasional Penanggulangan Bencana (BNPB) | Sutopo").
    bracket = next(
        (k for k in range(hi - 2, lo, -1) if view.tokens[k].text == ")" and _acronym(view.tokens[k - 1].text)), None
    )
    if bracket is not None and all(view.is_name_word(k) for k in range(bracket + 1, hi)):
        return bracket + 1
    if any(not view.is_name_word(k) for k in range(lo, hi)):
        return None  # the phrase does not end in a name
    org = max((k for k in range(lo, hi) if view.is_a("org_words", k)), default=None)
    named = False  # the body's name is closed by a seat or an acronym before ``lo``: a lone word after it is a person's
    if org is not None:
        # The organisation word and its own name ("Kabupaten Purwakarta", "Kejaksaan Tinggi | Bali", "Provinsi | Jawa
        # Barat", a listed seat), or an acronym alone ("МИД"), or a contracted name alone when just a person's two
        # names follow it ("Минобороны | Игорь Конашенков").
        org_end = view.lexicon_end("org_words", org) or org + 1
        alone = view.tokens[org].text.isupper() or len(_words(view, org_end, hi)) == _NAME_WORDS
        seat = view.lexicon_end("office_seats", org_end) if org_end < hi else None
        named = not alone and seat is not None and seat < hi
        if alone:
            lo = org_end
        elif named and seat is not None:
            lo = seat  # "Kejaksaan Tinggi Bali | Hari Santoso": the name after the seat
        else:
            lo = org_end + 1
    acronyms = lo
    # An acronym naming the body before the name ("Humas BNPB | Sutopo Purwo Nugroho", "Jubir KPK | Febri"), maybe
    # after the unit it heads ("Pusat Data Informasi dan Humas BNPB | Sutopo"): no person's name holds one; nor the
    # seat it may open ("Dinas Kesehatan DKI Jakarta | Widyastuti", "Ketua KPU DKI Jakarta" names nobody).
    last = max((k for k in range(lo, hi - 1) if _acronym(view.tokens[k].text)), default=None)
    if last is not None and (org is None or last > org) and all(view.is_name_word(k) for k in range(last + 1, hi)):
        lo, named = view.lexicon_end("office_seats", last) or last + 1, True
    body = org is not None or lo > acronyms
    # Particles are no words of their own: "Richard von Weizsäcker" is two names long, as "Ursula von der Leyen".
    words = [k for k in _words(view, lo, hi) if not view.is_a("name_joiners", k)]
    if not words:
        return None
    # A portfolio named by a deed noun opens the words after the role, and all after it is the name ("Menko |
    # Perekonomian | Boediono", "Menteri | Kesehatan | Budi Gunadi Sadikin"): no name opens with such a noun.
    field = 0
    while field < len(words) - 1 and view.is_a("deed_nouns", words[field]):
        field += 1
    if field and org is None:
        return words[field]
    if len(words) == 1:
        # A lone acronym after a role is the organisation ("spokesman for KPK"), not a person; so is a word whose
        # case makes it the role's complement ("Мэр | Москвы").
        lone = view.tokens[words[0]].text
        body_word = org is not None and not named  # "Kabupaten | Bogor"; not "Kejaksaan Tinggi Bali | Haruno"
        deed = view.is_a("deed_nouns", words[0])  # "BPJS | Kesehatan": the body's field, no name opens so
        return None if lone.isupper() or body_word or deed or complement(view, words[0]) else words[0]
    if len(words) == _NAME_WORDS or (body and len(words) <= _NAME_WORDS + 1):
        return words[0]  # "Kabupaten Purwakarta | Sri Puji Utami"
    initial = len(view.tokens[words[-3]].text) <= 2 or len(view.tokens[words[-2]].text) <= 2
    return words[-3] if initial else words[-_NAME_WORDS]


def _acronym(word: str) -> bool:
    """True for a word of two capitals or more and nothing else ("BNPB", "KPK"), not an initial ("A") nor a run of
    them ("W.N.F.", a person's)."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def complement(view: View, k: int) -> bool:
    """True when the word at ``k`` is, by its case, the complement of the noun before it (``complement_form``: the
    Russian genitive "Москвы", "России"), not a name standing in apposition to it."""
    form = view.rules.complement_form
    return form is not None and form.fullmatch(view.tokens[k].text.lower()) is not None


def _office_place(view: View, role: int, lo: int, hi: int) -> bool:
    """True when the words ``[lo, hi)`` after the office role at token ``role`` are the place or portfolio the
    office is named by, not the holder's name: one word ("Wali Kota | Solo", "Menteri | Keuangan") or a listed
    seat of more ("Gubernur | Jawa Tengah", "Menteri | Luar Negeri"). The whole is the party."""
    if not view.is_a("office_roles", role):
        return False
    return len(_words(view, lo, hi)) == 1 or _seat(view, lo, hi)


def _seat(view: View, lo: int, hi: int) -> bool:
    """True when the words ``[lo, hi)`` are, whole, a listed seat ("Jawa Timur", "Luar Negeri"): a place or a
    portfolio, never a holder's name ("Kepala Bidang Humas Polda | Jawa Timur" names no person)."""
    words = _words(view, lo, hi)
    return bool(words) and view.lexicon_end("office_seats", lo) == words[-1] + 1


def _words(view: View, lo: int, hi: int) -> list[int]:
    return [k for k in range(lo, hi) if view.tokens[k].is_word]


def _descriptor_end(view: View, lo: int, hi: int) -> int | None:
    """Return where the name closing ``[lo, hi)`` starts after lower-case descriptor words ("Produsen mobil |
    Astra"), or None: no such name, a preposition before it ("Police in | Manchester"), or a body's word before its
    region ("polda | Jawa Barat")."""
    if not view.rules.cased:
        return None
    run = hi
    while run > lo and view.tokens[run - 1].is_word and view.is_name_word(run - 1):
        run -= 1
    while run < hi and view.is_a("name_joiners", run):
        run += 1  # "gabinete de | Cavaco Silva": a name does not open with "de"; the joiner ends the description
    if run in (lo, hi) or (run == hi - 1 and complement(view, run)):
        return None  # "в мэрии | Москвы": a body's complement, no name of its own
    before = run - 1
    token = view.tokens[before]
    if not token.is_word or token.capitalized or len(token.text) <= _SHORT_WORD:
        return None
    if view.is_a("np_end", before) or view.is_a("name_joiners", before) or view.is_a("source_markers", before):
        return None
    if view.is_a("org_words", before) and (view.titled or _seat(view, run, hi)):
        return None  # "Dibantah Polda | Jawa Barat": a body named by its region (a Title Case headline's capitals lost)
    return run


def _last_title(view: View, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the token range of the last title ("AKBP", "Mr") in ``[lo, hi)`` that a name follows."""
    found = None
    for k in range(lo, hi):
        end = view.lexicon_end("titles", k)
        if end is not None and end < hi and view.is_name_word(end):
            found = (k, end)
    return found


def identified(view: View, agent: Party) -> bool:
    """True when a passive agent names a party: a name, a role or a body ("Snopes", "officials", "the
    police"), not a generic crowd ("fact-checkers", "several outlets")."""
    # The role may follow the name as an apposition ("Rudi, | kepala sekolah tersebut"): the party spans both.
    spans = (agent.name,) if agent.role is None else (agent.name, agent.role)
    lo, hi = view.index(min(s.start for s in spans)), view.index(max(s.end for s in spans))
    if any(view.tokens[k].is_word and view.is_name_word(k) and not view.is_a("name_joiners", k) for k in range(lo, hi)):
        return True
    if any(_ELIDED_NAME.match(view.tokens[k].text) for k in range(lo, hi)):
        return True  # "Selon l'UE", "les observateurs de l'OSCE": the name after its glued article
    return view.find("role_nouns", lo, hi) is not None or view.find("org_words", lo, hi) is not None


def has_word(view: View, lo: int, hi: int) -> bool:
    """Return whether tokens ``[lo, hi)`` hold a word (not only punctuation)."""
    return any(view.tokens[k].is_word for k in range(lo, hi))
