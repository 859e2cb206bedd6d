"""From a trigger to a finding: the rule of each kind of trigger, which drops it or gives its denier and claim.

A verb ("denied") needs a real object and, unless a quotation speaks it, a party; a claim verb ("rejected")
needs a claim as its object; a denial noun ("a denial") needs an owner; a falsity word ("false") needs a
speaker and is said of the claim; a non-denial ("declined to comment") is kept whoever says it.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsmon.nlp.denials.agents import noun_owner
from newsmon.nlp.denials.attribution import Quote, headline_speaker, reported_speakers
from newsmon.nlp.denials.claim import (
    Claim,
    antecedent_claim,
    clitic_antecedent,
    falsity_in,
    no_object,
    object_claim,
    object_position,
    object_start,
    reported_claim,
)
from newsmon.nlp.denials.clauses import claim_before, clause_end, clause_start, is_finite, object_relative
from newsmon.nlp.denials.denier import (
    adjudicating,
    impersonal,
    one_word_object,
    previous_subject,
    set_off_before,
    subject,
)
from newsmon.nlp.denials.displaced import (
    fronted_object_claim,
    gap_claim,
    quoted_verdict_claim,
    reported_content,
    topic_claim,
)
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.fronted_labels import fronted_label
from newsmon.nlp.denials.names import Party, identified
from newsmon.nlp.denials.passives import passive_denial, passive_label
from newsmon.nlp.denials.relative_labels import relative_label
from newsmon.nlp.denials.said_false import subject_claim
from newsmon.nlp.denials.scope import (
    claim_object,
    dative_refusal,
    fronted_other_sense,
    hypothetical,
    negated,
    other_sense,
    party_object,
    passive,
    predicative,
    reflexive,
    skip_adverbs,
)
from newsmon.nlp.denials.statements import attributed_negation, trailed_negation
from newsmon.nlp.denials.triggers import Hit, label_near
from newsmon.nlp.denials.verdicts import (
    before_linking,
    coordinated_verdict,
    only_linking,
    past_adverbial,
    verdict_list_end,
)
from newsmon.nlp.denials.view import QUOTE_CHARS, View

_AUXILIARY_WORDS = 3  # "a (catégoriquement) rejeté", "ha sido": an auxiliary this close makes a tense


@dataclass(frozen=True, slots=True)
class Finding:
    """A trigger kept as a record: its kind (a trigger kind, or "label" for "called it false"), the token
    range ``[i, j)`` of the words that say it, the party saying it (None when nobody is named) and the claim."""

    kind: str
    i: int
    j: int
    party: Party | None
    claim: Claim


def find(document: Document, view: View, hit: Hit) -> Finding | None:
    """Return what the trigger ``hit`` of sentence ``view`` states, or None when it states no denial or
    non-denial (negated, hypothetical, another sense, nobody denying)."""
    quote = document.quote_at(view.tokens[hit.i].start)
    if hit.kind == "no_such":
        return _no_such(document, view, hit, quote)
    if hit.kind == "negated_statement":
        found = attributed_negation(document, view, hit)
        return None if found is None else Finding(hit.kind, *found)
    if hit.kind == "non_denial":
        claim = object_claim(view, hit.j, clause_end(view, hit.j))
        return Finding("non_denial", hit.i, hit.j, subject(document, view, hit, quote), claim)
    if negated(view, hit.i, hit.j, hit.gaps) or reflexive(view, hit.i):
        return None
    if hit.kind == "falsity":
        if _fronted_condition(view, hit.i):
            return None  # "Jika tuduhan itu tidak benar, pihak sekolah diminta …": a condition, nobody says it
        verdict = _falsity(document, view, hit, quote)
        span = None if verdict is None else verdict.claim.span
        if verdict is None or (span is not None and view.index(span.end) - view.index(span.start) > 1):
            return verdict
        # A verdict on one word ("«Eso es mentira»") names its claim by the topic when one is there.
        # "Sobre las acusaciones, el alcalde dijo que «son falsas»": a verdict naming no claim judges the topic.
        return Finding(
            verdict.kind, verdict.i, verdict.j, verdict.party, topic_claim(view, hit.i, hit.j) or verdict.claim
        )
    modal = hypothetical(view, hit.i, passive=passive(view, hit.i, hit.j))
    if modal or any(view.is_a("hypothetical", k) for k in range(hit.i + 1, hit.j - 1)):
        return None  # "if he denies"; "mengatakan, kalau tidak ada kenaikan …": the negation is a condition
    if hit.kind == "nouns" and hit.i == 0 and hit.j < len(view) and view.is_a("agent_markers", hit.j):
        said = passive_denial(document, view, hit, quote)  # "Desmentido por la Policía, el bulo ...": a participle
        return None if said is None else Finding(hit.kind, hit.i, hit.j, *said)
    if hit.kind == "nouns":
        owner = noun_owner(view, hit.i, hit.j)
        if owner is None or other_sense(view, hit.j):
            return None
        # The owner in the genitive after the noun is no part of the claim ("Ein Dementi | des Ministeriums |
        # folgte"), when a word ends it before the clause ends (an owner running to the end may hold the claim).
        owner_end, end = view.index(owner.name.end), clause_end(view, hit.j)
        marked = view.is_a("possessor_markers", hit.j) or view.index(owner.start) == hit.j  # or "نفي | الوزارة"
        genitive = hit.j < owner_end < end and marked
        after = genitive and view.find("claim_nouns", hit.j, owner_end) is None
        start = owner_end if after else hit.j
        end = clause_end(view, start)
        # "Опровержение этой информации | опубликовала пресс-служба": the claim ends at the light verb before the owner.
        end = next((k for k in range(start, min(end, view.index(owner.start))) if view.is_a("light_verbs", k)), end)
        return Finding("nouns", hit.i, hit.j, owner, object_claim(view, start, end))
    if hit.i > 0 and view.is_a("articles", hit.i - 1) and not passive(view, hit.i, hit.j):
        return None  # "resolved a dispute", "a rebuff for the mayor": a noun, no verb; "the debunked theory" below
    if passive(view, hit.i, hit.j):
        said = passive_denial(document, view, hit, quote)
        return None if said is None else Finding(hit.kind, hit.i, hit.j, *said)
    if _bare_participle(view, hit):
        return None  # "Recurso negado": a participle with neither auxiliary nor agent, nobody denies
    return _verb(document, view, hit, quote)


def _verb(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    end = clause_end(view, skip_adverbs(view, hit.j))
    obj = object_start(view, hit, end)
    # A trigger holding its complementiser ("aclaró que", "esclareceu que … não") is followed by the clause it
    # denies, whose words give the verb no other sense ("esclareceu que não existem registros de mortes").
    sense = other_sense(view, obj) and view.find("claim_markers", hit.i, hit.j) is None
    if sense or dative_refusal(view, hit.i, obj) or fronted_other_sense(view, hit.i) or party_object(view, hit.i, obj):
        return None
    clitic = _object_clitic(view, hit)
    antecedent = clitic_antecedent(view, hit.i) if clitic else None
    if hit.kind == "claim_verbs" and clitic and antecedent is None:
        return None  # "recebeu a proposta e rejeitou-a": the pronoun stands for no claim
    denier = subject(document, view, hit, quote)
    if (
        hit.kind == "claim_verbs"
        and not clitic
        and not (
            object_relative(view, hit.i)
            or _claim_relative(view, hit.i)
            or _claim_object_of(view, obj, end, denier, hit.j - 1 if obj < hit.j - 1 else None)
            or _fronted_claim_object(view, hit, obj, end, denier)
        )
    ):
        return None  # "Des accusations que rejette la direction": the claim is the relative's antecedent
    if denier is None and quote is None and _subject_in_verb(view, hit):
        denier = previous_subject(document, view, hit.i)  # "El consejero compareció … | Negó que …"
    if denier is None and quote is None and not _subject_in_verb(view, hit):
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
    if hit.kind == "claim_verbs" and denier is not None and adjudicating(view, denier):
        return None  # "The judge dismissed the complaint": a ruling on a case
    if clitic:  # "o clube desmentiu-a | horas depois": the object is the pronoun, what follows is no claim
        return Finding(hit.kind, hit.i, hit.j, denier, antecedent or Claim(None, None, noun=False))
    if denier is not None and obj < view.index(denier.name.end) <= end:
        # "ونفى المتحدث ... التقارير": the object follows the denier; not a speaker after the clause ("… que no
        # hay terceras personas implicadas", afirmó la fuente"); a denier after the participle's clause follows
        # the object, which ends at the comma ("Niant toute responsabilité, | la société a annoncé ...").
        comma = _comma_before(view, obj, denier)
        placed = _subject_start(view, denier)
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
    if denier is not None and view.index((denier.role or denier.name).start) > hit.i:
        claim = fronted_object_claim(view, hit.i) or claim
    elif claim.span is None:  # "Обвинения в подкупе | губернатор опроверг", "Слухи о продаже | опровергли"
        claim = fronted_object_claim(view, hit.i if denier is None else _subject_start(view, denier)) or claim
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
    if not denier_before and no_object(view, obj, end):
        claim = antecedent_claim(view, hit.i) or claim
    return Finding(hit.kind, hit.i, hit.j, denier, _negated_report(view, hit) or claim)


def _negated_report(view: View, hit: Hit) -> Claim | None:
    """Return the claim word a trigger's gap holds right before the negator the trigger spells ("menegaskan bahwa
    | rumors itu | bukan berasal dari kader"): the report is what is said not to be so; None when the gap holds no
    claim word ("menegaskan bahwa | negaranya | tidak mengembangkan senjata nuklir": the deed after it)."""
    if not hit.gaps or not view.is_a("negators", hit.gaps[-1][1]):
        return None
    claim = gap_claim(view, hit)
    return claim if claim is not None and claim.noun else None


def _fronted_condition(view: View, i: int) -> bool:
    """True when token ``i`` stands in a condition opening the sentence, before its comma: a hypothetical word
    opens the sentence's first clause ("Jika | tuduhan itu tidak benar, …", "If the reports are false, …")."""
    lo, opener = clause_start(view, i)
    first = next((k for k in range(lo) if view.tokens[k].is_word), None)
    if opener is None or first != opener or not view.is_a("hypothetical", opener):
        return False
    return all(view.tokens[k].text != "," for k in range(opener, i))


