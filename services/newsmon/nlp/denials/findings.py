"""From a trigger to a finding: the rule of each kind of trigger, which drops it or gives its denier and claim.

A verb ("denied") needs a real object and, unless a quotation speaks it, a party; a claim verb ("rejected") needs a
claim as its object (``verb_objects``); a denial noun ("a denial") needs an owner; a falsity word ("false") needs a
speaker and is said of the claim, and "no such" statements need a party (``falsity``, ``no_such``); a non-denial
("declined to comment") is kept whoever says it, but a study or the evidence.
"""

from __future__ import annotations

from newsmon.nlp.denials.agents import noun_owner
from newsmon.nlp.denials.asked import asked_party
from newsmon.nlp.denials.bare_participles import bare_participle, headline_passive, headline_replier
from newsmon.nlp.denials.claim import (
    Claim,
    antecedent_claim,
    clitic_antecedent,
    no_object,
    object_claim,
    object_start,
    reported_claim,
)
from newsmon.nlp.denials.clauses import (
    clause_end,
    clause_start,
    object_clitic,
    object_relative,
    subject_in_verb,
)
from newsmon.nlp.denials.denier import one_word_object, previous_subject, set_off_before, subject
from newsmon.nlp.denials.displaced import (
    agent_fronted_claim,
    fronted_clause_claim,
    fronted_object_claim,
    gap_claim,
    middle_object_claim,
    quoted_verdict_claim,
    reported_content,
    topic_claim,
)
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.falsity import falsity
from newsmon.nlp.denials.finding import Finding
from newsmon.nlp.denials.fronted_clauses import dropped_main_subject
from newsmon.nlp.denials.hypotheticals import hypothetical
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.no_such import no_such
from newsmon.nlp.denials.nonparties import impersonal, rules_on_case, rules_on_pleading
from newsmon.nlp.denials.noun_claims import claim_end_before_owner, noun_claim_bounds, noun_object_start
from newsmon.nlp.denials.passives import passive_denial
from newsmon.nlp.denials.performances import answered_by_performance
from newsmon.nlp.denials.placed import party_start
from newsmon.nlp.denials.predicates import passive
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.reported_speech import reported_speakers
from newsmon.nlp.denials.scope import (
    claim_object,
    dative_refusal,
    fronted_other_sense,
    negated,
    negated_governor,
    other_sense,
    party_object,
    reflexive,
    skip_adverbs,
)
from newsmon.nlp.denials.statements import attributed_negation
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.verb_objects import (
    claim_object_of,
    claim_relative,
    fronted_claim_object,
    object_set_off,
    raised_object,
)
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span


