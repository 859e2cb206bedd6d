"""A denial verb answered by a deed, not by words: sports copy says a player "membantah tudingan itu | dengan
mencetak dua gol" (proved the critics wrong by scoring). The clause states no denial: nobody says the claim is
false. Evidence shown in answer is a denial still ("membantah tudingan itu dengan menunjukkan rekaman CCTV"), so
only the deeds the language's ``performances`` list names count.
"""

from __future__ import annotations

from newsmon.nlp.denials.view import View


def answered_by_performance(view: View, j: int, end: int) -> bool:
    """True when a ``performances`` phrase stands between the trigger ending at token ``j`` and its clause's
    ``end``: the verb is answered by a feat ("dengan mencetak dua gol", "dengan meraih medali emas")."""
    return view.find("performances", j, end) is not None
