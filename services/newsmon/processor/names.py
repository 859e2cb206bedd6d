"""The name keys of deniers (:func:`newsmon.nlp.entities.name_forms.name_key`), kept once computed.

Each denial asks for the keys of its denier and of the names in its claim several times (its story key, its
signature, the rules that name its denier), and the same deniers come back report after report; a key costs a
few regex passes (some 9 µs). The function is pure, so the keys of the names seen last are kept.
"""

from __future__ import annotations

from functools import lru_cache

from newsmon.nlp.entities import name_forms

# Some hundred bytes a name: a few MB at most, for far more names than a day of news has deniers.
name_key = lru_cache(maxsize=16_384)(name_forms.name_key)