def _object_clitic(view: View, hit: Hit) -> bool:
    """True when the verb of the trigger carries its object pronoun, glued to it (``object_clitic``: pt "negou-o")
    or right before it (``proclitics``: es "el delantero lo negó", pt "o autarca a desmentiu")."""
    if hit.i > 0 and view.is_a("proclitics", hit.i - 1):
        return True
    form = view.rules.object_clitic
    return form is not None and form.fullmatch(view.tokens[hit.j - 1].text.lower()) is not None


def _claim_relative(view: View, i: int) -> bool:
    """True when the verb at ``i`` is the verb of a relative clause on a claim word ("Die Vorwürfe, | die der Minister
    zurückweist", "The allegations, which the minister rejected"): a claim does not reject, so the pronoun is the
    verb's object and the claim its antecedent. Not a verb after the relative clause's own ("tudingan yang menyebut
    | warganya menolak relokasi": what the claim says)."""
    opener = clause_start(view, i)[1]
    if opener is None or not view.is_a("relatives", opener) or not claim_before(view, opener):
        return False
    return not any(is_finite(view, k) or view.is_a("speech_verbs", k) for k in range(opener + 1, i))


def _claim_object_of(view: View, obj: int, end: int, denier: Party | None, until: int | None = None) -> bool:
    """True when a claim verb whose object starts at token ``obj`` (its clause ends at ``end``; its middle field
    before a separable particle at ``until``) has a claim as object ("rejected the allegations", "dismissed the
    report as false", "wies am Sonntagabend in der ZDF-Sendung | Berichte … zurück"), also past its subject and
    the adverbials after it in verb-subject order ("وكذّبت الداخلية، في بيان، | الأنباء")."""
    if claim_object(view, obj, until) or falsity_in(view, obj, end):
        return True
    if denier is None or not view.rules.subject_after_verb:
        return False
    after = view.index(denier.name.end)
    if not obj <= view.index(denier.start) < after < end:
        return False
    # The adverbial between commas may close the verb's clause; the object follows it.
    k = object_position(view, after, len(view))
    while k < len(view) and view.tokens[k].text == ",":
        k += 1  # the comma closing the adverbial: "، في بيان، | الأنباء"
    return claim_object(view, k)


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


