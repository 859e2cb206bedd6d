"""The pure extraction core: language, sentences, entities and denials. No I/O beyond reading shipped resources."""

from newsmon.nlp.compiled import check_build

# Before any compiled module of the package is imported: one built from an older source fails here.
check_build()
