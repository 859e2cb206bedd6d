"""A language's word lists for the readers of a text other than the denial rules (the entity recogniser reads a
Title Case sentence with them, :mod:`newsmon.nlp.titles`). The lists are kept in the denial resource files, which
hold every language's function, claim and verb words; this is the one way to them from outside that package."""

from __future__ import annotations

from newsmon.nlp.denials.headlines import title_words

__all__ = ["title_words"]
