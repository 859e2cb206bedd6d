"""Subjects as noun phrases: the subject stated before a trigger, with names and roles (where a phrase starts and
ends is ``phrase_bounds``'s; the subject a participle or a coordinated verb shares is ``shared_subjects``').

No parser: a subject is the run of noun-phrase words right before the verb (auxiliaries, adverbs and
dates skipped: "North Korean officials | have | denied"), widened over appositions ("Ty Votaw, the executive
vice president of the PGA Tour, denied"), and split into the name and the stated role by ``names``
("Juru bicara Gedung Putih | Karine Jean-Pierre").
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start, is_finite
from newsmon.nlp.denials.datelines import dateline_end
from newsmon.nlp.denials.names import Party, has_word, party, phrase_kind, self_subject
from newsmon.nlp.denials.phrase_bounds import COMMAS, has_article, is_phrase, run_start
from newsmon.nlp.denials.subject_edges import (
    after_claim,
    before_adverbial,
    before_companion,
    head_before_adverbial,
    head_before_participle,
    is_age,
    skip_leading,
    trim_stops,
)
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span


def subject_before(view: View, i: int) -> Party | None:
    """Return the subject of the verb at token ``i``, or None when the clause states none.

    In a relative clause whose own verb comes first ("Halikinnor yang mengetahui ... menegaskan", "a guy
    who has debunked"), the subject is the phrase the relative pronoun refers to.
    """
    lo, opener = clause_start(view, i)
    opening = _adverbial_aside(view, opener, i) if opener is not None else None
    opening = _attribution_aside(view, opener, i) if opener is not None and opening is None else opening
    if opening is not None:
        return subject_before(view, opening)
    if opener is not None and view.is_a("conjunctions", opener):
        named = apposition_through(view, opener, i)
        if named is not None:
            return named
        relative = clause_start(view, opener)[1]  # "X, a refugee who feared ... and asked ..., said": X
        if relative is not None and view.is_a("relatives", relative) and _closed_relative(view, relative, i):
            return subject_before(view, relative)
    if opener is not None and view.is_a("relatives", opener) and _closed_relative(view, opener, i):
        # "Le ministre, qui s'exprimait devant la presse, a démenti"; up to the comma, so that the antecedent is no
        # fronted adverbial ("Desde el PSOE, que lidera la oposición, niegan": the party the verb speaks from).
        return subject_before(view, opener - 1 if opener > 0 and view.tokens[opener - 1].text == "," else opener)
    found = _subject_in(view, max(lo, min(dateline_end(view), i)), i)  # not "MADRID, 3 may (EFE) | El Gobierno"
    if found is None and opener is not None and view.is_a("pronouns", opener) and not view.is_a("relatives", opener):
        return glued_pronoun(view, opener)  # "lorsqu'il | a déclaré": the subject glued to the clause's opener
    if opener is not None and view.is_a("relatives", opener):
        first = min(span.start for span in found if span) if found else view.tokens[i].start
        between = range(lo, view.index(first))
        has_verb = any(view.tokens[k].is_word and view.is_stop(k) for k in between)
        # "X, quien en comunicación con Radio Y dijo": a prepositional phrase after the pronoun is no subject.
        adverbial = found is not None and view.index(first) == lo and view.is_a("np_end", lo)
        if found is None and view.rules.pro_drop:
            oblique = _oblique_antecedent_subject(view, opener)
            if oblique is not None:
                return oblique
        if found is None or adverbial or (has_verb and all(view.tokens[k].text != "," for k in between)):
            return subject_before(view, opener) or (_party(view, found) if found else None)
    return _party(view, found) if found else None


def _oblique_antecedent_subject(view: View, opener: int) -> Party | None:
    """Return the subject of the verb before the antecedent of a relative pronoun that follows a preposition
    ("emitió un comunicado | en el que | negó", "divulgou nota | em que | nega"): the antecedent is no subject
    of the relative clause, whose dropped subject is the main clause's. None without a preposition before the
    pronoun or a finite verb before it in its clause."""
    k = opener - 1
    if k > 0 and view.is_a("determiners", k):
        k -= 1
    if k <= 0 or not view.is_a("np_end", k):
        return None
    lo = clause_start(view, k)[0]
    verb = next((m for m in range(k - 1, lo - 1, -1) if is_finite(view, m)), None)
    return None if verb is None else subject_before(view, verb)


def apposition_through(view: View, opener: int, i: int) -> Party | None:
    """Return the name before an apposition that the conjunction at ``opener`` continues up to the verb at
    ``i``, with no closing comma ("John Wildhack, executive vice president of programming and production
    released"): the apposition opens with a role noun and only noun-phrase words follow the conjunction.
    None when the conjunction joins two clauses ("The police arrested the man and he denied")."""
    hi = trim_stops(view, opener + 1, i)
    closed = any(view.tokens[k].text in COMMAS for k in range(hi, i))  # "X, a critic and a governor, denied"
    # A date may open the second role ("Ministerpräsident und | seit 2019 | CSU-Chef, hat").
    if not is_phrase(view, past_dates(view, opener + 1, hi), hi):
        return None
    segments = _comma_segments(view, clause_start(view, opener)[0], opener)
    if len(segments) < 2:
        return None
    seg_lo = segments[-1][0]
    start = skip_leading(view, seg_lo, opener)
    if view.is_a("determiners", start):
        start += 1  # "a spokesman for Acme and its subsidiaries"
    # Commas on both sides delimit the apposition ("X, a spokesperson for Inherent Resolve, the operation in
    # Iraq and Syria, told"); without the closing one, "Tom Hale, a lawyer, met the minister and the official
    # denied" joins two clauses.
    if view.lexicon_end("role_nouns", start) is None and not closed:
        return None
    found = _named_before(view, segments[:-1], seg_lo, hi)
    return _party(view, found) if found is not None else None


def past_dates(view: View, k: int, hi: int) -> int:
    """Return the first token from ``k`` on (before ``hi``) past the dates (``time``) standing there."""
    while k < hi and (end := view.lexicon_end("time", k)) is not None:
        k = end
    return k


def _adverbial_aside(view: View, opener: int, i: int) -> int | None:
    """Return the comma opening the aside that holds an adverbial ("after", "since", "while") at ``opener``
    when a comma closes it right before the verb at ``i`` ("The company, | which was sold after the war, | said";
    "The mayor, | who has been in office since 2010, | said"): the verb's subject is the phrase before that comma,
    not the one after the adverbial's word. None for a relative pronoun, a conjunction or a speech verb, which open
    clauses of their own, and for an adverbial with no phrase and comma before it ("Sementara itu, X, Y, membantah")."""
    if view.is_a("relatives", i) or view.tokens[i - 1].text not in COMMAS or opener + 1 >= i - 1:
        return None
    if any(view.is_a(kind, opener) for kind in ("relatives", "conjunctions", "speech_verbs")):
        return None
    opening = next((k for k in range(opener - 1, 0, -1) if view.tokens[k].text in COMMAS), None)
    return opening if opening is not None and view.tokens[opening - 1].is_word else None


def _attribution_aside(view: View, opener: int, i: int) -> int | None:
    """Return the comma opening an attribution set off between commas, its speech verb first, that a comma closes
    right before the verb at ``i`` ("Aris, | kata Saut, | telah membantah"): the one who told it is named in the
    aside, the verb's subject before it. None for any other opener, or a word after the closing comma."""
    if opener < 2 or view.tokens[opener - 1].text not in COMMAS or not view.is_a("speech_verbs", opener):
        return None
    close = next((k for k in range(i - 1, opener, -1) if view.tokens[k].text in COMMAS), None)
    if close is None or not all(view.is_stop(k) for k in range(close + 1, i)):
        return None
    return opener - 1 if view.tokens[opener - 2].is_word else None


def _closed_relative(view: View, opener: int, i: int) -> bool:
    """True when the relative clause at ``opener`` is an apposition closed before the verb at ``i``: commas
    on both sides of it and nothing but adverbs between the closing comma and the verb ("X, que dirige a
    empresa desde 2010, negou"; "Rina Cole, the founder of the charity that runs shelters, has denied": the
    opening comma may stand before the noun the pronoun follows): the verb's subject is then the phrase
    before the apposition."""
    opening = next((k for k in range(opener - 1, -1, -1) if view.tokens[k].text == ","), None)
    aside = opening is not None and _passive_aside(view, opening + 1, opener)  # "X, interrogé sur ce qui ..., nie"
    if opening is None or not (opening == opener - 1 or is_phrase(view, opening + 1, opener) or aside):
        return False
    close = next((k for k in range(i - 1, opener, -1) if view.tokens[k].text == ","), None)
    return close is not None and all(view.is_stop(k) or not view.tokens[k].is_word for k in range(close + 1, i))


def _subject_in(view: View, lo: int, i: int) -> tuple[Span, Span | None] | None:
    """Return (name, role) spans of the subject in tokens ``[lo, i)``, read right to left over commas."""
    segments = _comma_segments(view, lo, i)
    first: tuple[int, int, str] | None = None
    for number, (seg_lo, seg_hi) in enumerate(reversed(segments)):
        hi = trim_stops(view, seg_lo, seg_hi)
        if hi <= seg_lo or (first is None and is_age(view, seg_lo, hi)):
            if first is None:
                continue  # "X, however, denied", "A and B, 49, deny": adverbs or an age since the last comma
            break
        opening = skip_leading(view, seg_lo, hi)
        # A preposition opening the clause fronts an adverbial (not pt "A | atriz, de 45 anos,", an article).
        fronted = seg_lo == lo and view.is_a("np_end", opening) and not has_article(view, opening, hi)
        if first is None and number > 0 and seg_lo == lo:
            if view.is_a("topics", opening):
                return None  # "Quanto à acusação, negou ...": what the sentence is about, the subject is unstated
            if fronted:
                return None  # "En cuanto a la acusación, descartó ...": a fronted adverbial, the subject is unstated
        if first is not None and fronted:
            break  # "Desde Madrid, | el ministro negó": a place, no name the role after it stands in apposition to
        if first is None and seg_lo > lo and _passive_aside(view, seg_lo, hi):
            continue  # "A spokesman, asked about the reports, said": the participle's clause describes the subject
        if first is None:
            hi = before_companion(view, seg_lo, before_adverbial(view, seg_lo, hi))
            run_lo = after_claim(view, run_start(view, seg_lo, hi), hi)

            if not has_word(view, run_lo, hi):
                return None
            ahead = head_before_adverbial(view, seg_lo, run_lo)
            ahead = ahead or (head_before_participle(view, seg_lo, run_lo) if seg_lo == lo else None)
            if ahead is not None:
                # "The embassy | in a statement posted on its website | denied", "Officials | investigating it | denied"
                return _spans(view, *ahead)
            # A name in apposition may open with its article and title: "Le porte-parole, | le colonel |
            # Pierre Dumont,".
            named_lo = _past_title(view, run_lo, hi) if seg_lo > lo else run_lo
            kind = phrase_kind(view, named_lo, hi)
            if run_lo > skip_leading(view, seg_lo, hi) or kind == "other":
                before = segments[: len(segments) - number - 1]
                named = _named_before(view, before, seg_lo, hi, closed=number > 0)
                return named or _spans(view, run_lo, hi)
            first = (named_lo, hi, kind)
            continue
        start = seg_lo
        while start < hi and not view.tokens[start].is_word:
            start += 1
        if not is_phrase(view, start, hi) or (view.is_a("np_end", start) and not has_article(view, start, hi)):
            break  # "According to Israel Radio, Kurdish sources denied", "Sur RTL, le ministre": an adverbial
        if seg_lo == lo and (_participle_with_agent(view, start) or _passive_clause(view, start, seg_hi)):
            break  # "Joint par téléphone, | l'avocat", "Interrogé par Le Monde, | le maire", "Dihubungi terpisah,"
        kind = phrase_kind(view, start, hi)
        f_lo, f_hi, f_kind = first
        head = skip_leading(view, lo, start) == start and _described_head(view, start, hi)
        if f_kind == "role" and number > 1 and view.is_a("determiners", f_lo) and head:
            return _spans(view, start, hi)[0], view.span_of(f_lo, f_hi)  # "The senator, a former governor, denied"
        if f_kind in ("role", "role+name") and kind == "name":
            # "Romansah, Anggota Tim ...,": the name before; "Pollycarpus ..., mantan terpidana kasus X": too.
            return _spans(view, start, hi)[0], view.span_of(f_lo, f_hi)
        if f_kind == "name" and kind == "role":
            return _spans(view, f_lo, f_hi)[0], view.span_of(start, hi)
        break
    if first is None:
        return None
    return _spans(view, first[0], first[1])


def _participle_with_agent(view: View, k: int) -> bool:
    """True when a past participle (or a participle of reaching or asking, fr "Joint") and its agent open at token
    ``k``: the clause they open names who asked or acted on the subject, never a name the subject stands in
    apposition to."""
    participle = view.is_a("reporting_participles", k) or view.has_form(view.rules.passive_form, k)
    return participle and k + 1 < len(view) and view.is_a("agent_markers", k + 1)


def _passive_clause(view: View, k: int, hi: int) -> bool:
    """True where verbs have no participle when a passive verb and lower-case words, ``[k, hi)``, open the sentence
    ("Dihubungi terpisah,", "Dimintai konfirmasi,"): a clause on the subject after its comma, no name before it."""
    if not view.rules.fronted_bare_verb or not view.has_form(view.rules.passive_form, k) or k + 1 >= hi:
        return False
    return all(view.tokens[m].text.islower() for m in range(k + 1, hi) if view.tokens[m].is_word)


def _past_title(view: View, k: int, hi: int) -> int:
    """Return where a name in apposition starts after the article and title opening it at token ``k`` ("le colonel |
    Pierre Dumont", "el coronel | Juan Pérez"), else ``k``."""
    if not view.is_a("determiners", k):
        return k
    end = view.lexicon_end("titles", k + 1)
    return end if end is not None and end < hi else k


def _passive_aside(view: View, lo: int, hi: int) -> bool:
    """True when ``[lo, hi)`` after a comma opens with a lower-case passive participle, maybe a time, and a preposition
    ("asked about the reports", "interrogé lundi | sur TF1"): an aside on the subject before it, no subject itself."""
    if lo + 1 >= hi or not view.rules.cased or view.tokens[lo].capitalized:
        return False
    k = view.lexicon_end("time", lo + 1) or lo + 1
    preposition = k < hi and (view.is_a("np_end", k) or view.is_a("agent_markers", k))
    return preposition and view.has_form(view.rules.passive_form, lo)


def _named_before(
    view: View, before: list[tuple[int, int]], lo: int, hi: int, *, closed: bool = True
) -> tuple[Span, Span | None] | None:
    """Return the name before a long apposition whose own words stop a noun phrase ("John Smith, the
    veteran chief of the troubled group Acme, denied"): the apposition holds a role noun or an organisation
    word, or opens with a determiner or a lower-case word and a comma closes it (``closed``: "a nurse from
    Texas, denied", "mother of two, denied"; with none, "Oficialmente, a rede nega" is the subject itself);
    earlier appositions and ages may stand between ("John Marsh, the chief of Acme, a group based in Perth,
    denied"; "Maria Lopez, 34, a nurse ...")."""
    described = view.find("role_nouns", lo, hi) or view.find("org_words", lo, hi)
    if described is None and not (closed and _common_noun_phrase(view, skip_leading(view, lo, hi))):
        return None
    if hi - lo > 2 and view.is_a("coreferent", hi - 1) and view.is_a("speech_verbs", hi - 2):
        return None  # "Secara terpisah, | Polres Bogor mengatakan pihaknya | membantah": the pronoun of reported speech
    for seg_lo, seg_hi in reversed(before):
        start = skip_leading(view, seg_lo, seg_hi)
        end = trim_stops(view, start, seg_hi)
        if start >= end:
            return None
        word = next((k for k in range(seg_lo, seg_hi) if view.tokens[k].is_word), seg_hi)
        if seg_lo == before[0][0] and _participle_with_agent(view, word):
            return None  # "Contactée par Le Monde, | la direction de l'entreprise a nié": who asked
        if is_age(view, start, end):
            continue
        # A role or a body opening the clause, described by an apposition opened by a determiner ("The senator,
        # a former governor of Ohio, denied"); not one a name stands in apposition to ("El presidente de ..., lord
        # Russell-Johnston, rechazó").
        head = closed and view.is_a("determiners", skip_leading(view, lo, hi)) and _described_head(view, start, end)
        head = head and skip_leading(view, before[0][0], start) == start
        if head or phrase_kind(view, start, end) == "name":
            return _spans(view, start, end)[0], view.span_of(skip_leading(view, lo, hi), hi)
        if not is_phrase(view, start, end):
            return None
    return None


def _described_head(view: View, lo: int, hi: int) -> bool:
    """True when ``[lo, hi)`` is a noun phrase opened by a determiner and headed by a role noun or an
    organisation word ("The senator", "The company"): the head an apposition describes ("The senator, a
    former governor of Ohio, denied")."""
    described = view.find("role_nouns", lo, hi) or view.find("org_words", lo, hi)
    return view.is_a("determiners", lo) and described is not None and is_phrase(view, lo, hi)


def _common_noun_phrase(view: View, k: int) -> bool:
    """True when token ``k`` opens a description, not a name: a determiner, or a lower-case word where
    names are capitalised."""
    token = view.tokens[k]
    return view.is_a("determiners", k) or (view.rules.cased and token.is_word and not token.capitalized)


def _spans(view: View, lo: int, hi: int) -> tuple[Span, Span | None]:
    found = party(view, lo, hi)
    return found.name, found.role


def glued_pronoun(view: View, k: int) -> Party:
    """Return the pronoun token ``k`` ends with after an elision ("lorsqu'|il", "qu'|elle"), the whole token without
    one: the subject a clause opener carries, named as the pronoun alone so that it is resolved as one."""
    token = view.tokens[k]
    cut = max(token.text.rfind("'"), token.text.rfind("’")) + 1
    return Party(Span(token.text[cut:], token.start + cut, token.end), None, pronoun=True)


def _party(view: View, found: tuple[Span, Span | None]) -> Party:
    name, role = found
    i = view.index(name.start)
    single = view.index(name.end) - i == 1
    pronoun = single and (view.is_a("pronouns", i) or self_subject(view, i))
    return Party(name, role, pronoun)


def _comma_segments(view: View, lo: int, hi: int) -> list[tuple[int, int]]:
    segments = []
    start = lo
    for j in range(lo, hi):
        if view.tokens[j].text == ",":
            segments.append((start, j))
            start = j + 1
    segments.append((start, hi))
    return segments
