"""Named entities: ``recognize(text, sentences, lang)`` returns PERSON / ORG / LOC mentions with canonical names."""

from newsmon.nlp.entities.recognizer import preload, recognize

__all__ = ["preload", "recognize"]
