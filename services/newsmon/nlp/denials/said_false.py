"""What a falsity word is said of: the claim before it ("the report | is false"), or after it when it comes first."""

from __future__ import annotations

from newsmon.nlp.denials.claim import Claim
from newsmon.nlp.denials.clauses import after_marker, clause_end, clause_start, judged_clause_start, thing_relative
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.sources import claim_source
from newsmon.nlp.denials.tokens import OPENING_QUOTES, QUOTE_CHARS
from newsmon.nlp.denials.view import View

_NOUN_WINDOW = 5
_VERB_PHRASE = 3  # the words of the longest copula ("sudah pasti")
_ADDRESSEE_WORDS = 4  # "à | agência Lusa": an addressee word and the words naming whom it addresses
_ATTRIBUTION_MARKS = ",،—–"
_CLOSING = QUOTE_CHARS | frozenset(_ATTRIBUTION_MARKS)


def subject_claim(view: View, lo: int, i: int, j: int, end: int) -> Claim:
    """Return what a falsity word at tokens ``[i, j)`` is said of: before it ("the report | is false"),
    or after it when nothing is ("no truth to | these claims", "Tidak benar | ada rapat") or the verdict comes first."""
    if view.is_a("fronted_verdicts", i) and (judged := judged_clause_start(view, j, end)) is not None:
        # "Tidak benar | mereka keluarga Prabowo, | kami tidak mengenal mereka": a pronoun after a comma opens a
        # clause of its own.
        end = next(
            (k for k in range(judged, end - 1) if view.tokens[k].text == "," and view.is_a("pronouns", k + 1)), end
        )
        noun = view.find("claim_nouns", judged, min(end, judged + _NOUN_WINDOW))
        return Claim(view.span_of(judged, end), claim_source(view, judged, noun, i), noun is not None)
    clause, opener = clause_start(view, i)
    if clause > 0 and not view.tokens[clause - 1].is_word and view.is_a("copulas", clause - 1):
        # "Слухи о закрытии завода — | фейк": the dash links them, it opens no clause.
        linked = clause_start(view, clause - 1)[0]
        lo = linked if lo == clause else lo
        clause, opener = clause_start(view, clause - 1)
    while (
        opener
        and view.is_a("conjunctions", opener)
        and (_only_adverbs(view, opener + 1, i) or joins_nouns(view, opener))
    ):
        # "These claims are absolutely, unequivocally and | completely false": adverbs joined, no new clause;
        # "The Russian and | Syrian claims are false", "Foto dan | video itu tidak benar": nouns joined.
        linked = clause_start(view, opener - 1)[0]
        lo = linked if lo == clause else lo
        clause, opener = clause_start(view, opener - 1)
    # "mengatakan | informasi yang menyebut warga mengungsi karena banjir bandang | tidak benar": a claim word
    # opening the reported clause heads the subject up to the verdict; the openers inside its phrase open no
    # clause of their own, nor does a complementiser after it cut the claim word off.
    phrase = _claim_phrase_end(view, lo, clause, i)
    if phrase is not None:
        clause, opener = lo, None
    # "reports that | the patient has Ebola | are false": a complementiser's content, no relative clause.
    relative = opener if opener is not None and _restrictive_relative(view, opener) else None
    relative = None if relative is not None and _reported_content(view, relative) else relative
    if relative is not None:
        # "the video that circulated online | is fake": the relative clause is part of what is said false.
        relative_clause = clause
        clause, joined = clause_start(view, relative)
        if joined is not None and view.is_a("conjunctions", joined) and joins_nouns(view, joined):
            clause = clause_start(view, joined - 1)[0]  # "Foto dan | video yang beredar itu | palsu"
        speech = view.find("speech_verbs", clause, relative)
        clause = clause if speech is None else speech[1]
        # Where the caller opened the claim at the relative clause, the noun it hangs on opens it: "The video
        # that circulated online is fake, | he said", "El vídeo que circula … es falso, dijo X"; not a claim word's
        # complementiser ("Claims that | four men had …").
        hangs = (
            _gapped_relative(view, relative)
            or not view.is_a("claim_nouns", relative - 1)
            or thing_relative(view, relative)
        )
        lo = clause if lo == relative_clause and hangs else lo
    lo = max(lo, clause)
    hi = i
    # Not past a complementiser: in "أكد أنه | لا صحة للأنباء" nothing is said false before the verdict.
    while hi > lo and not view.is_a("claim_markers", hi - 1):
        if not view.tokens[hi - 1].is_word or view.is_a("skip", hi - 1):
            hi -= 1
        elif hi < i and view.is_a("conjunctions", hi - 1) and _only_adverbs(view, hi, i):
            hi -= 1  # "absolutely, unequivocally | and completely false"
        elif hi - 1 > lo and view.is_a("relatives", hi - 1):
            hi -= 1  # the predicate's own subject: "a rumour that she was captured | which | is not true"
        elif (linking := linking_start(view, lo, hi)) is not None:
            hi = linking
        elif hi == i and hi - 1 > lo and view.is_a("claim_nouns", hi - 1) and view.is_a("copulas", hi - 2):
            hi -= 1  # the predicate's noun: "kabar tersebut adalah | berita | bohong", "Ini | berita | bohong"
        elif hi == i and hi - 2 > lo and not view.tokens[hi - 2].is_word and view.is_a("copulas", hi - 2):
            hi -= 1  # the verdict's own adjective after a dash: "заявления … — | бездоказательная | ложь"
        else:
            break
    start, hi = _without_speaker(view, _after_attribution(view, lo, hi), hi)
    while view.rules.verb_second and start < hi and view.is_a("copulas", start):
        start += 1  # "Nach Angaben eines Sprechers sind | die Berichte falsch": the verb before its subject
    marker = view.find("claim_markers", start, phrase or (hi if relative is None else relative))
    if marker is not None:
        start = marker[1]
    while start < hi and not view.tokens[start].is_word:
        start += 1  # an opening quotation mark: "« Il | n'y a jamais eu de négociation »" is a pronoun alone
    span = view.span_of(start, hi)
    words = [k for k in range(start, hi) if view.tokens[k].is_word]  # "„Das ist …“": not the quotation mark
    if span is None or (len(words) == 1 and view.is_a("pronouns", words[0])):
        if _attribution_after(view, j):
            # "Это ложь, | заявил Песков", "Das sei falsch, | sagte X": what follows is who says it; the pronoun
            # stands for a claim outside the sentence, so none is named, unless a complementiser after the
            # attribution opens it ("No es cierto, dijo el ministro, que | ...").
            marker = view.find("claim_markers", j, len(view))
            if marker is None:
                return Claim(None, None, noun=False)
            return Claim(after_marker(view, marker[1], clause_end(view, marker[1])), None, noun=False)
        after = skip_adverbs(view, j)
        opened = view.lexicon_end("claim_markers", after)  # "no es cierto que | se vayan a cerrar ..."
        span = (view.span_of(after, end) if opened is None else after_marker(view, opened, end)) or span
        noun = view.find("claim_nouns", j, min(end, j + _NOUN_WINDOW))
        return Claim(span, claim_source(view, j, noun, i), noun is not None)
    noun = view.find("claim_nouns", start, hi)
    return Claim(span, claim_source(view, start, noun, i), noun is not None)


