"""What stands before a Title Case headline's speaker and colon: a topic fronted before a comma ("Soal Isu Mundur
dari Kabinet, | Menpora Rangga: Itu Hoaks"), and a body named with its branch ("KPU Jawa Timur:")."""

from __future__ import annotations

from newsmon.nlp.denials.headlines import title_words
from newsmon.nlp.denials.view import View


def fronted_topic_end(view: View, i: int) -> int:
    """Return the token after the comma that closes a topic phrase opening the sentence before token ``i``
    ("Soal …, | Menpora Rangga:", "Terkait Kasus Suap, | KPK:"), the ``topics`` list's words opening it; 0 when
    none does, or when a colon comes first (the topic then is the heading itself: "Soal Isu Mundur: …"). So does
    a passive participle's clause of what was said of the speaker ("Dituding Terima Suap, | Kadis PUPR:")."""
    if not len(view) or not (view.is_a("topics", 0) or _fronted_passive(view)):
        return 0
    mark = next((k for k in range(1, i) if view.tokens[k].text in ",:"), None)
    return mark + 1 if mark is not None and view.tokens[mark].text == "," else 0


def _fronted_passive(view: View) -> bool:
    """True when a Title Case headline opens with a passive participle ("Dituding …", "Dikabarkan …")."""
    return view.titled and view.has_form(view.rules.passive_form, 0)


def titled_body(view: View, lo: int, colon: int) -> bool:
    """True when a Title Case headline names a body and its branch in tokens ``[lo, colon)`` before its colon ("KPU
    Jawa Timur:", "Bawaslu Kota Medan:", "KAI Daop 8:"), which the title's sentence-case reading wrote small where
    the recogniser did not find the whole name, a place among them maybe looking like a verb ("medan"): a body word
    among them or a name found opening them ("PSBB Jawa Barat:" is a topic), and no word of the lists (a verb, a
    function word: "Polri Tangkap Pelaku:", "Harga Cabai di Medan:")."""
    if not view.titled or (view.find("org_words", lo, colon) is None and not view.is_named(lo)):
        return False
    words = title_words(view.rules.language)
    return words is not None and all(
        view.tokens[k].is_word and not words.listed(view.tokens[k].text.lower())[1] for k in range(lo + 1, colon)
    )
