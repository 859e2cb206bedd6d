"""The rule of a falsity word: "false", "tidak benar", "«Eso es mentira»" need a speaker and are said of the claim
(the subject they are predicated of, the quotation, the clause a speech verb reports), or a labelling verb says
them of its object ("called the reports false"); not a word that describes a kind of news ("a false report") or
names a party or a proposal. Who says an unlabelled one is ``falsity_speakers``'s; "no such" statements are
``no_such``'s.
"""

from __future__ import annotations

from newsmon.nlp.denials.claim import (
    Claim,
    clitic_antecedent,
    object_claim,
)
from newsmon.nlp.denials.clauses import (
    clause_end,
    clause_start,
    object_clitic,
)
from newsmon.nlp.denials.denier import (
    subject,
)
from newsmon.nlp.denials.displaced import (
    agent_fronted_claim,
    fronted_object_claim,
)
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.falsity_speakers import quoted_falsity, reported_falsity
from newsmon.nlp.denials.finding import Finding
from newsmon.nlp.denials.fronted_labels import fronted_label
from newsmon.nlp.denials.headline_speakers import headline_speaker
from newsmon.nlp.denials.hypotheticals import hypothetical
from newsmon.nlp.denials.lexicon import WORD
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.nonparties import impersonal
from newsmon.nlp.denials.passives import passive_label
from newsmon.nlp.denials.placed import party_start
from newsmon.nlp.denials.predicates import (
    describes_claim,
    ends_on_claim,
    heads_phrase,
    names_claims,
    passive,
    predicative,
    trailed_verdict,
)
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.relative_labels import relative_label
from newsmon.nlp.denials.said_false import subject_claim
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.triggers import Hit, label_near
from newsmon.nlp.denials.verdicts import (
    before_linking,
    coordinated_verdict,
    only_linking,
    past_adverbial,
    verdict_list_end,
)
from newsmon.nlp.denials.view import View


