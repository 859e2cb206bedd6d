"""A speech verb set off between commas inside the statement it reports, its subject dropped (pro-drop wire copy):
"No es cierto, | dijo, | que la central haya aceptado ..." speaks for the party the sentence before opens with."""

from __future__ import annotations

from newsmon.nlp.denials.denier import previous_party
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.view import View


def inserted_speaker(document: Document, view: View, j: int) -> Party | None:
    """Return the party of a speech verb with no subject set off between commas from token ``j`` on (", dijo,"):
    the leading party of the sentence before. None without such a verb, in a language that states its subjects, or
    when the sentence before opens with no party."""
    if not view.rules.pro_drop or j >= len(view) or view.tokens[j].text != ",":
        return None
    end = view.lexicon_end("speech_verbs", j + 1)
    if end is None or end >= len(view) or view.tokens[end].text != ",":
        return None
    return previous_party(document, view)