def _fronted_claim_object(view: View, hit: Hit, obj: int, end: int, denier: Party | None) -> bool:
    """True when, where the object may open the clause (``subject_after_verb``), a claim opens the clause of a claim
    verb with no other object after it, or only its subject ("Эти обвинения министр отверг", "Обвинения отверг
    министр", "Это заявление отвергли | в Вашингтоне"); not "Автор доклада отверг предложение"."""
    if not view.rules.subject_after_verb:
        return False
    lo = clause_start(view, hit.i)[0]
    if not (view.is_a("claim_nouns", lo) or (view.is_a("determiners", lo) and view.is_a("claim_nouns", lo + 1))):
        return False
    if denier is not None and _subject_start(view, denier) == obj:
        obj = view.index(denier.name.end)  # the subject after the verb, maybe named by its place ("в МИД")
    return no_object(view, obj, end)


def _subject_start(view: View, party: Party) -> int:
    """Return the token where ``party`` starts, with the preposition naming a body by its place ("в | пресс-службе")."""
    k = view.index(party.start)
    return k - 1 if k > 0 and view.is_a("agent_places", k - 1) else k


def _comma_before(view: View, k: int, party: Party) -> int | None:
    """Return the first comma between token ``k`` and the start of ``party`` (its role or its name), or None."""
    return next((m for m in range(k, view.index(party.start)) if view.tokens[m].text == ","), None)


