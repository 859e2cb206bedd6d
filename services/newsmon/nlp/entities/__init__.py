"""Named entities: ``recognize(text, sentences, lang)`` returns PERSON / ORG / LOC mentions with canonical names."""

from newsmon.nlp.entities.recognizer import recognize

__all__ = ["recognize"]
