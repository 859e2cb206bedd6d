"""A verb coordinated with a speech verb after its reported clause: "Lagarde said there would be no change | and
rejected the claim that …" is Lagarde's rejection. A reported clause speaks of its own time with a modal ("would",
"could"), so a past tense after the conjunction continues the reporting clause, not the reported one, whose verb
would keep the modal's bare form ("said it would review and reject …")."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.view import View


def reporting_conjunct_subject(view: View, i: int) -> Party | None:
    """Return the subject of the speech verb whose reported clause, holding a modal (``hypothetical``), ends at the
    conjunction right before the past-tense verb at token ``i`` (``verb_like``); None for any other verb."""
    lo, opener = clause_start(view, i)
    if opener is None or lo != i or not view.is_a("conjunctions", opener):
        return None
    if not view.has_form(view.rules.verb_like, i):
        return None
    said = clause_start(view, opener)[1]
    if said is None or not view.is_a("speech_verbs", said) or view.find("hypothetical", said + 1, opener) is None:
        return None
    return subject_before(view, said)