def _bare_participle(view: View, hit: Hit) -> bool:
    """True for a one-word trigger that is a participle and no finite verb in the file's terms (it has the
    ``passive_form`` and not the ``verb_like`` form) with no auxiliary or adverb (``skip``) right before it:
    pt/es "negado", "desmentida" without "foi" or "por", not "ha negado". Only pro-drop files tell finite
    verbs by ``verb_like`` closely enough (fr "nie" has a participle's ending)."""
    form, finite = view.rules.passive_form, view.rules.verb_like
    if not view.rules.pro_drop or hit.j - hit.i != 1 or form is None or finite is None:
        return False
    if hit.i > 0 and view.find("skip", max(0, hit.i - _AUXILIARY_WORDS), hit.i) is not None:
        return False
    word = view.tokens[hit.i].text.lower()
    return form.fullmatch(word) is not None and finite.fullmatch(word) is None


def _subject_in_verb(view: View, hit: Hit) -> bool:
    """True when a finite verb carries its own subject in a pro-drop language ("Negou ainda que ...", "Negó
    haber ..."): a party denies, named in an earlier sentence. Only the finite forms the file calls
    ``verb_like`` (past tenses) count, so an infinitive ("Negar que ...") names nobody. The verb may follow a
    trigger that ends on its negation (ru "Виновным себя не | признал")."""
    form = view.rules.verb_like
    if not view.rules.pro_drop or form is None:
        return False
    verbs = [hit.i, hit.j] if hit.j < len(view) and view.is_a("negators", hit.j - 1) else [hit.i]
    return any(form.fullmatch(view.tokens[k].text.lower()) for k in verbs)


