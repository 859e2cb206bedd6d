"""A subject set off from its verb by when the reporter reached it: "Kepala Desa X, Dedi, | saat dikonfirmasi
wartawan, Senin (3/5), | membantah …". The passive verb of that clause would otherwise end the subject, leaving
the reporter or the place ("wartawan", "di ruang kerjanya") as the one who denies."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import is_finite
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.view import View

_REACH = 20  # tokens back from the verb: the clause, a date and a place ("ketika dihubungi X, Selasa (4/6/2024),")
_CLOSING = frozenset(".;:!?")


def reached_subject(view: View, i: int) -> Party | None:
    """Return the phrase before an adverbial clause of the verb at token ``i`` that ends on a passive verb (an
    ``adverbials`` entry such as "saat dikonfirmasi", "ketika ditemui"), or None when no such clause opens
    in the tokens before the verb ("melalui akun resminya" ends on no passive verb)."""
    if view.rules.passive_form is None:
        return None
    # The passive verb opens a clause of its own (``clause_start``): the adverbial's opener stands before it.
    for k in range(i - 1, max(0, i - _REACH), -1):
        if view.tokens[k].text in _CLOSING:
            return None
        end = view.lexicon_end("adverbials", k)
        # An opener and its passive verb alone: "saat | dikonfirmasi", not "dans un | communiqué" (a noun).
        if end != k + 2 or end > i or not view.has_form(view.rules.passive_form, k + 1):
            continue
        if any(is_finite(view, m) and not view.is_a("adverbials", m) for m in range(end, i)):  # not "melalui"
            return None  # "Warga saat ditemui mengeluh …, kepala desa membantah": another clause's verb
        return subject_before(view, k - 1 if view.tokens[k - 1].text == "," else k)
    return None