def falsity(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    # "a lie" is one word for the predicate test: "it is a lie" says it, "if you repeat a lie" does not.
    # So is a phrase ending on a claim noun ("fake news"): a noun phrase, a verdict only where it is a predicate.
    single = hit.j - hit.i == 1 or view.is_a("determiners", hit.i) or ends_on_claim(view, hit.i, hit.j)
    label = label_near(view, hit.i, hit.j)
    adjacent = label is not None and label == hit.i - 1  # "назвало фейком публикацию"
    # "“This is false propaganda,” X said"; 'talk of the panel was "false info"': a quotation mark may stand between.
    before = hit.i - 2 if hit.i > 1 and view.tokens[hit.i - 1].text in QUOTE_CHARS else hit.i - 1
    stated = before >= 0 and view.is_a("copulas", before)
    pointed = _pointed_claim(document, view, hit, quote)
    if pointed is not None:
        return pointed
    if not adjacent and not stated and single and hit.j < len(view) and view.is_a("claim_nouns", hit.j):
        return None  # "a false report", "berita hoaks": describes a claim, says nobody denies it
    if heads_phrase(view, hit.i, hit.j):
        return None  # "Kebohongan yang diulang-ulang …", "kebohongan tersebut adalah …": a noun phrase, no verdict
    if describes_claim(view, hit.i):
        return None  # "percaya pada informasi yang tidak benar": a kind of news, nobody says one is false
    if label is None and not stated and names_claims(view, hit.i, hit.j):
        return None  # "said fake news could sway the election": the kind of news is talked of, no verdict on a claim
    if single and hit.j < len(view) and view.is_a("falsity_phrases", hit.j):
        return None  # "a false alarm", "false flag", "fausse alerte": another phrase, no verdict on a claim
    if single and view.rules.modifier_first and _modifies_noun(view, hit.j):
        return None  # "were false friends", "a lie detector": it describes another noun, no claim is said false
    if adjacent and single and _predicated(view, hit.j):
        return None  # "menyebut hoaks | sebagai ancaman demokrasi": the falsity word is what is named, no verdict
    if label is not None and _labels_a_party(view, label, hit.i):
        return None  # "menilai, Menteri Hukum dan HAM keliru": a person judged wrong, no claim denied
    if label is not None and label < hit.i and _labels_a_proposal(view, label, hit.i):
        return None  # "Депутат назвал предложение коллег абсурдным": an opinion of a proposal, no claim denied
    if label is not None and label < hit.i and hypothetical(view, label):
        return None  # "Para staf diminta untuk menilai … palsu": asked to judge, nobody has called it false
    if label is not None and label < hit.i and _fronted_participle(view, label):
        said = passive_label(view, label, hit)
        if said is not None:  # "Calificada de bulo | por el alcalde | la noticia, …"
            return Finding("label", label, hit.j, *said)
    if label is not None and label < hit.i and passive(view, label, label + 1):
        said = passive_label(view, label, hit)  # "Kabar itu dipastikan hoaks | oleh Kominfo"
        if said is not None:
            return Finding("label", label, hit.j, *said)
        label = None  # "Kabar itu dinyatakan hoaks": nobody labels it, unless a speaker says it
    if label is not None:
        denier = subject(document, view, Hit("label", label, label + 1), quote)
        if denier is not None and impersonal(view, denier):
            return None  # "A study found the claim to be false": the evidence's voice, nobody denies
        if label == hit.j and not view.rules.verb_second:  # "Ложью | назвал эти слухи сам артист"
            fronted = fronted_label(view, label, denier)
            return None if fronted is None else Finding("label", hit.i, label + 1, *fronted)
        first, last = min(label, hit.i), max(label + 1, hit.j)
        # Not a relative clause when a pronoun is the label's agent: its object is fronted, relative clauses and all.
        agent_object = agent_fronted_claim(view, label, label + 1)
        relative = (
            relative_label(view, label, verdict_list_end(view, hit.j), denier)
            if label < hit.i and agent_object is None
            else None
        )
        if relative is not None:  # "estas acusaciones, que calificó de «falsas»": the antecedent is the claim
            return Finding("label", first, last, *relative)
        verdict = coordinated_verdict(view, label + 1, hit.i)
        if label < hit.i:
            lo = label + 1
            if denier is not None and lo <= view.index(denier.name.start) < hit.i:
                lo = view.index(denier.name.end)  # "ووصف المتحدث باسم الجيش | هذه التقارير بأنها كاذبة"
            hi = before_linking(view, lo, verdict)
            # "ووصف المتحدث الاتهامات | بأنها محاولة يائسة للتشويه لا أساس لها": a copula that could open a clause
            # opens the predicate, the object ends there.
            hi = next((k for k in range(lo + 1, hi) if view.is_a("copulas", k) and view.is_a("claim_markers", k)), hi)
            claim = object_claim(view, lo, hi)
        else:
            claim = subject_claim(view, _after_denier(view, denier, hit.i), hit.i, hit.j, hit.j)
        # "назвал фейком | сообщения о переговорах": nothing between the label and its verdict, the claim follows.
        if (claim.span is not None or label < hit.i) and only_linking(
            view, past_adverbial(view, label + 1, verdict), verdict
        ):
            # Past the verdict's other adjectives, the closing quotation mark, or the label.
            after = skip_adverbs(view, max(verdict_list_end(view, hit.j), label + 1))
            following = object_claim(view, after, clause_end(view, after))  # "calificó de «falsas» las denuncias"
            # "hat Berichte … als Falschmeldung | bezeichnet.": a label closing the clause leaves the claim before.
            claim = following if following.span is not None or label < hit.i else claim
        if claim.span is None and label < hit.i and object_clitic(view, label, label + 1):
            # "repudiou as declarações do ex-presidente e classificou-as como «mentirosas»": what the pronoun stands for
            claim = clitic_antecedent(view, label) or claim
        if claim.span is None and agent_object is not None:  # "Kabar yang beredar itu | kami nyatakan tidak benar"
            claim = agent_object
        if claim.span is None:  # "Обвинения в коррупции | министр назвал клеветой", "Обвинения ... | назвали"
            claim = fronted_object_claim(view, label if denier is None else party_start(view, denier)) or claim
        return Finding("label", first, last, denier, claim)
    if (
        single
        and not predicative(view, hit.i)
        and not _headline_verdict(view, hit)
        and not trailed_verdict(view, hit.i, hit.j)
    ):
        return None  # "the false report came from", "menyebarkan berita bohong"
    if quote is not None and (document.scare_quote(quote) or _woven_in(document, view, quote)):
        quote = None  # "a “false flag” operation": quotation marks around a word, nobody speaking
    if quote is not None and _impersonal_speaker(document, view, quote):
        return None  # "« C'est faux », écrit l'éditorialiste": a columnist's opinion, no party's denial
    if quote is not None:
        return quoted_falsity(document, view, hit, quote)
    return reported_falsity(document, view, hit)


def _woven_in(document: Document, view: View, quote: Quote) -> bool:
    """True when the quotation ``quote``, with nobody named speaking it, opens on a lower-case word after words of its
    sentence: words quoted into the writer's own sentence ("la source « de la calomnie et du mensonge »"), no
    statement of a party's."""
    first = WORD.search(document.text, quote.start, quote.end)
    if first is None or not first.group()[0].islower():
        return False
    before = view.index(quote.start)
    return any(view.tokens[k].is_word for k in range(before)) and document.speaker(quote) is None


def _impersonal_speaker(document: Document, view: View, quote: Quote) -> bool:
    """True when the speaker named for the quotation ``quote`` is no party (``impersonal``): a columnist or a study,
    whose verdict is an opinion or a finding; not a quotation with nobody named, whose speaker is some party."""
    speaker = document.speaker(quote)
    return speaker is not None and impersonal(view, speaker)


def _fronted_participle(view: View, label: int) -> bool:
    """True when the labelling verb at token ``label`` may be a participle opening its clause ("Calificada de bulo por
    el alcalde …", "Jugée mensongère par le ministre, …"): a passive with no auxiliary when an agent follows the
    verdict (fr "qualifie" has a participle's ending too)."""
    return label == clause_start(view, label)[0] and view.has_form(view.rules.passive_form, label)


def _headline_verdict(view: View, hit: Hit) -> bool:
    """True when a falsity word closes a headline's statement after its speaker's colon, said of the claim noun
    opening that statement ("Polri: Kabar Penangkapan Artis X Hoaks"): headlines drop the copula. Not right after
    the noun ("Kominfo: Berita Hoaks", a kind of news) nor after a verb ("Polri: Warga Diminta Tak Percaya Hoaks"),
    unless the verb closes the claim's own clause, its subject between it and the noun ("Isu Surat Suara |
    Tercoblos | Hoaks")."""
    if any(view.tokens[k].is_word for k in range(hit.j, len(view))):
        return False
    said = headline_speaker(view, hit.i)
    # A quoted verdict ("Scholz: Berichte über Streit „falsch“"): the word before its quotation mark.
    verb = hit.i - 2 if view.tokens[hit.i - 1].text in QUOTE_CHARS else hit.i - 1
    if said is None or verb <= said.complement or not view.is_a("claim_nouns", said.complement):
        return False
    return not view.is_stop(verb) or (verb - said.complement >= 2 and view.is_a("claim_clause_verbs", verb))


def _pointed_claim(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    """Return the verdict of a falsity word ``hit`` that a named speaker says inside the quotation ``quote`` between a
    ``verdict_pointers`` word and a claim word ("“… still telling | this | false | narrative,” he said"): the speaker
    calls that claim false, the claim is the phrase. None otherwise: unquoted, after an article ("a false report"),
    or with nobody named ("“… calls concerning this false report.”" describes it)."""
    if quote is None or document.scare_quote(quote) or not view.index(quote.start) < hit.i:
        return None
    end = view.lexicon_end("claim_nouns", hit.j) if hit.j < len(view) else None
    if end is None or not view.is_a("verdict_pointers", hit.i - 1):
        return None
    said = quoted_falsity(document, view, hit, quote)
    if said.party is None:
        return None
    return Finding(said.kind, said.i, said.j, said.party, Claim(view.span_of(hit.i - 1, end), None, noun=True))


def _modifies_noun(view: View, j: int) -> bool:
    """True when token ``j``, right after a falsity word, is a lower-case noun it modifies: a content word that is
    no claim word ("false report" is judged elsewhere), function word, verb or adverb (``is_stop``) or time."""
    if j >= len(view) or not view.tokens[j].is_word or view.tokens[j].capitalized or view.is_stop(j):
        return False
    functions = ("claim_nouns", "conjunctions", "np_end", "clause_openers", "claim_markers", "pronouns", "determiners")
    return not any(view.is_a(name, j) for name in functions)


def _after_denier(view: View, denier: Party | None, i: int) -> int:
    """Return where the claim may start before a verdict at token ``i``: past the denier and the verb words after
    it ("Der Kreml hat | Berichte … als Falschmeldung bezeichnet"), else the sentence's start."""
    if denier is None or view.index(denier.name.end) >= i:
        return 0
    k = view.index(denier.name.end)
    while k < i and view.tokens[k].is_word and view.is_stop(k):
        k += 1
    return k


def _labels_a_party(view: View, label: int, i: int) -> bool:
    """True when what a labelling verb at ``label`` calls false (before the falsity word at ``i``) is a party
    named by a role, not a claim: "menilai, Menteri Hukum dan HAM keliru"."""
    lo = label + 1
    if view.rules.verb_second and view.find("claim_nouns", clause_start(view, label)[0], label) is not None:
        return False  # "Die Vorwürfe | bezeichnete | der Bürgermeister als haltlos": the role is the subject
    return lo < i and view.find("claim_nouns", lo, i) is None and view.find("role_nouns", lo, i) is not None


def _predicated(view: View, j: int) -> bool:
    """True when token ``j``, right after a falsity word, is a copula that no demonstrative or determiner spells
    ("hoaks | sebagai ancaman"): the falsity word is the subject of what follows."""
    if j >= len(view) or not view.is_a("copulas", j):
        return False
    return not (view.is_a("determiners", j) or view.is_a("demonstratives", j))


def _labels_a_proposal(view: View, label: int, i: int) -> bool:
    """True when what a labelling verb at ``label`` calls false (before the falsity word at ``i``) opens with a
    proposal ("назвал предложение коллег абсурдным", "called the plan absurd"), with no claim word in it."""
    lo = skip_adverbs(view, label + 1)
    if lo < i and view.is_a("determiners", lo):
        lo += 1
    elif (
        lo < i
        and not view.is_a("person_pronouns", lo)
        and not (view.is_a("proposal_nouns", lo) and not view.is_a("particle_objects", lo))
        and _lone_object(view, lo, i)
    ):
        # "asked about the allegations, she called | them | completely untrue": an object pronoun for the claim; not
        # a bare proposal where nouns take no article ("назвал | законопроект | абсурдным").
        return False
    return lo < i and view.is_a("proposal_nouns", lo) and view.find("claim_nouns", lo, i) is None


def _lone_object(view: View, k: int, i: int) -> bool:
    """True when the word at ``k`` alone stands between a labelling verb and its verdict at ``i``, with nothing but
    adverbs, a copula ("as") and the verdict's fellows ("“hurtful and | false”") after it: an object pronoun, the
    verdict said of what it stands for."""
    after = skip_adverbs(view, k + 1)
    if after < i and view.is_a("copulas", after):
        after = skip_adverbs(view, after + 1)
    return after in (i, coordinated_verdict(view, k + 1, i))