def _falsity(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    # "a lie" is one word for the predicate test: "it is a lie" says it, "if you repeat a lie" does not.
    single = hit.j - hit.i == 1 or view.is_a("determiners", hit.i)
    label = label_near(view, hit.i, hit.j)
    adjacent = label is not None and label == hit.i - 1  # "назвало фейком публикацию"
    # "“This is false propaganda,” X said"; 'talk of the panel was "false info"': a quotation mark may stand between.
    before = hit.i - 2 if hit.i > 1 and view.tokens[hit.i - 1].text in QUOTE_CHARS else hit.i - 1
    stated = before >= 0 and view.is_a("copulas", before)
    if not adjacent and not stated and single and hit.j < len(view) and view.is_a("claim_nouns", hit.j):
        return None  # "a false report", "berita hoaks": describes a claim, says nobody denies it
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
    if label is not None and label < hit.i and passive(view, label, label + 1):
        said = passive_label(view, label, hit)  # "Kabar itu dipastikan hoaks | oleh Kominfo"
        if said is not None:
            return Finding("label", label, hit.j, *said)
        label = None  # "Kabar itu dinyatakan hoaks": nobody labels it, unless a speaker says it
    if label is not None:
        denier = subject(document, view, Hit("label", label, label + 1), quote)
        if label == hit.j and not view.rules.verb_second:  # "Ложью | назвал эти слухи сам артист"
            fronted = fronted_label(view, label, denier)
            return None if fronted is None else Finding("label", hit.i, label + 1, *fronted)
        first, last = min(label, hit.i), max(label + 1, hit.j)
        relative = relative_label(view, label, verdict_list_end(view, hit.j), denier) if label < hit.i else None
        if relative is not None:  # "estas acusaciones, que calificó de «falsas»": the antecedent is the claim
            return Finding("label", first, last, *relative)
        verdict = coordinated_verdict(view, label + 1, hit.i)
        if label < hit.i:
            lo = label + 1
            if denier is not None and lo <= view.index(denier.name.start) < hit.i:
                lo = view.index(denier.name.end)  # "ووصف المتحدث باسم الجيش | هذه التقارير بأنها كاذبة"
            claim = object_claim(view, lo, before_linking(view, lo, verdict))
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
        if claim.span is None and label < hit.i and _object_clitic(view, Hit("label", label, label + 1)):
            # "repudiou as declarações do ex-presidente e classificou-as como «mentirosas»": what the pronoun stands for
            claim = clitic_antecedent(view, label) or claim
        if claim.span is None:  # "Обвинения в коррупции | министр назвал клеветой", "Обвинения ... | назвали"
            claim = fronted_object_claim(view, label if denier is None else _subject_start(view, denier)) or claim
        return Finding("label", first, last, denier, claim)
    if single and not predicative(view, hit.i) and not _headline_verdict(view, hit):
        return None  # "the false report came from", "menyebarkan berita bohong"
    if quote is not None and document.scare_quote(quote):
        quote = None  # "a “false flag” operation": quotation marks around a word, nobody speaking
    if quote is not None:
        return _quoted_falsity(document, view, hit, quote)
    return _reported_falsity(document, view, hit)


def _headline_verdict(view: View, hit: Hit) -> bool:
    """True when a falsity word closes a headline's statement after its speaker's colon, said of the claim noun
    opening that statement ("Polri: Kabar Penangkapan Artis X Hoaks"): headlines drop the copula. Not right after
    the noun ("Kominfo: Berita Hoaks", a kind of news) nor after a verb ("Polri: Warga Diminta Tak Percaya Hoaks"),
    unless the verb closes the claim's own clause, its subject between it and the noun ("Isu Surat Suara |
    Tercoblos | Hoaks")."""
    if any(view.tokens[k].is_word for k in range(hit.j, len(view))):
        return False
    said = headline_speaker(view, hit.i)
    if said is None or hit.i - said.complement < 2 or not view.is_a("claim_nouns", said.complement):
        return False
    verb = hit.i - 1
    return not view.is_stop(verb) or (verb - said.complement >= 2 and view.is_a("claim_clause_verbs", verb))


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
    return lo < i and view.is_a("proposal_nouns", lo) and view.find("claim_nouns", lo, i) is None


def _no_such(document: Document, view: View, hit: Hit, quote: Quote | None) -> Finding | None:
    """A quoted negation of existence ("“There was no secret deal,” X said"): a denial by the quotation's
    speaker (also when it is the complement of reported speech: "X aseguró que “no hubo …”"), or in a pro-drop
    language by the subject a speech verb after it carries ("“…”, sostuvo"); unquoted, or in a quoted fragment
    of the writer's sentence ("porque “no hay ninguna evidencia”"), it is a statement like any other. Not
    checked for negation: the pattern is one."""
    if quote is None:
        return _attributed_no_such(document, view, hit)
    if document.scare_quote(quote):
        return None
    if document.speaker(quote) is None and not _in_reported_complement(view, view.index(quote.start)):
        return _unnamed_no_such(document, view, hit, quote)
    found = _quoted_falsity(document, view, hit, quote)
    if found.party is None:
        return None
    claim = found.claim
    if claim.span is None and hit.gaps:  # "«Никаких | переговоров о передаче территорий | не ведется»": what is not
        claim = Claim(view.span_of(hit.gaps[0][0], hit.gaps[-1][1]), None, noun=False)
    return Finding("no_such", hit.i, hit.j, found.party, claim)


def _attributed_no_such(document: Document, view: View, hit: Hit) -> Finding | None:
    """An unquoted negation of existence (``attributed_no_such``) after an "according to" attribution opening the
    sentence: a denial by the party it names ("Pour la direction, il n'y a jamais eu de fuite"), or with a trailing
    attribution (``statements.trailed_negation``); else None."""
    first = next((k for k in range(len(view)) if view.tokens[k].is_word), None)
    if first is None or not view.is_a("attributed_no_such", hit.i):
        return None
    if not view.is_a("according_to", first):
        trailed = trailed_negation(view, hit)  # "Não há qualquer acordo com o PSD, garantiu fonte do partido"
        return None if trailed is None else Finding("no_such", hit.i, hit.j, *trailed)
    found = _reported_falsity(document, view, hit)
    if found is None or (found.party is not None and impersonal(view, found.party)):
        return None  # "Selon l'étude, il n'existe aucun lien …": a finding, no party denies
    if found.party is not None and _crowd(view, found.party):
        return None  # "Pour les habitants du quartier, il n'y a jamais eu de commerce": an opinion
    return Finding("no_such", hit.i, hit.j, found.party, found.claim)


def _crowd(view: View, found: Party) -> bool:
    """True when a plural party (a plural determiner among its first two words) holds no name, role or body word:
    people in general ("les habitants du quartier", "de nombreux observateurs"), whose view is an opinion; not a
    body that the lists do not know ("le rectorat")."""
    lo = view.index(found.name.start)
    plural = view.find("plural_determiners", lo, min(lo + 2, view.index(found.name.end))) is not None
    return plural and not identified(view, found)


def _in_reported_complement(view: View, opening: int) -> bool:
    """True when a quotation opening at token ``opening`` opens the complement of reported speech ("X aseguró
    que “no hubo …”") or follows that complement's subject ("X dijo hoy que las ayudas “en ningún caso son …”"):
    a ``claim_markers`` word right before it, or one at most 8 tokens before it that a speech verb (at most three
    tokens earlier) introduces, with no punctuation or other clause opener between ("explicó que votarán en
    contra porque «no hay …»" is the writer's clause)."""
    for k in range(opening - 1, max(opening - 9, -1), -1):
        if view.is_a("claim_markers", k):
            return k == opening - 1 or view.find("speech_verbs", max(k - 3, 0), k) is not None
        if not view.tokens[k].is_word or view.is_a("clause_openers", k):
            return False
    return False


def _unnamed_no_such(document: Document, view: View, hit: Hit, quote: Quote) -> Finding | None:
    """A quoted negation of existence with no speaker named: a denial by the subject a finite speech verb
    after the quotation carries ("“…”, sostuvo."), in pro-drop languages (``verb_like`` tells the finite
    forms); otherwise a quoted fragment of the writer's sentence, no denial."""
    k = view.index(quote.end)
    while k < len(view) and not view.tokens[k].is_word and view.tokens[k].text in ",—–-":
        k += 1
    if k >= len(view) or not view.is_a("speech_verbs", k) or not _subject_in_verb(view, Hit("speech", k, k + 1)):
        return None
    return Finding("no_such", hit.i, hit.j, None, _quoted_falsity(document, view, hit, quote).claim)


def _quoted_falsity(document: Document, view: View, hit: Hit, quote: Quote) -> Finding:
    """A falsity word inside a quotation: its speaker says it."""
    # Quotation marks show a party speaking even when nobody is named (the guidelines' rule); a first
    # person inside the quote names them better than "katanya".
    before, _ = reported_speakers(view, hit.i, [])
    speaker = document.speaker(quote)
    inner = before.speaker if before is not None and quote.start < before.speaker.name.start else None
    if speaker is None:
        speaker = before.speaker if before is not None else _quoted_first_person(view, quote, hit.i)
    elif speaker.pronoun and inner is not None:
        speaker = inner
    if speaker is not None and impersonal(view, speaker):
        speaker = None  # “… setelah dilakukan penelusuran, diketahui bahwa …”: a search finds it, nobody named
    end = clause_end(view, hit.j)
    opening = view.index(quote.start)
    # A quoted predicate after its copula says its verdict of the subject before the quotation, not of the
    # words after the falsity word ('o título é «completamente falso e abusivo»').
    fragment = opening > 0 and view.is_a("copulas", opening - 1)
    claim = subject_claim(view, 0 if fragment else opening, hit.i, hit.j, end)
    if claim.span is None:  # a quoted fragment: 'said the claims were "baseless"' names its claim outside
        # "aseguró que «no es cierto» | que el Gobierno ...": a fragment closing on its verdict, the clause goes on.
        closes = quote.closed and hit.j < len(view) and view.index(quote.end - 1) == hit.j
        claim = subject_claim(view, 0, hit.i, hit.j, clause_end(view, hit.j + 1) if closes else end)
    return Finding("falsity", hit.i, hit.j, speaker, claim)


def _quoted_first_person(view: View, quote: Quote, i: int) -> Party | None:
    """Return the first-person pronoun a quotation holds before token ``i``, the speaker naming themself when
    nobody is named outside it ("“…, saya tidak pernah menandatangani …, itu adalah fitnah"); None without one."""
    found = view.find("first_person", view.index(quote.start), i)
    span = view.span_of(*found) if found is not None else None
    return Party(span, None, True) if span is not None else None


def _reported_falsity(document: Document, view: View, hit: Hit) -> Finding | None:
    """A falsity word outside quotations: a reported-speech attribution says it, or it is the writer's own."""
    before, after = reported_speakers(view, hit.i, document.quoted(view))
    if before is not None and impersonal(view, before.speaker):
        before = None  # "terdapat indikasi yang menyatakan ... tidak benar": evidence, not a party, says it
    if after is not None and impersonal(view, after):
        after = None
    if before is not None and after is None and view.is_a("first_person", view.index(before.speaker.name.start)):
        before = None  # "I thought it was rubbish": outside quotation marks, the first person is the writer
    if before is None and after is None:
        before = headline_speaker(view, hit.i)  # "Песков: сообщения о … не соответствуют действительности"
        if before is not None and impersonal(view, before.speaker):
            before = None  # "Fazit: Die Behauptung ist falsch": a fact-check's heading, the writer's verdict
    if before is None and after is None:
        return None  # the writer's own verdict: "Faktanya, kabar itu tidak benar"
    if before is not None and after is not None and before.speaker.pronoun:
        before = None  # "Video itu saya tegaskan bohong, tegas Esther Ruus": the named speaker
    lo = clause_start(view, hit.i)[0]
    complement = before.complement if before is not None and before.complement < hit.i else lo
    if before is not None and complement <= view.index(before.speaker.name.start) < hit.i:
        complement = view.index(before.speaker.name.end)  # "وأكدت وزارة الصحة | عدم صحة الأنباء": after its verb
    speaker = before.speaker if before is not None else after
    claim = subject_claim(view, complement, hit.i, hit.j, clause_end(view, hit.j))
    return Finding("falsity", hit.i, hit.j, speaker, claim if claim.span is not None else gap_claim(view, hit) or claim)
