"""Who says a falsity word, and of what claim: inside a quotation its speaker (named or not: quotation marks show
a party speaking), outside one the reported-speech attribution before or after it, a headline's speaker, the party
of a speech verb set off inside it or of the act it gives the reason of; with none, the verdict is the writer's
own and no finding. ``falsity`` and ``no_such`` give their findings through these."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_end, clause_start
from newsmon.nlp.denials.displaced import gap_claim
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.finding import Finding
from newsmon.nlp.denials.headline_speakers import headline_speaker
from newsmon.nlp.denials.inserted import inserted_speaker
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.nonparties import impersonal
from newsmon.nlp.denials.quotes import Quote
from newsmon.nlp.denials.reasons import reason_giver
from newsmon.nlp.denials.reported_speech import reported_speakers
from newsmon.nlp.denials.said_false import subject_claim
from newsmon.nlp.denials.tokens import CLOSING_QUOTES, QUOTE_CHARS
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View

# How far before a quoted verdict a complementiser may open the subject it is said of ("قال الكرملين إن | التقارير
# الغربية بشأن تحركات عسكرية روسية قرب الحدود | «هستيريا لا أساس لها»": eight words), and its speech verb before it,
# past a speaker between them ("وقال | المتحدث باسم الشركة | إن").
_SUBJECT_REACH = (16, 6)


def quoted_falsity(document: Document, view: View, hit: Hit, quote: Quote) -> Finding:
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
    # So does one after the subject of a reported complement, whatever it holds before the falsity word ('إن
    # التقارير الغربية … | «هستيريا لا أساس لها»'): the subject ends at the quotation.
    subject = opening > 0 and not view.is_a("claim_markers", opening - 1)
    subject = subject and in_reported_complement(view, opening, *_SUBJECT_REACH)
    claim = subject_claim(view, 0 if fragment or subject else opening, opening if subject else hit.i, hit.j, end)
    if claim.span is None:  # a quoted fragment: 'said the claims were "baseless"' names its claim outside
        # "aseguró que «no es cierto» | que el Gobierno ...": a fragment closing on its verdict, the clause goes on.
        closes = quote.closed and hit.j < len(view) and view.index(quote.end - 1) == hit.j
        claim = subject_claim(view, 0, hit.i, hit.j, clause_end(view, hit.j + 1) if closes else end)
    return Finding("falsity", hit.i, hit.j, speaker, claim)


def _remark_on_clause(view: View, i: int, complement: int) -> bool:
    """True when token ``i`` stands in a relative on the whole clause before it, opened after a comma past what was
    reported from ``complement`` on (fr "…, | ce qui | est faux", de "…, | was | sich als falsch erwies"): it remarks
    on the report, no part of it."""
    opener = clause_start(view, i)[1]
    if opener is None or opener < complement + 2:
        return False
    if view.is_a("clause_relatives", opener):
        return view.tokens[opener - 1].text == ","
    free = view.is_a("relatives", opener) and view.is_a("free_relatives", opener - 1)
    return free and view.tokens[opener - 2].text == ","


def in_reported_complement(view: View, opening: int, reach: int = 8, speaker: int = 3) -> bool:
    """True when a quotation opening at token ``opening`` opens the complement of reported speech ("X aseguró
    que “no hubo …”") or follows that complement's subject ("X dijo hoy que las ayudas “en ningún caso son …”"):
    a ``claim_markers`` word right before it, or one at most ``reach`` tokens before it that a speech verb (at
    most ``speaker`` tokens earlier) introduces, with no punctuation but commas nor other clause opener between
    ("explicó que votarán en contra porque «no hay …»" is the writer's clause)."""
    for k in range(opening - 1, max(opening - reach - 1, -1), -1):
        if view.is_a("claim_markers", k):
            return k == opening - 1 or view.find("speech_verbs", max(k - speaker, 0), k) is not None
        if view.tokens[k].text == ",":
            continue  # an aside between commas: "заявил, что, | по всей видимости, | «ничего … не произошло»"
        if not view.tokens[k].is_word or view.is_a("clause_openers", k):
            return False
    return False


def _quoted_predicate(view: View, lo: int, i: int) -> int:
    """Return where a quotation opening after the reported clause's first word at ``lo`` and still open at the
    falsity word at ``i`` starts: the words quoted before that word are its predicate's, the subject ends at the
    quotation ('إن المقطع المتداول | «قديم ولا أساس له من الصحة»'); ``i`` when there is none."""
    quotes = [k for k in range(lo, i) if not view.tokens[k].is_word and view.tokens[k].text in QUOTE_CHARS]
    return quotes[0] if len(quotes) == 1 and quotes[0] > lo else i


def _past_skipped(view: View, k: int) -> int:
    """Return the first token from ``k`` on that no ``skip`` word (an adverb: "إطلاقا") covers."""
    while (end := view.lexicon_end("skip", k)) is not None:
        k = end
    return k


def _quoted_first_person(view: View, quote: Quote, i: int) -> Party | None:
    """Return the first-person pronoun a quotation holds before token ``i``, the speaker naming themself when
    nobody is named outside it ("“…, saya tidak pernah menandatangani …, itu adalah fitnah"); None without one."""
    found = view.find("first_person", view.index(quote.start), i)
    span = view.span_of(*found) if found is not None else None
    return Party(span, None, True) if span is not None else None


def reported_falsity(document: Document, view: View, hit: Hit) -> Finding | None:
    """A falsity word outside quotations: a reported-speech attribution says it, or it is the writer's own."""
    before, after = reported_speakers(view, hit.i, document.quoted(view))
    if before is not None and impersonal(view, before.speaker):
        before = None  # "terdapat indikasi yang menyatakan ... tidak benar": evidence, not a party, says it
    if after is not None and impersonal(view, after):
        after = None
    if before is not None and _remark_on_clause(view, hit.i, before.complement):
        before = None  # "Le journal a écrit que …, ce qui est faux": the writer's remark on what was reported
    if before is not None and after is None and view.is_a("first_person", view.index(before.speaker.name.start)):
        before = None  # "I thought it was rubbish": outside quotation marks, the first person is the writer
    if before is None and after is None:
        before = headline_speaker(view, hit.i)  # "Песков: сообщения о … не соответствуют действительности"
        if before is not None and impersonal(view, before.speaker):
            before = None  # "Fazit: Die Behauptung ist falsch": a fact-check's heading, the writer's verdict
    if before is None and after is None:
        after = inserted_speaker(document, view, hit.j)  # "No es cierto, | dijo, | que …": the sentence before's party
    if before is None and after is None:
        after = reason_giver(document, view, hit.i)  # "El juez archivó la causa | ya que | la denuncia es falsa"
    if before is None and after is None:
        return None  # the writer's own verdict: "Faktanya, kabar itu tidak benar"
    if before is not None and after is not None and before.speaker.pronoun:
        before = None  # "Video itu saya tegaskan bohong, tegas Esther Ruus": the named speaker
    lo = clause_start(view, hit.i)[0]
    complement = before.complement if before is not None and before.complement < hit.i else lo
    if before is not None and complement <= view.index(before.speaker.name.start) < hit.i:
        complement = view.index(before.speaker.name.end)  # "وأكدت وزارة الصحة | عدم صحة الأنباء": after its verb
    speaker = before.speaker if before is not None else after
    # "Es «rotundamente falso» | que ...": a verdict quoted alone, its clause goes on past the closing mark.
    # (past an adverb of the verdict's: "أنه «لا صحة إطلاقا» | للأنباء عن ...")
    verdict_end = _past_skipped(view, hit.j)
    closing = verdict_end < len(view) and view.tokens[verdict_end].text in CLOSING_QUOTES
    subject_end = _quoted_predicate(view, complement, hit.i)
    claim = subject_claim(view, complement, subject_end, hit.j, clause_end(view, verdict_end + 1 if closing else hit.j))
    return Finding("falsity", hit.i, hit.j, speaker, claim if claim.span is not None else gap_claim(view, hit) or claim)