def _claim_phrase_end(view: View, lo: int, clause: int, i: int) -> int | None:
    """Return the end of the claim word opening the clause the caller starts at token ``lo`` (after a speech
    verb, a label or a quotation mark) when clause openers stand between it and the clause ``[clause, i)`` of
    the verdict at ``i``, no demonstrative closes its phrase before them and that clause names no claim of its
    own ("said the report came out on Monday and | its claims | are false"); else None."""
    while lo < clause and view.tokens[lo].text in OPENING_QUOTES:
        lo += 1
    if lo == 0 or lo >= clause:
        return None
    noun = view.lexicon_end("claim_nouns", lo)
    if noun is None or noun >= clause or view.find("demonstratives", lo, clause) is not None:
        return None
    return None if view.find("claim_nouns", clause, i) is not None else noun


def linking_start(view: View, lo: int, hi: int) -> int | None:
    """Return where a copula ending at token ``hi`` starts ("Itu | sama sekali | tidak benar"), or beginning right
    before it; None when there is none, or when it is a demonstrative, which closes the phrase before it and
    belongs to it ("informasi tersebut | tidak benar")."""
    for k in range(max(lo, hi - _VERB_PHRASE), hi):
        end = view.lexicon_end("copulas", k)
        if end is not None and (end == hi or k == hi - 1):
            return None if view.is_a("demonstratives", k) else k
    return None


def joins_nouns(view: View, k: int) -> bool:
    """True when the conjunction at token ``k`` follows the first words of a noun phrase opening its clause
    (a few words, no verb or other stop): "The Russian | and", "“Foto | dan"; not "He resigned | and"."""
    lo = clause_start(view, k - 1)[0]
    while lo < k and view.tokens[lo].text in OPENING_QUOTES:
        lo += 1
    return 0 < k - lo <= _NOUN_WINDOW - 1 and all(view.tokens[m].is_word and not view.is_stop(m) for m in range(lo, k))


