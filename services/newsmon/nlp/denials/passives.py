"""The rule of a passive trigger: the agent denies ("The reports were denied by the ministry", "Die Vorwürfe
wurden vom Verein zurückgewiesen"), or a named speaker whose quotation says the claim was refuted; the claim
is the passive's subject, or the relative pronoun's noun phrase ("tuduhan yang dibantah Beijing"). A passive
labelling verb before a falsity word says the same of its agent ("Kabar itu dipastikan hoaks oleh Kominfo").
"""

from __future__ import annotations

from newsmon.nlp.denials.agents import before_fronted_subject, passive_agent
from newsmon.nlp.denials.claim import Claim, antecedent_claim, object_claim, pronoun_claim
from newsmon.nlp.denials.clauses import clause_end, clause_start, is_finite
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.names import Party, identified, is_possessive, party
from newsmon.nlp.denials.nonparties import adjudicating, impersonal
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.said_false import joins_nouns
from newsmon.nlp.denials.scope import other_sense, skip_adverbs
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View

_PASSIVE_SUBJECT_WORDS = 3  # the words opening a passive clause that may give the verb another sense
_PASSIVE_CLAIM_WINDOW = 16  # "The accusations, which surfaced ... last month, have been rejected by"
_AGENT_WORDS = 6  # "by a fine save from the keeper": the words of an agent read for another sense


def passive_denial(document: Document, view: View, hit: Hit, quote: Quote | None) -> tuple[Party, Claim] | None:
    """Return the party and the claim of the passive trigger ``hit`` ("The reports were denied by the
    ministry"), or None when it states no denial: no party denies, another sense, a court's ruling, the
    writer describing the claim."""
    agent = passive_agent(view, hit)
    if agent is None and quote is not None and hit.kind == "verbs" and not other_sense(view, hit.j):
        return _quoted_passive(document, view, hit, quote)
    if agent is None or impersonal(view, agent):
        return None  # "was denied bail", "has since been debunked", "debunked by science": no party denies
    if hit.j - hit.i == 1 and _describes_claim(view, hit.i) and not identified(view, agent):
        return None  # "a hoax debunked by fact-checkers keeps spreading": the writer describes the claim
    if hit.j - hit.i == 1 and _describes_refused(view, hit.i):
        return None  # "teve o visto negado pela embaixada": a thing refused, no claim
    lo = _subject_start(view, hit.i)
    sense = view.find("other_senses", lo, min(hit.i, lo + _PASSIVE_SUBJECT_WORDS))
    # "Tembakan itu ditepis oleh kiper": a shot parried, no claim denied; not "Kabar pasien kabur … dibantah", a
    # claim word before it makes it what the claim says.
    if sense is not None and view.find("claim_nouns", lo, sense[0]) is None:
        return None
    if lo == hit.i and other_sense(view, hit.j):
        return None  # "ونُفي المعارض من قبل النظام إلى الخارج": the subject after the verb, exiled
    if hit.kind == "claim_verbs" and adjudicating(view, agent):
        return None  # "Her appeal was rejected by the court"
    if _name_kept_from(view, hit):
        return None  # "Kane was denied by a fine save from the keeper": a player kept from scoring
    # A verb-final clause puts the agent before the participle: "Die Vorwürfe wurden | vom Verein zurückgewiesen".
    agent_at = view.index(agent.start)
    if agent_at > lo and view.is_a("agent_places", agent_at - 1):
        agent_at -= 1  # "Der Bericht wurde | in Regierungskreisen dementiert": the place word is the agent's
    # "Dementiert wurde | der Bericht | vom Ministerium": the participle fronted, the claim after its auxiliary.
    fronted = lo == hit.i and hit.j < len(view) and view.is_a("passive_aux", hit.j)
    if fronted:
        after = hit.j + 1
        claim = object_claim(view, after, agent_at if agent_at > after else clause_end(view, after))
    elif lo == hit.i and (start := skip_adverbs(view, hit.j)) < agent_at and not view.is_a("agent_markers", start):
        claim = object_claim(view, start, agent_at)  # "ونُفيت | الأنباء عن ... | من قبل مكتب": the subject follows
    elif agent_at == lo < (aux := view.index(agent.name.end)) < hit.i and view.is_a("passive_aux", aux):
        claim = object_claim(view, aux + 1, hit.i)  # verb-second: "Im Kanzleramt | wurde | die Darstellung dementiert"
    else:
        claim = object_claim(view, lo, agent_at if lo < agent_at < hit.i else _before_aside(view, lo, hit.i))
    absolute = claim.span is None and lo == hit.i and agent_at >= hit.j
    if absolute:
        after = view.index(agent.name.end)  # "Foi desmentida pelo Banco de Portugal | a notícia de que ..."
        split = _subject_in_agent(view, agent)
        if split is not None:
            agent, after = split
        single = hit.j - hit.i == 1
        claim = (
            _absolute_claim(view, after, main_subject=split is None)
            if single
            else object_claim(view, after, clause_end(view, after))
        )
    # "Rechazadas por el Gobierno | las acusaciones ...": an absolute participle's claim follows its agent.
    if hit.kind == "claim_verbs" and not (claim.noun if fronted or absolute else _passive_of_claim(view, lo, hit.i)):
        return None  # "the case was dismissed by a court": not a claim that is rejected
    claim = pronoun_claim(view, claim, lo, hit.i)
    # "tuduhan yang dibantah Beijing": the relative pronoun before the passive verb is its subject, the claim.
    return agent, claim if claim.span else antecedent_claim(view, hit.i) or claim


