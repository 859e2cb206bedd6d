"""The doer of a denial named outside the subject position: the agent of a passive trigger ("was denied by
X", "dibantahnya", "была опровергнута пресс-службой") and the owner of a denial noun ("Shekau's denial", "el
desmentido del ministerio", "X tweeted a denial", "وجاء نفي الوزارة").
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_end, clause_start
from newsmon.nlp.denials.names import Party, has_word, identified, party, self_subject
from newsmon.nlp.denials.noun_claims import noun_object_start
from newsmon.nlp.denials.phrase_bounds import affiliation_end, phrase_after, run_before
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.placed import placed_body
from newsmon.nlp.denials.predicates import passive
from newsmon.nlp.denials.sources import POSSESSIVE
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

_AGENT_WINDOW = 12
_LIGHT_VERB_WINDOW = 6


def passive_agent(view: View, hit: Hit) -> Party | None:
    """Return the agent of a passive trigger: "by X", "oleh X", "von X", or a name right after it."""
    # "refuted as “incorrect” by X": the agent may follow quoted words, not a new clause.
    end = next((k for k in range(hit.j, len(view)) if view.tokens[k].text in ".;:"), len(view))
    after = range(hit.j, min(end, hit.j + _AGENT_WINDOW))
    lo = clause_start(view, hit.i)[0]
    before = range(lo, hit.i)  # "vom Kreml zurückgewiesen"
    for k in (*after, *before):
        marker = view.lexicon_end("agent_markers", k)
        if marker is not None and not (k in before and _in_passive_subject(view, lo, k, hit.i)):
            found = phrase_after(view, marker)
            return before_fronted_subject(view, found) if hit.i == lo and found is not None else found
    # A body named by its place: "было опровергнуто в штабе X", "in Regierungskreisen dementiert".
    placed = placed_body(view, after) or placed_body(view, before)
    if placed is not None:
        return placed
    if self_subject(view, hit.j - 1):
        return party(view, hit.j - 1, hit.j)  # "Tuduhan itu dibantahnya": the clitic is the agent
    named = _named_agent(view, hit.j)
    if named is not None:
        return named
    form = view.rules.agent_form  # "была опровергнута пресс-службой": an agent by its case, no marker
    # An owner's pronoun may open it: "были опровергнуты | его | владельцем".
    k = hit.j + 1 if hit.j + 1 < len(view) and view.is_a("agent_possessives", hit.j) else hit.j
    if form is None or k >= len(view) or view.is_a("time", k) or view.is_stop(k):
        return None  # "опровергнуто этой ночью": a time, no agent
    return phrase_after(view, hit.j) if form.fullmatch(view.tokens[k].text.lower()) else None


def before_fronted_subject(view: View, found: Party) -> Party:
    """Return the agent ``found`` of a participle opening its clause cut before an article right after a word of it
    ("Desmentida por | el club | la venta del estadio, ..."): the fronted participle's subject follows its agent, and
    an article after a noun with no preposition between opens that other phrase."""
    lo, hi = view.index(found.name.start), view.index(found.name.end)
    cut = next((k for k in range(lo + 1, hi) if view.is_a("determiners", k) and _content_word(view, k - 1)), None)
    return found if cut is None else party(view, lo, cut)


def _content_word(view: View, k: int) -> bool:
    """True when token ``k`` is a word no preposition, article or stop word: a noun or a name a phrase may end on."""
    functions = ("np_end", "determiners")
    return view.tokens[k].is_word and not view.is_stop(k) and not any(view.is_a(name, k) for name in functions)


def _in_passive_subject(view: View, lo: int, k: int, i: int) -> bool:
    """True when the agent marker at token ``k`` is inside the subject of the passive at ``i`` whose clause opens at
    ``lo``: not its first word, and the auxiliary comes after it ("Das Märchen | vom Klimaschwindel | ist längst
    widerlegt"), not before it ("Die Vorwürfe wurden | vom Verein | zurückgewiesen")."""
    return (
        lo < k
        and not any(view.is_a("passive_aux", m) for m in range(lo, k))
        and any(view.is_a("passive_aux", m) for m in range(k, i))
    )


def noun_owner(view: View, i: int, j: int) -> Party | None:
    """Return who issued a denial noun at tokens ``[i, j)``: "Shekau's denial", "denial from X",
    "el desmentido del ministerio", "bantahan datang dari X", "X tweeted a denial"; None when nobody is said to."""
    owner = _owner_before(view, i) if i > 0 and view.is_a("owned_nouns", i) else None
    if owner is not None:
        return owner  # "وجددت أنقرة | نفيها": the noun's own pronoun stands for the phrase before it
    if j < len(view) and view.has_form(view.rules.origin_adjective, j):
        return party(view, j, j + 1)  # "نفي | إسرائيلي | لتقارير …": the adjective names the party by its origin
    owner = _construct_owner(view, j) if view.is_a("construct_nouns", i) else None
    if owner is not None:
        return owner  # "وجاء نفي | الوزارة"
    if i > 0 and view.tokens[i - 1].text.endswith(POSSESSIVE):
        owner = run_before(view, i)
        if owner is not None:
            name = owner.name
            text = name.text.removesuffix("'s").removesuffix("’s")
            return Party(Span(text, name.start, name.start + len(text)), owner.role)
    # Past the noun's object a possessor marker opens: "un desmentido de | la noticia", "Das Dementi der | Vorwürfe |
    # durch die Staatskanzlei".
    lo = noun_object_start(view, j)
    for k in range(lo, min(len(view), lo + 3)):
        end = (
            view.lexicon_end("agent_markers", k)
            or view.lexicon_end("source_markers", k)
            or view.lexicon_end("possessor_markers", k)
        )
        if end is not None:
            # The claim may follow the owner: "نفي من | حماس | لأنباء الاتفاق", "a denial from | the club | of reports".
            return phrase_after(view, end, stop_at_claims=True)
    issued = _passive_issuer(view, j)
    if issued is not None:
        return issued  # "Un démenti | a été publié dans la soirée | par l'ambassade"
    for k in range(i - 1, max(-1, i - _LIGHT_VERB_WINDOW - 1), -1):
        if view.is_a("light_verbs", k):
            owner = subject_before(view, k)
            if owner is None and view.rules.subject_after_verb:  # "وسارع الجيش إلى نفي": the subject follows
                owner = phrase_after(view, k + 1, stop_at_claims=True)
            return owner
    fronted = _fronted_source(view, i) or _framing_owner(view, i, j)
    if fronted is not None:
        return fronted  # "Aus dem Verteidigungsministerium | kam umgehend ein Dementi"
    if view.rules.subject_after_verb and clause_start(view, i)[0] == i:
        # The noun fronted as the object, its subject after the light verb: "Опровержение этой информации |
        # опубликовала | пресс-служба губернатора".
        for k in range(j, min(len(view), j + _LIGHT_VERB_WINDOW)):
            end = view.lexicon_end("light_verbs", k)
            if end is not None:
                return phrase_after(view, end, stop_at_claims=True)
    return _channel_owner(view, i, j)


def _channel_owner(view: View, i: int, j: int) -> Party | None:
    """Return the owner of the channel where the denial noun at tokens ``[i, j)``, its clause's subject, is published,
    named after a ``owner_channels`` phrase ("Опровержение появилось на сайте | компании", "На сайте | ведомства |
    появилось опровержение"); None when its clause names no such channel or the noun does not open it, past a time
    and the channel (then it is another verb's object)."""
    lo, end = clause_start(view, i)[0], clause_end(view, j)
    k = lo
    while k < i and view.is_a("time", k):
        k = view.lexicon_end("time", k) or k + 1  # "Позже | опровержение появилось …"
    channel = view.lexicon_end("owner_channels", k) if k < i else None
    owner = None if channel is None else phrase_after(view, channel, stop_at_claims=True)
    if owner is not None and i - 1 <= view.index(owner.name.end) <= i:
        return owner  # "На сайте | ведомства | появилось | опровержение": the verb of appearing between at most
    if k < i:
        return None  # "обязал издание опубликовать опровержение на сайте газеты": the noun is another verb's object
    for m in range(j, end):
        channel = view.lexicon_end("owner_channels", m)
        if channel is not None and channel < end:
            return phrase_after(view, channel, stop_at_claims=True)
    return None


def _named_agent(view: View, k: int) -> Party | None:
    """Return the party named right after a passive verb ending at token ``k`` ("dibantah James"), where no passive
    auxiliary marks the passive and a capital tells a name; None otherwise: without capitals the phrase after a
    passive is its subject ("نُفي الشاعر إلى الخارج", "نُفيت الأنباء من قبل ...")."""
    if view.rules.context["passive_aux"] or not view.rules.cased:
        return None
    named = phrase_after(view, k)
    return named if named is not None and identified(view, named) else None


def _passive_issuer(view: View, j: int) -> Party | None:
    """Return the agent of a passive light verb after a denial noun ending at token ``j`` ("Un démenti | a été publié
    dans la soirée par | l'ambassade"): a passive auxiliary, the light verb, then an agent marker in its clause; where
    the passive form alone marks it, the light verb's own passive and the party named after it ("Bantahan serupa |
    disampaikan | Kepala Humas X"); or the source a light verb ending on a source marker names past the noun's object
    ("Bantahan atas tudingan itu | datang dari | Istana")."""
    window = range(j, min(len(view), j + _LIGHT_VERB_WINDOW))
    light = next((k for k in window if view.is_a("light_verbs", k) or not view.tokens[k].is_word), None)
    if light is None or not view.tokens[light].is_word:
        return None
    end = view.lexicon_end("light_verbs", light)
    if end is not None and end - 1 > light and view.is_a("source_markers", end - 1):
        return phrase_after(view, end)  # "Bantahan atas tudingan itu | datang dari | Istana": the verb names its source
    bare = not view.rules.context["passive_aux"] and passive(view, light, light + 1)
    if not bare and view.find("passive_aux", j, light) is None:
        return None
    for k in range(light + 1, min(clause_end(view, light + 1), light + _LIGHT_VERB_WINDOW)):
        marker = view.lexicon_end("agent_markers", k)
        if marker is not None:
            return phrase_after(view, marker)
    return _named_agent(view, light + 1) if bare else None


def _construct_owner(view: View, j: int) -> Party | None:
    """Return the genitive right after a denial noun ending at ``j`` that owns it with no marker (``construct_nouns``:
    "نفي | الوزارة", "نفي | وزارة الدفاع | للتقارير"): a body or a role opening it, or a recognised name before the
    denial's topic, not the claim it denies ("نفي | الأنباء") nor an adjective ("نفي | رسمي"); None otherwise."""
    if j >= len(view):
        return None
    listed = view.is_a("org_words", j) or view.is_a("role_nouns", j) or _cased_name(view, j)
    owner = phrase_after(view, j, stop_at_claims=True) if listed or view.is_named(j) else None
    if owner is None or listed:
        return owner
    # "Bantahan | Kemenkes | soal …": a name the recogniser found owns the noun when the topic of the denial follows
    # it; not "klarifikasi Din Syamsuddin: …", the heading of what he wrote.
    end = view.index(owner.name.end)
    return owner if end < len(view) and view.is_a("topics", end) else None


def _cased_name(view: View, j: int) -> bool:
    """True for a capitalised word at ``j`` in a language that marks roles by case (``agent_form``): a named owner
    in the genitive ("Опровержение | Минфина"); elsewhere a name after the noun may be its topic."""
    return view.rules.agent_form is not None and view.rules.cased and view.tokens[j].capitalized


def _fronted_source(view: View, i: int) -> Party | None:
    """Return the body a source phrase opening the clause names before the denial noun at ``i`` ("Aus dem
    Ministerium | kam ein Dementi", "Vom Kreml gab es ein Dementi"), or None: the phrase must end before the noun;
    an article opening the clause is the noun phrase's own ("Der Sprecher des Ministeriums ...")."""
    lo = clause_start(view, i)[0]
    if view.is_a("determiners", lo):
        return None
    end = view.lexicon_end("agent_markers", lo) or view.lexicon_end("possessor_markers", lo)
    found = None if end is None else phrase_after(view, end)
    return found if found is not None and view.index(found.name.end) < i else None


def _framing_owner(view: View, i: int, j: int) -> Party | None:
    """Return the subject of the main clause after a fronted adverbial that holds the denial noun at ``[i, j)``
    ("Dans son démenti, | le ministère | assure que ...", "Dans un démenti publié jeudi, | Matignon | affirme"): the
    noun is what that subject says. None unless an ``adverbials`` word and a determiner open the clause right
    before the noun and a comma closes the adverbial within a few words."""
    lo = clause_start(view, i)[0]
    if not (lo + 2 == i and view.is_a("adverbials", lo) and view.is_a("determiners", lo + 1)):
        return None
    window = range(j, min(len(view), j + _LIGHT_VERB_WINDOW))
    comma = next((k for k in window if not view.tokens[k].is_word), None)
    return None if comma is None or view.tokens[comma].text != "," else phrase_after(view, comma + 1)


def _owner_before(view: View, i: int) -> Party | None:
    """Return the phrase right before the noun at ``i`` that carries its owner's pronoun, from the last
    preposition in it on ("ونقلت الوكالة عن | مسؤول | نفيه": whom the agency quotes), or None. A preposition
    right after a role noun belongs to the role ("وأكد | مسؤول في الوزارة | نفيه": the official, not the
    ministry, owns the denial), as does one opening the body a source belongs to ("عن | مصدر مقرب من الحكومة |
    نفيه")."""
    found = run_before(view, i)
    if found is None:
        return None
    lo = view.index(found.start)
    lo = max((k + 1 for k in range(lo, i) if view.is_a("np_end", k) and not _role_complement(view, lo, k)), default=lo)
    return party(view, lo, i) if has_word(view, lo, i) else None


def _role_complement(view: View, lo: int, k: int) -> bool:
    """True when the preposition at token ``k`` (after ``lo``) opens a role's complement or a source's body."""
    return k > lo and (view.is_a("role_nouns", k - 1) or affiliation_end(view, k, False) is not None)