def _only_adverbs(view: View, lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` hold adverbs and punctuation only."""
    return all(view.is_a("skip", k) or not view.tokens[k].is_word for k in range(lo, hi))


def _without_speaker(view: View, lo: int, hi: int) -> tuple[int, int]:
    """Return ``[lo, hi)`` without a speech verb and the pronoun that is its subject opening or closing it:
    "Kami tegaskan | hal tersebut | tidak benar", "kami sudah sampaikan | itu | tidak benar", "Video itu | saya
    tegaskan | bohong"."""
    speech = view.find("speech_verbs", lo, hi)
    if speech is None:
        return lo, hi
    if all(
        view.is_a("pronouns", k) or view.is_a("skip", k) or not view.tokens[k].is_word for k in range(lo, speech[0])
    ):
        return speech[1], hi
    if speech[1] == hi and speech[0] - 1 > lo and view.is_a("pronouns", speech[0] - 1):
        return lo, speech[0] - 1
    return lo, hi


def _attribution_after(view: View, j: int) -> bool:
    """True when a speech verb or an "according to" follows token ``j`` past closing marks and a comma or a
    dash ("ложь, | заявил", "falsch“, | sagte"); not "Es falso, | el video que circula": the claim follows."""
    k = j
    while k < len(view) and not view.tokens[k].is_word and view.tokens[k].text in _CLOSING:
        k += 1
    if k == j or k >= len(view) or not any(view.tokens[m].text in _ATTRIBUTION_MARKS for m in range(j, k)):
        return False
    return view.is_a("speech_verbs", k) or view.is_a("according_to", k)


def _reported_content(view: View, k: int) -> bool:
    """True when the complementiser at token ``k`` after a report word opens what was reported, with its own
    subject: "some reports that | the patient has Ebola"; not "the video that | the ministry published"."""
    return view.is_a("report_nouns", k - 1) and not _gapped_relative(view, k)


def _gapped_relative(view: View, k: int) -> bool:
    """True when the relative pronoun at token ``k`` is the subject of its clause: no complementiser ("which",
    "yang"), or a verb or auxiliary right after it ("that | circulated", "that | is")."""
    return not view.is_a("claim_markers", k) or (k + 1 < len(view) and view.is_stop(k + 1))


def _restrictive_relative(view: View, k: int) -> bool:
    """True when token ``k`` is a relative pronoun right after a noun (no comma, no verb or complementiser
    between): "the video that circulated", "informasi yang beredar"; not "said that", nor after whom a speech verb
    addressed ("told reporters that", "garantiu à Lusa | que", "aseguró al diario | que": the complementiser)."""
    return (
        view.is_a("relatives", k)
        and k > 0
        and view.tokens[k - 1].is_word
        and not view.is_stop(k - 1)
        and not _addressed_before(view, k)
    )


def _addressed_before(view: View, k: int) -> bool:
    """True when the words before token ``k`` are whom a speech verb right before them addressed: before a
    complementiser, one word that is no claim word ("told | reporters | that", not "said | reports | that
    circulated"), or a few opened by an addressee word ("garantiu à | Lusa | que", "aseguró al diario | que")."""
    if (
        k > 1
        and view.is_a("claim_markers", k)
        and view.is_a("speech_verbs", k - 2)
        and not view.is_a("claim_nouns", k - 1)
    ):
        return True
    if view.is_a("claim_markers", k) and (_named_addressee(view, k) or _addressee_phrase(view, k)):
        return True
    for m in range(k - 1, max(0, k - _ADDRESSEE_WORDS - 1), -1):
        if view.is_a("addressees", m):
            verb = view.find("speech_verbs", max(0, m - _VERB_PHRASE), m)
            return verb is not None and verb[1] == m
        if not view.tokens[m].is_word:
            return False
    return False


def _named_addressee(view: View, k: int) -> bool:
    """True when a name of a few capitalised words stands between a speech verb and the complementiser at token
    ``k``: "told | Fox News | that", "told | The Hill | that" (a claim word inside a name heads no relative clause)."""
    for m in range(k - 1, max(0, k - _ADDRESSEE_WORDS - 1), -1):
        token = view.tokens[m]
        if not token.is_word or not token.capitalized:
            return m < k - 1 and view.is_a("speech_verbs", m)
    return False


def _addressee_phrase(view: View, k: int) -> bool:
    """True when a few words a determiner opens, right after a verb of telling (``telling_verbs``), stand before the
    complementiser at token ``k`` with no claim word among them: "told | a radio station | that" (not "said | the car |
    that the suspect drove", a relative clause; nor "told | the story | that circulated")."""
    for m in range(k - 1, max(0, k - _ADDRESSEE_WORDS - 1), -1):
        if not view.tokens[m].is_word or view.is_a("claim_nouns", m):
            return False
        if view.is_a("determiners", m) and not view.is_a("claim_markers", m):
            verb = view.find("telling_verbs", max(0, m - _VERB_PHRASE), m)
            return verb is not None and verb[1] == m
    return False


def _after_attribution(view: View, lo: int, hi: int) -> int:
    """Return where the claim starts in ``[lo, hi)``: after the comma closing an attribution before it ("Как
    сообщили в пресс-службе, | эти данные не соответствуют действительности", "According to X, | ..."), else
    ``lo``. The part before the comma names no claim ("the reports, which X published, are false")."""
    # A claim word inside a stop phrase is none: "Как рассказал | РИА Новости |" names the outlet addressed.
    limit = next((k for k in range(lo, hi) if view.is_a("claim_nouns", k) and not view.is_stop(k)), hi)
    found = [match[1] for match in (view.find("speech_verbs", 0, limit), view.find("according_to", 0, limit)) if match]
    if not found:
        return lo
    # The last comma after the first attribution's end (one scan, not one per comma).
    for k in range(limit - 1, max(lo, min(found) - 1), -1):
        if view.tokens[k].text in ",،":
            return k + 1
    return lo
