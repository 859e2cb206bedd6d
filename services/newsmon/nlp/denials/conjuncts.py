"""Coordinated subjects: "Rita Okoye and her husband deny" names both, as does a list ("Apple, Google and
Microsoft") or two parties with ages between them ("A and B, both 52, deny"), and a conjunction written onto a
word opens another party (ar "الوزير ... | والنائب ..."). Not a conjunction inside a body's name ("Departemen
Pemajuan dan Perlindungan HAM") nor one sharing a noun ("The interior and justice ministries").
"""

from __future__ import annotations

import regex

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party, glued_size, party, phrase_kind
from newsmon.nlp.denials.phrase_bounds import is_phrase
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_AGE_WORDS = 2  # ", 41", ", both 52": the words of an age after a name


def conjuncts(view: View, found: Party) -> Party:
    """Return ``found`` with the phrases coordinated before it ("Rita Okoye and | her husband"), if any.

    The left phrase must open its clause and end at the conjunction; it may have its own apposition
    ("Kapolres Lombok Barat, AKBP Heri Wahyudi dan ..."). It is kept in ``Party.conjuncts``.
    """
    opening = view.index((found.role or found.name).start)
    # Before a title: "AKBP"; a pronoun has none ("… nepotism, charges | she has denied": no apposition).
    k = opening - 1 if found.pronoun else _segment_start(view, opening) - 1
    apposed = k > 0 and view.tokens[k].text == ","
    if apposed:
        k = _segment_start(view, k) - 1  # "dan Kabid Humas Polda NTB, | AKBP Komang Suartana": its role
    if k < 1 or not view.is_a("conjunctions", k):
        return found
    # A comma may close the left phrase's apposition before the conjunction: "Kepala Desa, Dedi, | dan Camat ...".
    end = k - 1 if view.tokens[k - 1].text == "," else k
    related = _related_name(view, end) if end < k else None  # "Smith, who led the firm, | and Jones deny"
    left = related or subject_before(view, end)
    if left is None or left.pronoun:
        return found
    left = _named_before(view, left)
    aged = _aged(view, view.index(left.name.end), end)  # "Lena Fischer, 41, | and Markus Brandt, 45, deny"
    # "Yates, the firm's founder, | and his deputy, Anne Cole, deny"; or a relative clause after the name.
    described = related is not None or _described(view, left, end)
    if view.index(left.name.end) != end and not aged and not described:
        return found
    if end < k and not _apposed(view, left) and not aged and not described:
        return found  # "accused of trying to reach Somalia, the 'headquarters' of …, but Emwazi refuted this"
    if (apposed or _role_apposed(view, found)) and left.role is not None and left.role.start == left.name.start:
        # "El portavoz del PP y ex vecino de Lavapiés, Pedro Calvo", "La concejala de Cultura y exdirectora del
        # teatro, Rosa Vidal": two roles of the one named
        return found
    if apposed and _fields_listed(view, left, k + 1):
        return found
    if not apposed and _office_field(view, left):
        return found
    lo, opener = clause_start(view, k)
    start = view.index(left.name.start)
    comma = max([lo, *(m + 1 for m in range(lo, start) if view.tokens[m].text == ",")])  # "On Monday, | A and B"
    if related is None and opener is not None and comma == lo and view.is_a("relatives", opener):
        return found  # "arrested the man who stole the car and he denied": the relative clause's object
    lo = comma
    # "Both" is skipped; an auxiliary is a verb here ("A Deco | tem | uma posição oposta e o organismo … nega"); the
    # first word of a correlative pair opens the pair ("Neither | the club nor its lawyers", "Ni | el club ni …").
    verbs = (
        m
        for m in range(lo, start)
        if (not view.is_a("skip", m) or view.has_form(view.rules.verb_like, m))
        and not (m == start - 1 and view.is_a("correlatives", m))
    )
    if any(view.tokens[m].is_word and view.is_stop(m) for m in verbs):
        # "The police arrested the man and he denied": an object; "Dilansir dari X dan Y, Z membantah": a source.
        return found
    if _shares_head(view, left, found) or _name_goes_on(view, left, found):
        return party(view, view.index(left.start), view.index(found.name.end))  # "The health and education ministries"
    return Party(found.name, found.role, found.pronoun, (*_listed_before(view, left), *left.conjuncts, left))


