"""Where the subject's run before its verb starts and ends: leading discourse words and trailing stops, an age in
apposition, a claim opening a relative clause, and adverbials or companions between the subject and its verb
("The embassy | in a statement posted on its website | denied", "Prabowo | melalui akun resminya membantah",
"Neng Muhaiba | didampingi Kepala UPT ..., mengatakan"). ``phrases`` reads subjects with them.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import is_participle
from newsmon.nlp.denials.names import has_word
from newsmon.nlp.denials.phrase_bounds import is_phrase
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.view import View

_AGE_WORDS = 3  # "49", "49 ans", "49 years old"


def skip_leading(view: View, lo: int, hi: int) -> int:
    """Return ``lo`` moved right over discourse words, dates and adverbs ("However,", "Namun", "On Monday")."""
    while lo < hi:
        token = view.tokens[lo]
        if (token.is_word and view.is_stop(lo)) or (not token.is_word and token.text in ",()" + "".join(QUOTE_CHARS)):
            lo += 1
        else:
            break
    return lo


def trim_stops(view: View, lo: int, hi: int) -> int:
    """Return ``hi`` moved left over stop words, quotation marks (adverbs, auxiliaries, dates) and a tag in
    parentheses (``name_tags``: "O deputado Nikolas Ferreira | (PL-MG)")."""
    while hi > lo:
        token = view.tokens[hi - 1]
        if view.is_stop(hi - 1) or (not token.is_word and token.text in QUOTE_CHARS):
            hi -= 1
        elif token.text == ")" and hi - 3 >= lo and view.tokens[hi - 3].text == "(" and view.is_a("name_tags", hi - 2):
            hi -= 3
        else:
            break
    return hi


def is_age(view: View, lo: int, hi: int) -> bool:
    """True for an age or a number in apposition ("49", "49 ans", "de 65 años", "both 52", "aged 49"): never
    the subject."""
    words = [k for k in range(lo, hi) if view.tokens[k].is_word]
    while len(words) > 1 and not view.tokens[words[0]].text.isdigit() and view.tokens[words[0]].text.islower():
        words.pop(0)  # a preposition, adverb or participle before the number: "de", "com", "both", "aged"
    return bool(words) and len(words) <= _AGE_WORDS and view.tokens[words[0]].text.isdigit()


def after_claim(view: View, lo: int, hi: int) -> int:
    """Return where the subject starts in a run ``[lo, hi)`` that opens with the claim it denies, in a
    relative clause with no pronoun ("charges | she has denied", "accusations | the company denies"): after
    the last lower-case claim word that a new noun phrase follows (a pronoun, a determiner, a name; not
    "the information | minister", nor the claim word's own complement, "un informe | de la universidad");
    ``lo`` when there is none. Only where the subject comes before its verb and the object after it."""
    if view.rules.subject_after_verb or view.rules.verb_second:
        return lo
    for k in range(hi - 2, lo - 1, -1):
        token = view.tokens[k]
        if token.is_word and not (view.rules.cased and token.capitalized) and view.is_a("claim_nouns", k):
            name = view.is_name_word(k + 1) and not view.is_a("name_joiners", k + 1)
            opens = view.is_a("pronouns", k + 1) or view.is_a("determiners", k + 1) or name
            return k + 1 if opens else lo
    return lo


def head_before_adverbial(view: View, lo: int, run_lo: int) -> tuple[int, int] | None:
    """Return the token range of the noun phrase opening ``[lo, run_lo)`` when the run before the verb (from
    ``run_lo``) is a prepositional phrase ending an adverbial that the phrase's first preposition opens ("The
    embassy | in a statement posted | on its website", "The union | in a letter to | members"); None when no
    preposition opens the run or stands right before it, or an adverbial's opener does, whose name may speak
    for the subject ("X melalui | akun Facebooknya JRX membantah": ``before_adverbial``). Only where the subject
    comes before its verb: with free word order the phrase after the preposition may be the subject ("Заявления |
    о фальсификациях на выборах председатель ЦИК | назвала голословными")."""
    if view.rules.subject_after_verb or view.rules.verb_second:
        return None
    before = run_lo - 1
    governed = view.is_a("np_end", before) and not view.is_a("adverbials", before) and not view.is_name_word(run_lo)
    if run_lo <= lo or not (view.is_a("np_end", run_lo) or governed):
        return None
    start = skip_leading(view, lo, run_lo)
    end = next((k for k in range(start + 1, run_lo) if view.is_a("np_end", k) or view.is_stop(k)), run_lo)
    if end == run_lo or not view.is_a("np_end", end) or not is_phrase(view, start, end):
        return None
    return start, end


def head_before_participle(view: View, lo: int, run_lo: int) -> tuple[int, int] | None:
    """Return the token range of the noun phrase before a participle whose clause runs up to the verb ("Officials |
    investigating the crash | denied", "A lawyer | acting for the company | said"): a reduced relative clause
    describing the subject, whose object is no subject. None when no participle stands right before the run (from
    ``run_lo``) or no noun phrase stands before it; only where the subject comes before its verb, in the clause's
    first phrase (a comma before it opens an apposition)."""
    if view.rules.subject_after_verb or view.rules.verb_second:
        return None
    participle = run_lo - 1
    if participle > lo and view.is_a("role_complements", participle):
        participle -= 1  # "A lawyer | acting for | the company": the run starts after a role's complement word
    if participle <= lo or not view.tokens[participle].is_word or not is_participle(view, participle):
        return None
    start = skip_leading(view, lo, participle)
    return (start, participle) if start < participle and is_phrase(view, start, participle) else None


def before_adverbial(view: View, lo: int, hi: int) -> int:
    """Return ``hi`` cut before an adverbial after the subject: "Prabowo | melalui akun resminya membantah";
    not when the adverbial ends in a name that a role, a title or other words introduce, who then speaks for the
    subject ("KPK melalui Wakil Ketua X", "X melalui akun Facebooknya JRX"); a name right after the adverbial's
    opener is whom it was said to ("Песков | в интервью РБК опроверг", "в разговоре с Сергеем Ивановым")."""
    found = view.find("adverbials", lo + 1, hi)
    if found is None or not has_word(view, lo, found[0]):
        return hi
    # The quotation mark closing a name before it is no part of the run ("Глава «Ростелекома» | в интервью РБК").
    return hi if speaks_for(view, found[1], hi) else trim_stops(view, lo, found[0])


def speaks_for(view: View, lo: int, hi: int) -> bool:
    """True when the words ``[lo, hi)`` after an adverbial's opener ("melalui", "through") end in a name that a
    role, a title or other words introduce, who speaks for the subject before the adverbial ("KPK melalui | Wakil
    Ketua X", "X melalui | akun Facebooknya JRX"); not a name right after the opener, to whom it was said
    ("Песков в интервью | РБК")."""
    introduced = view.find("role_nouns", lo, hi) or view.find("titles", lo, hi)
    addressee = introduced is None and all(view.is_name_word(k) for k in range(lo, hi))
    # A name a preposition governs is where or to whom it was said: "dalam surat resminya kepada | DPR".
    first = hi - 1
    while first > lo and view.is_name_word(first - 1) and not view.is_a("np_end", first - 1):
        first -= 1
    governed = first > lo and view.is_a("np_end", first - 1)
    # A name closed by its owner's pronoun is the subject's own: "melalui akun | Instagramnya".
    owned = view.is_a("demonstratives", hi - 1)
    return hi > lo and view.is_name_word(hi - 1) and not (addressee or governed or owned)


def before_companion(view: View, lo: int, hi: int) -> int:
    """Return ``hi`` cut before a companion named after the subject: "Neng Muhaiba | didampingi Kepala UPT
    Herryandi Sinulingga, mengatakan", "The mayor | accompanied by the police chief said"."""
    found = view.find("companions", lo + 1, hi)
    return found[0] if found is not None and has_word(view, lo, found[0]) else hi
