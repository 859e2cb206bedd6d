"""The subject of a verb-second clause (German): the phrase before the finite verb, or the one after it when
an adverbial, a source or the object comes first ("Am Montag wies | der Sprecher | ... zurück")."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start, closes_insertion, reported_clause_start
from newsmon.nlp.denials.names import Party, party, phrase_kind
from newsmon.nlp.denials.phrase_bounds import phrase_after, phrase_at
from newsmon.nlp.denials.phrases import apposition_through, past_dates, subject_before
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View


def verb_second_subject(view: View, hit: Hit, *, reported: bool) -> Party | None:
    """Return the subject in a verb-second clause: the phrase before the finite verb, or the one after
    it when a date, an adverbial or the object comes first ("Am Montag wies der Sprecher ... zurück").
    With ``reported``, a clause reported after a speech verb and its comma has its own subject ("Der Anwalt
    sagte, | der Mandant bestreite die Vorwürfe"); a non-denial's "man" there is the speaker's own."""
    start, opener = clause_start(view, hit.i)
    anchor = hit.i  # the token whose clause holds the subject
    if start < hit.i and opener is not None and verbless_conjunct_start(view, start, hit.i) != start:
        anchor = opener  # "hat Berichte über X und | andere Pläne zurückgewiesen": the clause before the conjunction
        start, opener = clause_start(view, anchor)
    # "Die Vorwürfe gegen X und | Y | wies …": one phrase, the object, runs past the conjunction.
    conjunct = start if start < hit.i and object_conjunct(view, opener) else None
    if conjunct is not None:
        start, opener = clause_start(view, conjunct - 1)
    if _after_subordinate_clause(view, start, hit.i):
        return _inverted_subject(view, hit.i + 1)
    if start == hit.i and opener is not None and view.is_a("conjunctions", opener):
        # "Der Minister forderte Aufklärung und | wies ... zurück"; not "..., und dementierte | der Sprecher | den
        # Bericht", where the verb has its own subject.
        return _coordinated_inverted(view, hit.i) or _shared_subject(view, opener)
    # Not after a relative clause closing there, inserted: "Anna Weber, Sprecherin und Beraterin, die … ist, | wies".
    if (
        start < hit.i - 1
        and view.tokens[hit.i - 1].text == ","
        and not closes_insertion(view, start, hit.i - 2)
        and _coordinated_inverted(view, hit.i) is None
    ):
        shared = _shared_subject(view, hit.i - 1)  # "Das Amt bestätigte den Vorfall, | wies aber Berichte … zurück"
        if shared is not None and "," not in shared.name.text:  # not "Der Minister, der …, wies"
            return shared
    lo = start if conjunct is not None or not reported else reported_clause_start(view, anchor)
    lo = _past_focus_particle(view, lo, hit.i)
    # A subordinate clause puts its verb last: an adverb before it is none ("nachdem X die Berichte | zunächst | …").
    first = _first_phrase_end(view, lo if conjunct is None else conjunct, hit.i)
    adverbs = _subordinate(view, opener)
    finite = _finite_verb(view, first, hit.i, adverbs=adverbs)
    if finite < hit.i and closes_insertion(view, lo, finite):
        finite = _finite_verb(view, finite + 2, hit.i, adverbs=adverbs)  # "…, die seit Jahren im Amt ist, | hat"
    fronted = phrase_at(view, lo, finite)
    dated = past_dates(view, lo, finite) > lo  # "… und | seit 2019 | CSU-Chef, hat": no phrase at the date
    if (fronted is not None or dated) and opener is not None and lo == start and view.is_a("conjunctions", opener):
        # "Markus Söder, bayerischer Ministerpräsident und | CSU-Chef, | hat": two roles in apposition to the name.
        fronted = apposition_through(view, opener, _before_relative(view, lo, finite)) or fronted
    if fronted is not None:
        span = fronted.role or fronted.name
        if view.find("claim_nouns", view.index(span.start), view.index(fronted.name.end)) is None:
            return _apposed_name(view, fronted, finite) or fronted
        if finite == hit.i and _subordinate(view, opener):
            return _verb_final_subject(view, lo) or _inverted_subject(view, finite + 1)
    return _inverted_subject(view, _after_adverbials(view, finite, hit.i) + 1)


def _before_relative(view: View, lo: int, finite: int) -> int:
    """Return where a relative clause, its verb last, opens after its comma when it closes right before the finite
    verb at ``finite`` in the clause opening at ``lo`` ("Markus Söder, der bayerische Ministerpräsident und CSU-Chef,
    | der seit 2018 regiert, hat"): the apposition before it reaches that far; else ``finite``."""
    if finite < 2 or not closes_insertion(view, lo, finite - 2):
        return finite
    return next(k for k in range(finite - 3, lo - 1, -1) if view.tokens[k].text == ",") + 1


def _after_subordinate_clause(view: View, start: int, i: int) -> bool:
    """True when the verb at ``i`` follows a subordinate clause and its comma: it is the main clause's, that clause
    (or the object it belongs to) its first place, and the subject follows ("Berichte, wonach ..., dementierte | ein
    Sprecher", "Obwohl ..., wies | der Minister ... zurück")."""
    if i - 1 <= start or view.tokens[i - 1].text != ",":
        return False
    opener = clause_start(view, i - 1)[1]
    if _subordinate(view, opener) or view.find("claim_markers", start, i - 1) is not None:
        return True
    # A claim with its content apposed between commas ("Die Behauptung, | der Bürgermeister habe …, | wies"): the
    # object is the first place, the content no subject.
    return any(view.tokens[m].text == "," and view.is_a("claim_nouns", m - 1) for m in range(start + 1, i - 1))


def verb_final_object(view: View, i: int) -> int | None:
    """Return where the object of the verb at ``i`` starts when it closes a subordinate clause, right after the
    clause's subject ("obwohl die Landesregierung | die Vorwürfe zurückweist"), else None."""
    lo, opener = clause_start(view, i)
    # An adverb may stand before the verb ("nachdem das Ministerium die Berichte | zunächst | zurückgewiesen hatte").
    if not _subordinate(view, opener) or _finite_verb(view, _first_phrase_end(view, lo, i), i, adverbs=True) != i:
        return None
    found = _verb_final_subject(view, lo)
    end = None if found is None else view.index(found.name.end)
    return end if end is not None and end < i else None


def _subordinate(view: View, opener: int | None) -> bool:
    """True when the clause opener at ``opener`` subordinates its clause, whose verb then comes last ("obwohl",
    "nachdem", "dass"); not a conjunction ("und"), after which the verb comes second."""
    return opener is not None and not view.is_a("conjunctions", opener)


def object_conjunct(view: View, opener: int | None) -> bool:
    """True when the conjunction at ``opener`` joins two nouns inside a fronted object: the clause before it is one
    phrase, no verb in it, headed by a claim word ("Einen Zusammenhang zwischen dem Mittel und | den Erkrankungen
    weist … zurück"), not a clause of its own ("Die Vorwürfe seien falsch, und | die Regierung wies …")."""
    if opener is None or not view.is_a("conjunctions", opener):
        return False
    lo = clause_start(view, opener)[0]
    phrase = all(view.tokens[k].is_word and not view.is_stop(k) for k in range(lo, opener))
    return phrase and _claim_head(view, lo)


def _claim_head(view: View, lo: int) -> bool:
    """True when the phrase opening at token ``lo`` is headed by a claim word, maybe after its article."""
    return view.is_a("claim_nouns", lo) or (opens_phrase(view, lo) and view.is_a("claim_nouns", lo + 1))


def _verb_final_subject(view: View, lo: int) -> Party | None:
    """Return the subject that opens a subordinate clause at ``lo`` whose verb comes last, up to where its object
    opens ("obwohl | die Landesregierung | die Vorwürfe zurückweist", "nachdem | das Unternehmen | Berichte über
    ... dementiert hatte"), or None when the clause opens with its object, a claim ("..., die der Minister
    bestreitet" is read by the relative rules)."""
    return None if _claim_head(view, lo) else _inverted_subject(view, lo)


def _past_focus_particle(view: View, lo: int, i: int) -> int:
    """Return where the first phrase of the clause opening at ``lo`` starts: after an adverb that an article or a
    name follows, not the verb, which would come second were the adverb a phrase of its own ("Auch | die
    Gewerkschaft wies ... zurück", "Auch | Friedrich Merz dementierte"; not "Am Montag | wies"); else ``lo``.
    The trigger is at ``i``."""
    after = view.lexicon_end("skip", lo)
    if after is None or after >= i:
        return lo
    named = view.tokens[after].capitalized and view.is_name_word(after)
    return after if named or view.is_a("determiners", after) else lo


def finite_verb(view: View, lo: int, i: int) -> int:
    """Return the finite verb of the verb-second clause opening at token ``lo`` whose trigger is at ``i`` (the
    trigger itself when there is none before it): past a fronted phrase, a source or a time, and the adverbials
    between commas after them ("Am Montag, kurz nach der Sitzung, | hatte der Konzern ... dementiert")."""
    first = _first_phrase_end(view, lo, i)
    finite = _past_insertion(view, first, _finite_verb(view, first, i), i)
    if finite < i and closes_insertion(view, lo, finite):
        finite = _finite_verb(view, finite + 2, i)  # "Der Minister, der krank ist, | hat die Vorwürfe zurückgewiesen"
    return _after_adverbials(view, finite, i)


def _past_insertion(view: View, first: int, finite: int, i: int) -> int:
    """Return the finite verb after an insertion between commas that opens after the first word of the clause, at
    ``first``, when the word at ``finite`` taken for the verb is inside it: an apposition's adverb or a relative
    clause's word ("Markus Söder, | zugleich | CSU-Chef, | hat", "Markus Söder, der | auch | CSU-Chef ist, | hat");
    else ``finite``. The trigger is at ``i``."""
    if finite >= i or all(view.tokens[k].text != "," for k in range(first, finite)):
        return finite
    close = next((k for k in range(finite + 1, i) if view.tokens[k].text == ","), None)
    return finite if close is None else _finite_verb(view, close + 1, i)


def verbless_conjunct_start(view: View, lo: int, i: int) -> int:
    """Return where the clause of the participle at ``i`` starts when the clause opening at ``lo`` is a conjunct with
    no finite verb before it and the clause before the conjunction has its finite verb: the conjunction joins two
    phrases of that clause ("hat Berichte über ein Sparpaket und | andere Pläne zurückgewiesen"), whose start is
    returned; else ``lo`` ("Der Bürgermeister und | sein Stellvertreter bestritten": two subjects, a past tense)."""
    start, opener = clause_start(view, i)
    if lo != start or opener is None or not view.is_a("conjunctions", opener):
        return lo
    if not view.has_form(view.rules.passive_form, i) or _finite_verb(view, lo, i) < i:
        return lo
    before = reported_clause_start(view, opener)
    return before if finite_verb(view, before, opener) < opener else lo


def perfect_object(view: View, lo: int, i: int) -> int:
    """Return where the object of the participle at ``i`` closing the verb-second clause opening at ``lo`` starts:
    after the finite verb, and past the subject when an adverbial comes first and the subject follows the verb
    ("Zuvor hatte | die Sprecherin, Claudia Reinke, | die Angaben ... zurückgewiesen")."""
    finite = finite_verb(view, lo, i)
    if phrase_at(view, lo, finite) is not None:
        # The subject comes first ("Der Konzern hat | die Berichte zurückgewiesen"), an aside maybe after the verb
        # ("hat, wie berichtet, | die Vorwürfe").
        return _past_aside(view, finite + 1, i)
    found = _inverted_subject(view, finite + 1)
    end = i if found is None else view.index(found.name.end)
    if end < i and view.tokens[end].text == ",":
        end += 1  # the comma closing a name in apposition
    return end if end < i else finite + 1


def _past_aside(view: View, k: int, i: int) -> int:
    """Return the token after the comma closing an aside that opens with a comma at ``k``, before the trigger at
    ``i`` ("hat, | wie berichtet, | die Vorwürfe"), else ``k``."""
    if k >= i or view.tokens[k].text != ",":
        return k
    close = next((m for m in range(k + 1, i) if view.tokens[m].text == ","), None)
    return k if close is None else close + 1


def _after_adverbials(view: View, finite: int, i: int) -> int:
    """Return the finite verb after the comma closing the last adverbial between commas that follows the first
    phrase ending at ``finite`` ("Am Montag, | kurz nach der Sitzung, | wies"), else ``finite``; not when the word
    there is an auxiliary, the verb itself, an aside following it ("Der Minister hat, | wie berichtet, | die …")."""
    if finite + 1 < i and view.tokens[finite + 1].text == "," and not view.is_a("skip", finite):
        close = next((k for k in range(i - 1, finite + 1, -1) if view.tokens[k].text == ","), None)
        if close is not None:
            return _finite_verb(view, close + 1, i)
    return finite


def _inverted_subject(view: View, k: int) -> Party | None:
    """Return the subject that opens at token ``k``, right after the finite verb, or None: up to where the object
    opens, as it may follow with no comma ("bestritt der Verdächtige | die Tat")."""
    inverted = phrase_after(view, k, stop_at_claims=True)
    if inverted is None:
        return None
    lo, hi = view.index(inverted.start), view.index(inverted.name.end)
    cut = next((m for m in range(lo + 1, hi) if opens_phrase(view, m)), hi)
    return inverted if cut == hi else party(view, lo, cut)


def _coordinated_inverted(view: View, i: int) -> Party | None:
    """Return the subject of its own after a verb at ``i`` that follows a conjunction ("..., und dementierte | der
    Sprecher | den Bericht"): a role, a body or a name right after the verb with the object's article after it.
    None otherwise: what follows the verb is its object ("und wies | die Vorwürfe | zurück")."""
    found = _inverted_subject(view, i + 1)
    if found is None:
        return None
    lo, hi = view.index((found.role or found.name).start), view.index(found.name.end)
    if hi >= len(view) or not opens_phrase(view, hi):
        return None
    named = view.find("role_nouns", lo, hi) or view.find("org_words", lo, hi)
    return found if named is not None or phrase_kind(view, lo, hi) == "name" else None


def _first_phrase_end(view: View, lo: int, i: int) -> int:
    """Return where the finite verb of the clause opening at ``lo`` may start, before the trigger at ``i``: after the
    first word, as no preposition is one ("Gegenüber der dpa | dementierte"), or after a source or a time opening
    the clause, whose words are none either ("Nach Angaben der Polizei | bestritt", "Wenige Stunden nach der
    Wahl | dementierte"); a time a comma closes is read on by the adverbials between commas."""
    source = view.lexicon_end("according_to", lo)
    if source is not None:
        return source
    time = view.lexicon_end("time", lo)
    if time is not None and time < i and view.tokens[time].text != ",":
        return time
    if view.is_a("np_end", lo):
        # A prepositional phrase runs to its noun, past adjectives and participles that may be stop words ("In
        # einer am Dienstag veröffentlichten | Erklärung | wies").
        noun = next((k for k in range(lo + 1, i) if view.tokens[k].capitalized and not view.is_a("time", k)), None)
        if noun is not None:
            return noun + 1
    return lo + 1


def _shared_subject(view: View, opener: int) -> Party | None:
    """Return the subject of the verb before the conjunction ``opener``, which the verb after it shares ("Der
    Minister | forderte Aufklärung und wies ... zurück"), or None: the phrase up to the first lower-case word
    after a noun, as nouns and names are capitalised and verbs are not; adjectives follow an article ("Der
    neue Minister"), prepositions and owners attach to the noun ("Siemens in Berlin", "ein Sprecher des Konzerns")."""
    lo = clause_start(view, opener)[0]
    for k in range(lo + 1, opener):
        before, token = view.tokens[k - 1], view.tokens[k]
        noun = before.is_word and before.capitalized and not view.is_a("determiners", k - 1)
        attached = any(view.is_a(name, k) for name in ("np_end", "possessor_markers", "name_joiners"))
        if noun and token.is_word and not token.capitalized and not attached:
            return phrase_at(view, lo, k)
    return None


def _finite_verb(view: View, start: int, i: int, *, adverbs: bool = False) -> int:
    """Return the first token from ``start`` that may be the finite verb (a stop word, not a preposition; with
    ``adverbs``, not a ``skip`` word either, as where no auxiliary may stand), else the trigger at ``i``."""
    # A number is no verb either ("Markus Söder, seit | 2019 | Vorsitzender der CSU, hat ...").
    candidates = (
        k
        for k in range(start, i + 1)
        if view.tokens[k].is_word and view.is_stop(k) and not view.tokens[k].text[0].isdigit()
    )
    # A time is no verb, inside a phrase either ("In einer | am Dienstag | veröffentlichten Erklärung wies").
    return next(
        (
            k
            for k in candidates
            if not view.is_a("np_end", k) and not view.is_a("time", k) and not (adverbs and view.is_a("skip", k))
        ),
        i,
    )


def _apposed_name(view: View, fronted: Party, finite: int) -> Party | None:
    """Return the name in apposition between the fronted role and the verb at ``finite`` ("Der Bürgermeister von
    Kleinmachnow, | Peter Lindner, | trat ... entgegen", "Die Vorsitzende, | Birgit Hallmann | (SPD), wies"), or None:
    the role names no one, the apposition does."""
    if fronted.role != fronted.name or view.tokens[finite - 1].text != ",":
        return None
    end = finite
    if view.tokens[finite - 2].text == ")":  # a party's name in brackets after the name: "Birgit Hallmann (SPD),"
        end = next((k for k in range(finite - 3, view.index(fronted.name.end), -1) if view.tokens[k].text == "("), end)
    named = subject_before(view, end)
    if named is None or named.name.start <= fronted.name.start:
        return None
    lo, hi = view.index(named.name.start), view.index(named.name.end)
    return named if phrase_kind(view, lo, hi) == "name" else None


def opens_phrase(view: View, k: int) -> bool:
    """True when token ``k`` is a determiner opening a new noun phrase: not an owner's ("du parti"), nor one after
    a preposition ("de | la")."""
    owner = view.is_a("possessor_markers", k) or view.is_a("possessor_markers", k - 1) or view.is_a("np_end", k - 1)
    return view.is_a("determiners", k) and not owner
