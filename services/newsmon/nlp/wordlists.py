"""A language's word lists for the readers of a text other than the denial rules (the entity recogniser reads a
Title Case sentence with them, :mod:`newsmon.nlp.titles`). The lists are kept in the denial resource files, which
hold every language's function, claim and verb words; this is the one way to them from outside that package."""

from __future__ import annotations

from newsmon.nlp.titles import TitleWords


def title_words(lang: str) -> TitleWords | None:
    """Return the word lists of ``lang`` a Title Case sentence is read with, or None for a language without a
    resource file (:func:`newsmon.nlp.denials.headlines.title_words`, cached there)."""
    # Imported on first call: the denial package loads its detector, which reads the entities, whose recogniser
    # reads these lists, so an import at the top would close that circle whichever side is imported first.
    from newsmon.nlp.denials.headlines import title_words as listed

    return listed(lang)
