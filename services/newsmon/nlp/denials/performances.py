"""A denial verb answered by a deed, not by words: sports copy says a player "membantah tudingan itu | dengan
mencetak dua gol" (proved the critics wrong by scoring), or tells the feat first ("mencetak dua gol | dan membantah
keraguan publik"). The clause states no denial: nobody says the claim is false. Evidence shown in answer is a denial
still ("membantah tudingan itu dengan menunjukkan rekaman CCTV"), so only the deeds the language's ``performances``
and ``performances_before`` lists name count.
"""

from __future__ import annotations

from newsmon.nlp.denials.view import View


def answered_by_performance(view: View, i: int, j: int, end: int) -> bool:
    """True when the trigger at tokens ``[i, j)`` is answered by a feat: a ``performances`` phrase between it and its
    clause's ``end`` ("dengan mencetak dua gol"), or a ``performances_before`` phrase ending right before it
    ("mencetak dua gol dan")."""
    if view.find("performances", j, end) is not None:
        return True
    return any(view.lexicon_end("performances_before", k) == i for k in range(i))