def _absolute_claim(view: View, after: int, *, main_subject: bool) -> Claim:
    """Return the claim of a participle opening the sentence, after its agent ending at token ``after``. With
    ``main_subject``, a comma there makes it the main clause's subject the participle describes: "Desmentido por la
    Policía, | el bulo | siguió circulando". Else the participle's own subject follows its agent and ends at its
    comma, the main clause after it: "Desmentida por el club | la venta del estadio |, los socios respiraron"; not
    a clause the claim opens ("la noticia de que el estadio, construido en 1950, se vende")."""
    end = clause_end(view, after)
    if main_subject and after < len(view) and view.tokens[after].text in ",،":
        after += 1
        end = next((m for m in range(after + 1, len(view)) if _ends_subject(view, m)), len(view))
    elif view.find("claim_markers", after, end) is None:
        end = next((m for m in range(after, end) if view.tokens[m].text == ","), end)
    return object_claim(view, after, end)


def _ends_subject(view: View, m: int) -> bool:
    """True when token ``m`` ends the subject of a main clause: a mark, or its finite verb, maybe carrying a
    clitic ("el bulo | siguió", "a notícia | espalhou-se")."""
    token = view.tokens[m]
    form = view.rules.verb_like
    verb = token.text.split("-")[0]
    return not token.is_word or (form is not None and verb.islower() and form.fullmatch(verb) is not None)


def _subject_in_agent(view: View, agent: Party) -> tuple[Party, int] | None:
    """Return the agent cut before the passive's subject it ran into, and where the subject starts: a
    determiner and a claim word inside the phrase open the subject ("Fue desmentida por la Guardia Civil | la
    noticia de que ..."); None when there is none."""
    lo, hi = view.index(agent.start), view.index(agent.name.end)
    cut = next(
        (m for m in range(lo + 1, hi - 1) if view.is_a("determiners", m) and view.is_a("claim_nouns", m + 1)), None
    )
    return None if cut is None else (party(view, lo, cut), cut)


def passive_label(view: View, label: int, hit: Hit) -> tuple[Party, Claim] | None:
    """Return the agent and the claim of a passive labelling verb at token ``label`` before the falsity word
    ``hit`` ("Kabar itu dipastikan hoaks | oleh Kominfo", "The report was called baseless | by the ministry"):
    the agent calls the passive's subject false, or the claim after the agent of a participle opening the sentence
    ("Jugée mensongère par le ministre, | l'information | a circulé"). None unless an agent marker follows the
    falsity word (and the quotation mark closing it: "qualifiées de « mensongères » | par le Kremlin")."""
    k = hit.j
    while k < len(view) and view.tokens[k].text in QUOTE_CHARS:
        k += 1
    marker = view.lexicon_end("agent_markers", k) if k < len(view) else None
    agent = None if marker is None else phrase_after(view, marker)
    if agent is None or impersonal(view, agent):
        return None
    if label == clause_start(view, label)[0]:  # "Calificada de bulo por el alcalde | la noticia, …"
        agent = before_fronted_subject(view, agent)
        return agent, _absolute_claim(view, view.index(agent.name.end), main_subject=True)
    return agent, object_claim(view, _subject_start(view, label), label)


