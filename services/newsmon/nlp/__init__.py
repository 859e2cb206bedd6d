"""The pure extraction core: language, sentences, entities and denials. No I/O beyond reading shipped resources."""