def find(document: Document, view: View, hit: Hit) -> Finding | None:
    """Return what the trigger ``hit`` of sentence ``view`` states, or None when it states no denial or
    non-denial (negated, hypothetical, another sense, nobody denying)."""
    quote = document.quote_at(view.tokens[hit.i].start)
    if hit.kind == "no_such":
        return no_such(document, view, hit, quote)
    if hit.kind == "negated_statement":
        found = attributed_negation(document, view, hit)
        return None if found is None else Finding(hit.kind, *found)
    if hit.kind == "non_denial":
        claim = object_claim(view, hit.j, clause_end(view, hit.j))
        asked = asked_party(view, hit)  # "Von der Bundesregierung gab es keine Stellungnahme"
        party = asked or subject(document, view, hit, quote)
        if party is not None and impersonal(view, party):
            return None  # "A study could not confirm the link": the evidence is silent, no party keeps silent
        return Finding("non_denial", hit.i, hit.j, party, claim)
    owned_subject = hit.kind == "nouns" and negated_governor(view, hit.i, hit.j)
    if (negated(view, hit.i, hit.j, hit.gaps) and not owned_subject) or reflexive(view, hit.i):
        return None
    if hit.kind == "falsity":
        if _fronted_condition(view, hit.i):
            return None  # "Jika tuduhan itu tidak benar, pihak sekolah diminta …": a condition, nobody says it
        verdict = falsity(document, view, hit, quote)
        if verdict is None or rules_on_pleading(view, verdict.party, verdict.claim.span):
            return None  # "The judge said the claims were without merit": a ruling, no denial
        if _names_claim(view, hit, verdict.claim.span):
            return verdict
        # A verdict on one word ("«Eso es mentira»") names its claim by the topic when one is there.
        # "Sobre las acusaciones, el alcalde dijo que «son falsas»": a verdict naming no claim judges the topic.
        speaker_end = None if verdict.party is None else view.index(verdict.party.name.end)
        topic = topic_claim(view, hit.i, hit.j, speaker_end)
        return Finding(verdict.kind, verdict.i, verdict.j, verdict.party, topic or verdict.claim)
    modal = hypothetical(view, hit.i, passive=passive(view, hit.i, hit.j))
    if modal or _condition_in_gap(view, hit):
        return None  # "if he denies"; "mengatakan, kalau tidak ada kenaikan …": the negation is a condition
    if hit.kind == "nouns" and hit.i == 0 and hit.j < len(view) and view.is_a("agent_markers", hit.j):
        said = passive_denial(document, view, hit, quote)  # "Desmentido por la Policía, el bulo ...": a participle
        return None if said is None or _wanted(view, said[0]) else Finding(hit.kind, hit.i, hit.j, *said)
    if hit.kind == "nouns":
        owner = noun_owner(view, hit.i, hit.j)
        if owner is None or other_sense(view, hit.j) or _wanted(view, owner):
            return None
        # The owner in the genitive after the noun is no part of the claim ("Ein Dementi | des Ministeriums |
        # folgte"), when a word ends it before the clause ends (an owner running to the end may hold the claim).
        owner_end, end = view.index(owner.name.end), clause_end(view, hit.j)
        # Or "نفي | الوزارة", or the agent marker opening it: "Un desmentido | por parte del | club | llegó tarde".
        opened = (hit.j, view.lexicon_end("agent_markers", hit.j))
        marked = view.is_a("possessor_markers", hit.j) or view.index(owner.start) in opened
        genitive = hit.j < owner_end < end and marked
        after = genitive and view.find("claim_nouns", hit.j, owner_end) is None
        start = owner_end if after else noun_object_start(view, hit.j)  # or "un desmentido de | la noticia"
        if marked and _claim_after_apposition(view, owner_end):
            # "A negativa do ministro, José Múcio, | de que houvesse ...": past the owner's apposition.
            start = owner_end + 1
        elif marked and owner_end < len(view) and view.tokens[owner_end].text == ":":
            start = owner_end + 1  # "Démenti du ministre | : « … »": a headline, the words after its colon said
        end = clause_end(view, start)
        # "Опровержение этой информации | опубликовала пресс-служба": the claim ends at the light verb before the owner,
        # or after it ("Bantahan Kementerian Perdagangan atas isu kelangkaan gula | disampaikan Selasa").
        end = next((k for k in range(start, end) if view.is_a("light_verbs", k)), end)
        end = claim_end_before_owner(view, start, end, view.index(owner.start))
        return Finding("nouns", hit.i, hit.j, owner, object_claim(view, *noun_claim_bounds(view, start, end)))
    if hit.i > 0 and view.is_a("articles", hit.i - 1) and not passive(view, hit.i, hit.j):
        return None  # "resolved a dispute", "a rebuff for the mayor": a noun, no verb; "the debunked theory" below
    if passive(view, hit.i, hit.j):
        said = passive_denial(document, view, hit, quote)
        return None if said is None else Finding(hit.kind, hit.i, hit.j, *said)
    replier = headline_replier(view, hit)  # "Vorwürfe … zurückgewiesen – Heil spricht von Kampagne"
    if replier is not None:
        return Finding(hit.kind, hit.i, hit.j, replier, object_claim(view, 0, hit.i))
    if bare_participle(view, hit) or headline_passive(view, hit):
        return None  # "Recurso negado", "Bail denied for …": a participle with no auxiliary nor agent, nobody denies
    return _verb(document, view, hit, quote)


def _wanted(view: View, owner: Party | None) -> bool:
    """True when a hypothetical word follows the owner of a denial noun ("Klarifikasi dari pihak sekolah |
    diperlukan"): the denial is needed or awaited, none is given."""
    end = None if owner is None else view.index(owner.name.end)
    return end is not None and end < len(view) and view.is_a("hypothetical", end)


