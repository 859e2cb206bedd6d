"""Denial detection: typed denial and non-denial records from news text, in every language with a resource file.

``detect(text, sentences, entities, lang)`` is the one entry point. The pipeline per sentence is
trigger match (a per-word prefilter, then the language's patterns) -> sense filter ("denied bail") ->
negation and hypothetical scope ("did not deny", "would deny") -> arguments (denier and role, claim, claim
source; quotations attributed to their speakers) -> confidence. Everything language-specific lives in
``newsmon/nlp/resources/denials/<lang>.toml`` (format in that folder's README.md).

Modules: ``detector`` (the entry point, one record per type and denier), ``triggers`` (finding the trigger words),
``findings`` (the rule of each trigger kind; ``verb_objects``: a claim verb's object), ``scope`` (negation, other
senses; ``hypotheticals``: "would deny"), ``denier`` (choosing the denier; ``verb_second``: the subject of a German main
clause; ``fronted_clauses``: the subject after a fronted participle), ``deniers`` (naming it: entities, coordination;
``coreference``: what a pronoun stands for), ``statements`` (a negation attributed after it), ``subjects`` (subjects
before parenthetical insertions, coordinated subjects, pronouns of reported speech), ``claim`` (what is denied and its
source), ``attribution`` (who says a quotation; ``reported_speech``: "X said ..."; ``headline_speakers``: "X: ...";
``speaker_phrases``: where a speaker stands around its verb), ``phrases`` (noun phrases; ``subject_edges``: where a
subject's run starts and ends; ``shared_subjects``: a participle's and a coordinated verb's), ``clauses`` (clause
edges), ``names`` (a phrase's name and role), ``document`` and ``view`` (the text and a sentence with cached look-ups;
``tokens``: its words and marks), ``scoring`` (confidence), ``resources`` and ``lexicon`` (the resource files;
``resource_keys``: the names they use; ``regex_source``: a pattern word's regular expression read as text).
"""

from newsmon.nlp.denials.detector import detect, preload
from newsmon.nlp.denials.resources import ResourceError, supported_languages

__all__ = ["ResourceError", "detect", "preload", "supported_languages"]