def _aged(view: View, lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` are a comma and a short age after a name (", 41", ", both 52")."""
    words = range(lo + 1, hi)
    if lo >= hi or view.tokens[lo].text != "," or len(words) > _AGE_WORDS:
        return False
    return all(view.tokens[m].is_word for m in words) and any(view.tokens[m].text.isdigit() for m in words)


def _related_name(view: View, end: int) -> Party | None:
    """Return the name opening the clause that a relative clause between commas follows, the closing comma at token
    ``end`` ("Smith |, who led the firm until 2019, | and Jones"); None otherwise."""
    commas = [m for m in range(end) if view.tokens[m].text == ","]
    opener = commas[-1] + 1 if commas else 0
    if opener < 2 or opener >= end or not view.is_a("relatives", opener):
        return None
    start = _segment_start(view, opener - 1)
    if clause_start(view, start)[0] != start or not is_phrase(view, start, opener - 1):
        return None
    return party(view, start, opener - 1) if phrase_kind(view, start, opener - 1) == "name" else None


def _named_before(view: View, left: Party) -> Party:
    """Return the name an article-opened description ``left`` is apposed to, with the description as its role
    ("Kerr, | a former banker", "Ana Ruiz, 45, | a nurse"); ``left`` itself when no name opens the clause there."""
    lo = view.index(left.start)
    if left.role is not None or not view.is_a("articles", lo) or lo < 2 or view.tokens[lo - 1].text != ",":
        return left
    comma = lo - 1
    start = _segment_start(view, comma)
    if start >= 2 and _aged(view, start - 1, comma):
        comma = start - 1  # "Ana Ruiz, 45, | a nurse"
        start = _segment_start(view, comma)
    if clause_start(view, start)[0] != start or not is_phrase(view, start, comma):
        return left
    if phrase_kind(view, start, comma) != "name":
        return left
    name = view.span_of(start, comma)
    return left if name is None else Party(name, left.name)


def _described(view: View, left: Party, end: int) -> bool:
    """True when the role of ``left`` follows its name as an apposition closed by the comma at token ``end``
    ("Yates, | the firm's founder |, and ...")."""
    role = left.role
    if role is None or role.start < left.name.end or view.index(role.end) != end:
        return False
    return view.tokens[view.index(left.name.end)].text == ","


def _fields_listed(view: View, left: Party, opening: int) -> bool:
    """True when ``left`` is a field of an office listed between commas, the office's head before it and the
    last field opening at token ``opening`` ("Kepala Biro Humas, | Protokol, | dan | Kerja Sama Pemprov Jambi,
    Sepdinal"): capitalised words, none a role or title, after a phrase that opens with a role or body word
    (not "Kepala Desa, Dedi, dan | Camat …": a role opens the next party)."""
    lo, hi = view.index(left.name.start), view.index(left.name.end)
    if lo < 2 or view.tokens[lo - 1].text != "," or opening >= len(view):
        return False
    # A field may be a body's word ("Organisasi"); the last one may not open a body of its own ("dan | Dinas …").
    heads = ("role_nouns", "office_roles", "titles")
    if not all(view.tokens[m].capitalized and not any(view.is_a(h, m) for h in heads) for m in range(lo, hi)):
        return False
    if not view.tokens[opening].capitalized or any(view.is_a(h, opening) for h in (*heads, "org_words")):
        return False
    return _office_before(view, lo - 1)


def _office_field(view: View, left: Party) -> bool:
    """True when ``left`` is a field of an office listed after a comma, the office's head before it, and the holder
    named after the last field with no comma ("Kepala Pusat Data, | Informasi | dan Humas BNPB Sutopo Purwo Nugroho"):
    capitalised words, none a role, title or body word nor a name the recogniser found (not "Kapolres Jakarta, | Andi |
    dan Bupati Bogor", two parties)."""
    lo, hi = view.index(left.name.start), view.index(left.name.end)
    if left.role is not None or lo < 2 or view.tokens[lo - 1].text != ",":
        return False
    heads = ("role_nouns", "office_roles", "titles", "org_words")
    words = range(lo, hi)
    if any(view.is_named(m) or not view.tokens[m].capitalized or any(view.is_a(h, m) for h in heads) for m in words):
        return False
    return _office_before(view, lo - 1)


def _office_before(view: View, comma: int) -> bool:
    """True when the phrase closed by the comma at token ``comma`` opens with a role or a body word: the head of an
    office whose fields are listed after it ("Kepala Pusat Data, | …")."""
    office = _segment_start(view, comma)
    return view.is_a("role_nouns", office) or view.is_a("org_words", office)


def _role_apposed(view: View, found: Party) -> bool:
    """True when the role of ``found`` stands before its name, set apart by a comma ("exdirectora del teatro, |
    Rosa Vidal")."""
    if found.role is None or found.role.end > found.name.start:
        return False
    return view.tokens[view.index(found.name.start) - 1].text == ","


def _apposed(view: View, found: Party) -> bool:
    """True when the name of ``found`` is set apart by a comma before it ("Kepala Desa Sukamulya, | Dedi")."""
    lo, hi = view.index(found.name.start), view.index(found.name.end)
    if hi - lo > 2 and view.tokens[hi - 1].text == ")":
        # A party's initials after the name ("Peter Schmitz | (SPD)"): the name is before them.
        hi = next((m for m in range(hi - 2, lo, -1) if view.tokens[m].text == "("), hi)
    return lo > 0 and view.tokens[lo - 1].text == "," and phrase_kind(view, lo, hi) == "name"


def _shares_head(view: View, left: Party, right: Party) -> bool:
    """True when the phrase before a conjunction names no party of its own but shares the noun of the phrase
    after it, which has no article of its own: lower-case words, none a role or a body ("The interior and |
    justice ministries"; not "the mayor and | the police chief", nor a name after it: "la patronal como | Vox")."""
    opening = view.index(right.start)
    if right.pronoun or view.tokens[opening].capitalized:
        return False
    if view.is_a("articles", opening) or view.is_a("determiners", opening):
        return False
    words = [
        m
        for m in range(view.index(left.start), view.index(left.name.end))
        if view.tokens[m].is_word and not view.is_a("articles", m) and not view.is_a("determiners", m)
    ]
    named = ("role_nouns", "org_words", "pronouns")
    return bool(words) and not any(view.tokens[m].capitalized or any(view.is_a(n, m) for n in named) for m in words)


def _name_goes_on(view: View, left: Party, right: Party) -> bool:
    """True when the conjunction is inside a body's name or an office's portfolio: capitalised words run from a
    body or role word of the left phrase to the conjunction, and the right phrase opens with a capitalised word
    that is no role, office, body or title ("Departemen Pemajuan dan | Perlindungan HAM", "Menteri Kelautan dan |
    Perikanan Sakti Trenggono", a role word naming a field too, "Pusat Data Informasi dan | Humas BNPB"; not
    "Kementerian Pertahanan dan | Kementerian Luar Negeri"). A word joining the
    body to its field may stand between ("Bundesamt für Migration und | Flüchtlinge")."""
    lo, hi, opening = view.index(left.start), view.index(left.name.end), view.index(right.start)
    body = next((m for m in range(hi - 1, lo - 1, -1) if view.is_a("org_words", m)), None)
    if body is None:
        # A role heads a portfolio with one word of it before the conjunction ("Menteri Kelautan dan |"); with more,
        # a name may follow the role ("Kapolda Papua Mathius Fakhiri dan | …": two parties).
        body = next((m for m in range(hi - 1, lo - 1, -1) if view.is_a("role_nouns", m)), None)
        role_end = None if body is None else view.lexicon_end("role_nouns", body)
        # … or with a deed noun opening it, which no name does ("Dirjen Penyelenggaraan Haji dan | Umrah Nizar Ali").
        portfolio = role_end is not None and (hi - role_end == 1 or view.is_a("deed_nouns", role_end))
        body = body if portfolio else None
    if body is None or not all(
        view.tokens[m].capitalized or (m > body and view.is_a("role_complements", m)) for m in range(body, hi)
    ):
        return False
    if right.pronoun or not view.tokens[opening].capitalized:
        return False
    if view.is_a("field_roles", opening):
        return True  # "Pusat Data Informasi dan | Humas BNPB Sutopo": the unit's last field, no party of its own
    return not any(view.is_a(name, opening) for name in ("role_nouns", "office_roles", "org_words", "titles"))


def _listed_before(view: View, left: Party) -> tuple[Party, ...]:
    """Return the items of a list before the conjunct ``left`` ("Apple, | Google and Microsoft"), in text order:
    phrases of the kind of ``left`` (names, or roles and bodies opened alike: "The ministry, the army and the
    police") separated by commas from the start of the clause or from a fronted adverbial opening it; () unless the
    whole run is such a list."""
    k = view.index(left.name.start)
    kind = phrase_kind(view, k, view.index(left.name.end))
    items: list[Party] = []
    while k > 0 and view.tokens[k - 1].text == ",":
        lo = _segment_start(view, k - 1)
        if items and view.is_a("np_end", lo) and clause_start(view, lo)[0] == lo:
            return tuple(items)  # "En réponse à ces critiques, | A, B et C": the list after a fronted adverbial
        if not is_phrase(view, lo, k - 1) or view.is_a("np_end", lo) or phrase_kind(view, lo, k - 1) != kind:
            return ()  # "In Paris, Google and Microsoft": a fronted adverbial, no item
        items.insert(0, party(view, lo, k - 1))
        k = lo
    return tuple(items) if items and clause_start(view, k)[0] == k else ()


def glued_conjuncts(view: View, found: Party) -> Party:
    """Return ``found`` split where a conjunction written onto a word opens another party (``conjunction_clitic``
    before a role, a title or a body: ar "نفى الوزير أحمد العلي | والنائب سامي حداد"): the last party, the earlier
    ones its conjuncts; ``found`` itself when no such word is inside it."""
    form = view.rules.conjunction_clitic
    if form is None or found.pronoun:
        return found
    lo, hi = view.index(found.start), view.index(found.name.end)
    cuts = [k for k in range(lo + 1, hi) if _glued_party(view, form, k)]
    if not cuts:
        return found
    first = party(view, lo, cuts[0])
    rest = [_clitic_trimmed(view, form, party(view, a, b)) for a, b in zip(cuts, [*cuts[1:], hi], strict=True)]
    return Party(rest[-1].name, rest[-1].role, False, (first, *rest[:-1]))


def _glued_party(view: View, form: regex.Pattern[str], k: int) -> bool:
    """True when token ``k`` is a conjunction glued onto a whole role noun, title or organisation word."""
    return glued_size(view, form, k) > 0


def _clitic_trimmed(view: View, form: regex.Pattern[str], found: Party) -> Party:
    """Return ``found`` without the glued conjunction opening it ("والنائب" -> "النائب")."""
    glued = form.match(view.text, found.start)
    size = 0 if glued is None else glued.end() - found.start
    role = found.role
    if role is not None and role.start == found.start:
        role = _trimmed(role, size)
    name = _trimmed(found.name, size) if found.name.start == found.start else found.name
    return Party(name, role, found.pronoun)


def _trimmed(span: Span, size: int) -> Span:
    return Span(span.text[size:], span.start + size, span.end)


def _segment_start(view: View, end: int) -> int:
    """Return the first token of the noun-phrase words before token ``end`` (stopping at a conjunction); a slash
    joining two words keeps one name ("Pangdam XVII/Cenderawasih", "Kodim 0501/Jakarta Pusat")."""
    k = end
    while k > 0 and (
        (view.tokens[k - 1].is_word and not view.is_stop(k - 1) and not view.is_a("conjunctions", k - 1))
        or _slash_joined(view, k - 1)
    ):
        k -= 1
    return k


def _slash_joined(view: View, k: int) -> bool:
    """True when token ``k`` is a slash with a word touching it on each side ("XVII/Cenderawasih")."""
    if view.tokens[k].text != "/" or k < 1 or k + 1 >= len(view):
        return False
    before, after = view.tokens[k - 1], view.tokens[k + 1]
    return before.is_word and after.is_word and before.end == view.tokens[k].start and view.tokens[k].end == after.start
