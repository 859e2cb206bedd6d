"""The subject of a participle clause hung on a speech verb that follows its quotation: "« Il n'y a aucun risque »,
a assuré le ministre, | démentant les informations" is the minister's denial. The clause before the participle's
comma opens with the quotation, so its leading words ("Il") are the quotation's, not the speaker's.
"""

from __future__ import annotations

from newsmon.nlp.denials.attribution import speaker_after
from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrase_bounds import COMMAS
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.view import View


def quoted_speaker(view: View, k: int) -> Party | None:
    """Return the speaker after the last speech verb that a closing quotation mark and a comma (either first) lead
    to, in the clause before the comma at token ``k - 1`` (a participle's at ``k``), when the speaker's phrase ends
    before that comma; None when no such verb stands there."""
    lo = clause_start(view, k - 1)[0]
    verb = next(
        (
            m + 2
            for m in range(k - 3, max(lo - 4, -1), -1)  # the clause may open at the speech verb itself
            if _quote_and_comma(view.tokens[m].text, view.tokens[m + 1].text) and view.is_a("speech_verbs", m + 2)
        ),
        None,
    )
    if verb is None:
        return None
    found = speaker_after(view, verb)
    return found if found is not None and view.index(found.name.end) <= k - 1 else None


def _quote_and_comma(first: str, second: str) -> bool:
    """True for a closing quotation mark and a comma in either order: English puts the comma inside ('deal," said')."""
    return (first in QUOTE_CHARS and second in COMMAS) or (first in COMMAS and second in QUOTE_CHARS)