def _verb(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    end = clause_end(view, skip_adverbs(view, hit.j))
    obj = object_start(view, hit, end)
    # A trigger holding its complementiser ("aclaró que", "esclareceu que … não") is followed by the clause it
    # denies, whose words give the verb no other sense ("esclareceu que não existem registros de mortes").
    # "negou, por unanimidade, | o pedido"; "raised, and I rejected, | the theory": the object past a comma.
    set_off = object_set_off(view, obj, end) or raised_object(view, hit.i, obj, end)
    sense = other_sense(view, obj) or (set_off is not None and other_sense(view, set_off))
    sense = sense and view.find("claim_markers", hit.i, hit.j) is None
    sense = sense or answered_by_performance(view, hit.i, hit.j, end)  # "membantah tudingan | dengan mencetak dua gol"
    if sense or dative_refusal(view, hit.i, obj) or fronted_other_sense(view, hit.i) or party_object(view, hit.i, obj):
        return None
    clitic = object_clitic(view, hit.i, hit.j)
    antecedent = clitic_antecedent(view, hit.i) if clitic else None
    if hit.kind == "claim_verbs" and clitic and antecedent is None:
        return None  # "recebeu a proposta e rejeitou-a": the pronoun stands for no claim
    denier = subject(document, view, hit, quote)
    if (
        hit.kind == "claim_verbs"
        and not clitic
        and not (
            object_relative(view, hit.i)
            or claim_relative(view, hit.i)
            or claim_object_of(view, obj, end, denier, hit.j - 1 if obj < hit.j - 1 else None)
            or (set_off is not None and claim_object(view, set_off))
            or fronted_claim_object(view, hit, obj, end, denier)
            or fronted_clause_claim(view, hit.i) is not None
        )
    ):
        return None  # "Des accusations que rejette la direction": the claim is the relative's antecedent
    if denier is None and quote is None and subject_in_verb(view, hit.i, hit.j):
        denier = previous_subject(document, view, hit.i)  # "El consejero compareció … | Negó que …"
    dropped = subject_in_verb(view, hit.i, hit.j) or dropped_main_subject(view, hit.i, hit.j)
    if denier is None and quote is None and not dropped:
        return None  # nobody is said to deny
    if denier is not None and _person_sent_away(view, obj, denier):
        return None  # "ونفت السلطات | الزعيم سعد زغلول إلى جزيرة مالطا": exiled
    if denier is not None and impersonal(view, denier):
        # "numerous studies debunk claims": the evidence, not a party, says it; unless a party says so ("Ia
        # mengatakan pertemuan kemarin membantah adanya ketegangan": Ia denies through it).
        reporter = reported_speakers(view, view.index(denier.name.start), document.quoted(view))[0]
        if reporter is None or impersonal(view, reporter.speaker):
            return None
        denier = reporter.speaker
    if denier is not None and rules_on_case(view, hit.kind, denier, obj, end):
        return None  # "The judge dismissed the complaint": a ruling on a case
    if clitic:  # "o clube desmentiu-a | horas depois": the object is the pronoun, what follows is no claim
        return Finding(hit.kind, hit.i, hit.j, denier, antecedent or Claim(None, None, noun=False))
    if denier is not None and obj < view.index(denier.name.end) <= end:
        # "ونفى المتحدث ... التقارير": the object follows the denier; not a speaker after the clause ("… que no
        # hay terceras personas implicadas", afirmó la fuente"); a denier after the participle's clause follows
        # the object, which ends at the comma ("Niant toute responsabilité, | la société a annoncé ...").
        comma = _comma_before(view, obj, denier)
        placed = party_start(view, denier)
        if placed < view.index(denier.start) and any(
            view.tokens[k].is_word and not view.is_stop(k) for k in range(obj, placed)
        ):
            end = placed  # "On dément toute implication | dans l'entourage du ministre": the object ends at the place
        elif comma is None or placed < view.index(denier.start):
            obj = view.index(denier.name.end)  # "On dément, à Matignon, | les rumeurs": the object after the place
        else:
            end = min(end, comma)
    gapped = obj < hit.j - 1 and skip_adverbs(view, obj) < hit.j - 1 and not _adverbial_field(view, obj, hit)
    if gapped:
        end = min(hit.j - 1, clause_end(view, obj))  # the object ends where the separable verb closes, or before
    elif obj < hit.j:
        obj = hit.j  # "stritt (am Freitag) ab, | das Geld genommen zu haben": no object in the gap, it follows
    claim = object_claim(view, obj, max(end, obj))
    if gapped and claim.noun:
        claim = reported_content(view, hit.j, claim) or claim  # "wies einen Bericht zurück, | wonach ..."
    fronted = agent_fronted_claim(view, hit.i, hit.j)
    if denier is not None and view.index((denier.role or denier.name).start) > hit.i:
        claim = fronted_object_claim(view, hit.i) or fronted_clause_claim(view, hit.i) or claim
    elif denier is not None and _inverted_pronoun(view, hit.i + 1):
        # "Ein Sprecher sagte, die Vorwürfe weise | man | zurück": the pronoun after the verb is the subject the
        # speaker stands for, the object is fronted.
        claim = fronted_object_claim(view, hit.i) or claim
    elif claim.span is None and fronted is not None:
        claim = fronted  # "Tuduhan yang dialamatkan kepadanya itu | kami bantah"
    elif claim.span is None:  # "Обвинения в подкупе | губернатор опроверг", "Слухи о продаже | опровергли"
        claim = fronted_object_claim(view, hit.i if denier is None else party_start(view, denier)) or claim
    after = skip_adverbs(view, hit.j)
    if denier is not None and (claim.span is None or (after < len(view) and view.tokens[after].text == ",")):
        # "Бизнесмен | свою вину | отрицает(, его адвокаты ...)": the object before the verb, none after it
        claim = middle_object_claim(view, view.index(denier.name.end), hit.i) or claim
    if denier is not None and view.index(denier.start) == hit.j + 1 and one_word_object(view, hit.j):
        claim = Claim(view.span_of(hit.j, hit.j + 1), None, noun=True)  # "ونفى | ذلك | مسؤول في الوزارة"
    claim = reported_claim(view, claim, hit.i)
    # "“Kabar itu hoaks,” | bantah X": the verb speaks the quotation's verdict; the phrase after it is its speaker
    # ("«Yo no he firmado ese contrato», negó la exdirectora, | Pilar Ortega": the speaker and an apposition).
    if claim.span is None or (denier is not None and hit.i < view.index(denier.start) <= view.index(claim.span.start)):
        claim = quoted_verdict_claim(document, view, hit.i) or claim
    if claim.span is None:  # "Soal tudingan korupsi itu, | Budi membantahnya": the topic opening the sentence
        claim = topic_claim(view, hit.i, hit.j) or claim
    # A relative clause is about its antecedent, unless the antecedent is who denies ("Trump, who has denied").
    denier_before = denier is not None and (
        view.index(denier.name.start) < clause_start(view, hit.i)[0] or set_off_before(view, denier, hit.i)
    )
    if not denier_before and fronted is None and no_object(view, obj, end):
        claim = antecedent_claim(view, hit.i) or claim
    claim = _negated_report(view, hit) or _negated_clause(view, hit, claim) or claim
    return Finding(hit.kind, hit.i, hit.j, denier, claim)


def _negated_clause(view: View, hit: Hit, claim: Claim) -> Claim | None:
    """Return the whole clause a trigger's own speech verb reports when the trigger runs from the verb over the
    clause's subject (its gap) to a negated copula and maybe its predicate ("said | the hijackers | were not |
    diplomats": "the hijackers were not diplomats", with what follows the trigger); None for any other trigger."""
    if not hit.gaps or not view.is_a("speech_verbs", hit.i):
        return None
    copula = hit.gaps[-1][1]
    if not view.is_a("copulas", copula) or copula + 1 >= hit.j or not view.is_a("negators", copula + 1):
        return None
    # What the trigger's object adds right after it belongs to the clause ("was not an employee | of the club").
    adjacent = claim.span is not None and view.index(claim.span.start) == hit.j
    end = view.index(claim.span.end) if claim.span is not None and adjacent else hit.j
    span = view.span_of(hit.gaps[0][0], end)
    return None if span is None else Claim(span, claim.source, claim.noun)


def _inverted_pronoun(view: View, k: int) -> bool:
    """True when token ``k`` is a subject pronoun standing for a speaker (``first_person``, ``coreferent``)."""
    return k < len(view) and (view.is_a("first_person", k) or view.is_a("coreferent", k))


def _negated_report(view: View, hit: Hit) -> Claim | None:
    """Return the claim word a trigger's gap holds right before the negator the trigger spells ("menegaskan bahwa
    | rumors itu | bukan berasal dari kader"): the report is what is said not to be so; None when the gap holds no
    claim word ("menegaskan bahwa | negaranya | tidak mengembangkan senjata nuklir": the deed after it)."""
    if not hit.gaps or not view.is_a("negators", hit.gaps[-1][1]):
        return None
    claim = gap_claim(view, hit)
    return claim if claim is not None and claim.noun else None


def _names_claim(view: View, hit: Hit, span: Span | None) -> bool:
    """True when the claim ``span`` found for the verdict ``hit`` is one it names: more than one word, and not the
    words after a comma closing the verdict, the speaker's next ones ("«No es verdad, | no tengo ninguna intención
    …»"); a topic the sentence names is the claim otherwise."""
    if span is None or view.index(span.end) - view.index(span.start) < 2:
        return False
    return not (view.index(span.start) > hit.j and hit.j < len(view) and view.tokens[hit.j].text == ",")


def _condition_in_gap(view: View, hit: Hit) -> bool:
    """True when a hypothetical word stands among the trigger's own words ("mengatakan, | kalau | tidak ada kenaikan
    …", "a précisé que | si | la grève …"); not one inside a claim clause set off by commas in the gap, which is the
    claim's mood ("wies Berichte, | wonach Diplomaten abgezogen würden |, als falsch zurück"), nor one right after a
    relative pronoun, which is its relative clause's ("produk yang | akan | diekspor ke China, belum merupakan …")."""
    inside = False
    for k in range(hit.i + 1, hit.j - 1):
        if view.tokens[k].text == ",":
            after = k + 1
            # A word of both kinds opens a condition ("kalau": if, or that).
            inside = view.is_a("claim_markers", after) and not view.is_a("hypothetical", after)
        elif not inside and view.is_a("hypothetical", k) and not _relative_mood(view, k):
            return True
    return False


def _relative_mood(view: View, k: int) -> bool:
    """True when the word at ``k`` follows a relative pronoun that is no complementiser (id "yang", not en "that")."""
    return view.is_a("relatives", k - 1) and not view.is_a("claim_markers", k - 1)


def _fronted_condition(view: View, i: int) -> bool:
    """True when token ``i`` stands in a condition opening the sentence, before its comma: a hypothetical word
    opens the sentence's first clause ("Jika | tuduhan itu tidak benar, …", "If the reports are false, …")."""
    lo, opener = clause_start(view, i)
    first = next((k for k in range(lo) if view.tokens[k].is_word), None)
    if opener is None or first != opener or not view.is_a("hypothetical", opener):
        return False
    return all(view.tokens[k].text != "," for k in range(opener, i))


def _person_sent_away(view: View, obj: int, denier: Party) -> bool:
    """True when, in verb-subject order, a person follows the subject after the verb and a word of another sense
    follows the person ("نفت السلطات | الزعيم سعد زغلول | إلى جزيرة مالطا": exiled); not a deed ("نفى الجيش وصول
    أسلحة إلى غزة")."""
    if not view.rules.subject_after_verb or view.index(denier.start) < obj:
        return False
    k = view.index(denier.name.end)
    person = k < len(view) and (view.is_a("role_nouns", k) or view.is_a("titles", k) or view.is_name_word(k))
    return person and other_sense(view, k)


def _adverbial_field(view: View, obj: int, hit: Hit) -> bool:
    """True when the words from ``obj`` to a participle closing its clause say only where, when or how, and the
    claim follows its comma ("hat | am Montag in Berlin | bestritten, | dass …", "hat | auf der Plattform X |
    bestritten, | dass …"): a preposition or a time opens them, no claim word is among them."""
    first = skip_adverbs(view, obj)
    if first >= hit.i or not (view.is_a("np_end", first) or view.is_a("time", first)):
        return False
    if view.find("claim_nouns", first, hit.i) is not None:
        return False
    return hit.j + 1 < len(view) and view.tokens[hit.j].text == "," and view.is_a("claim_markers", hit.j + 1)


def _comma_before(view: View, k: int, party: Party) -> int | None:
    """Return the first comma between token ``k`` and the start of ``party`` (its role or its name), or None."""
    return next((m for m in range(k, view.index(party.start)) if view.tokens[m].text == ","), None)


def _claim_after_apposition(view: View, k: int) -> bool:
    """True when a comma closing the owner's apposition at token ``k`` is followed by the claim's marker ("do ministro,
    José Múcio|, de que ...")."""
    return k + 1 < len(view) and view.tokens[k].text == "," and view.is_a("claim_markers", k + 1)