def _subject_start(view: View, i: int) -> int:
    """Return where the subject of a passive verb at token ``i`` starts: its clause's start, or the start of the
    clause before when the verb follows a relative clause that the noun phrase it hangs on opens: closed by a
    demonstrative right before the verb ("Video kerusuhan yang beredar di media sosial itu | (telah) dibantah"),
    or restrictive, its own words before the verb ("Kabar pengunduran diri itu yang beredar di grup WhatsApp |
    ditepis"), the verb a finite one (``verb_like``); not the verb right after the relative pronoun ("tuduhan yang |
    dibantah Beijing": the relative clause's own), nor a participle, which may be an adjunct of the relative
    clause's noun."""
    lo, opener = clause_start(view, i)
    closing = i - 1
    while closing > lo and view.is_a("skip", closing):
        closing -= 1  # "… itu | telah | dibantah": an auxiliary between the demonstrative and the verb
    if opener is not None and view.is_a("relatives", opener) and lo < closing:
        restrictive = opener > 0 and view.tokens[opener - 1].is_word and not view.is_stop(opener - 1)
        if view.is_a("demonstratives", closing) or (restrictive and is_finite(view, i)):
            return clause_start(view, opener)[0]
    while opener is not None and view.is_a("conjunctions", opener) and joins_nouns(view, opener):
        lo, opener = clause_start(view, opener)  # "had captured the wife and | child of …, have been denied"
    return lo


def _before_aside(view: View, lo: int, i: int) -> int:
    """Return where a passive's subject ends before an aside between commas closing it ("La noticia, | difundida
    ayer por una emisora, | fue desmentida": it describes the claim, it is not what is denied), else ``i``."""
    if i - lo < 4 or view.tokens[i - 1].text != ",":
        return i
    return next((k for k in range(lo + 1, i - 2) if view.tokens[k].text == ","), i)


def _passive_of_claim(view: View, lo: int, i: int) -> bool:
    """True when a claim is the subject of the passive claim-verb at token ``i`` (its clause opening at ``lo``): a
    claim noun shortly before it, or a pronoun alone as subject with a claim noun earlier in the sentence
    ("Cette rumeur … ; elle est vivement contestée par Arrien")."""
    if view.find("claim_nouns", max(0, i - _PASSIVE_CLAIM_WINDOW), i) is not None:
        return True
    words = [k for k in range(lo, i) if view.tokens[k].is_word and not view.is_stop(k)]
    return bool(words) and view.is_a("pronouns", words[0]) and view.find("claim_nouns", 0, lo) is not None


def _name_kept_from(view: View, hit: Hit) -> bool:
    """True when a passive's subject is a name alone opening the sentence, or a name's thing ("Haaland's header"),
    and its agent holds a word of another sense ("Salah was denied by the post"): a party kept from something,
    as "denied Arsenal" is."""
    lo, opener = clause_start(view, hit.i)
    words = [k for k in range(lo, hit.i) if view.tokens[k].is_word and not view.is_stop(k)]
    if len(words) > 1 and is_possessive(view.tokens[words[-2]].text):
        words.pop()  # the name's (or the players') shot, header or goal
    if opener is not None or not words or not all(view.is_name_word(k) for k in words):
        return False
    if view.find("claim_nouns", lo, hit.i) is not None:
        return False
    return view.find("other_senses", hit.j, min(len(view), hit.j + _AGENT_WORDS)) is not None


def _quoted_passive(document: Document, view: View, hit: Hit, quote: Quote) -> tuple[Party, Claim] | None:
    """A passive with no agent inside a quotation whose speaker is named: the speaker says the claim has been
    refuted ("“... central allegation has again been completely debunked,” X said")."""
    speaker = document.speaker(quote)
    if speaker is None or document.scare_quote(quote) or impersonal(view, speaker):
        return None
    return speaker, object_claim(view, clause_start(view, hit.i)[0], hit.i)


def _describes_refused(view: View, i: int) -> bool:
    """True for a participle (a one-word trigger) right after a word of another sense, wherever the clause
    starts: it describes a thing refused ("o jornalista teve | o visto | negado pela embaixada", "com a entrada
    negada"), not a claim."""
    return any(view.lexicon_end("other_senses", k) == i for k in range(max(0, i - 2), i))


def _describes_claim(view: View, i: int) -> bool:
    """True for a participle (a one-word trigger: no auxiliary in it) right after a claim word, or after it
    and a comma: a reduced relative clause describing the claim ("a hoax debunked by", "The rumour, denied
    by"), not "Ces informations ont été démenties par"."""
    k = i - 2 if i >= 2 and view.tokens[i - 1].text == "," else i - 1
    return k >= 0 and view.tokens[k].is_word and view.is_a("claim_nouns", k)
