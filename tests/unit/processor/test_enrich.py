"""enrich.py: raw article + analysis -> enriched article and denial records (pure)."""

from __future__ import annotations

from dataclasses import replace

from newsmon.core.ids import digest
from newsmon.core.messages import encode
from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS
from newsmon.nlp.types import Language
from newsmon.processor.enrich import HINT_CONFIDENCE, declared_language, denial_id, enrich
from tests.support.samples import BODY, NOW, analysis, raw_article


def test_the_enriched_article_keeps_the_raw_fields_and_adds_what_was_found() -> None:
    article = raw_article()
    enriched = enrich(article, analysis(), NOW).article
    assert enriched.id == article.id
    assert (enriched.url, enriched.title, enriched.body) == (article.url, article.title, article.body)
    assert (enriched.language.code, enriched.language.confidence) == ("en", 0.97)
    assert [(e.text, e.label, e.canonical) for e in enriched.entities] == [
        ("Harbour Authority", "ORG", "Harbour Authority")
    ]
    assert enriched.denial_count == 2
    assert enriched.processed_at == NOW


def test_each_denial_becomes_a_record_with_offsets_into_the_body() -> None:
    records = enrich(raw_article(), analysis(), NOW).denials
    assert [record.type for record in records] == ["denial", "non_denial"]
    denial = records[0]
    assert denial.denier is not None and denial.denier.canonical == "Harbour Authority"
    assert denial.claim is not None
    assert BODY[denial.claim.start : denial.claim.end] == "the northern port will close next year"
    assert (denial.claim_source, denial.confidence, denial.language) == ("reports", 0.9, "en")
    assert records[1].denier is None and records[1].claim is None
    assert all(record.article_id == raw_article().id and record.detected_at == NOW for record in records)


def test_denial_ids_are_stable_across_reprocessing_and_distinct_within_an_article() -> None:
    article = raw_article()
    first = [record.id for record in enrich(article, analysis(), NOW).denials]
    again = [record.id for record in enrich(article, analysis(), NOW.replace(year=2027)).denials]
    assert first == again
    assert len(set(first)) == 2
    found = analysis().denials[0]
    assert (
        first[0]
        == denial_id(article.id, found)
        == digest(article.id, str(found.trigger.start), str(found.evidence.start))
    )


def test_what_enrich_returns_satisfies_the_topic_schemas() -> None:
    enrichment = enrich(raw_article(published=None, feed_url=None), analysis(), NOW)
    encode(enrichment.article, ARTICLES_ENRICHED)
    for record in enrichment.denials:
        encode(record, DENIALS)


def test_an_article_without_denials_has_no_records() -> None:
    enrichment = enrich(raw_article(), replace(analysis(), denials=[]), NOW)
    assert enrichment.denials == []
    assert enrichment.article.denial_count == 0


def test_a_confident_detection_is_kept_whatever_the_feed_declares() -> None:
    assert declared_language(Language("id", 0.95), "en", hint_below=0.5) is None


def test_the_feed_language_replaces_a_weak_detection() -> None:
    assert declared_language(Language("ms", 0.3), "id-ID", hint_below=0.5) == Language("id", HINT_CONFIDENCE)
    assert declared_language(Language("und", 0.0), "EN", hint_below=0.5) == Language("en", HINT_CONFIDENCE)


def test_a_missing_invalid_or_agreeing_hint_leaves_the_detection() -> None:
    weak = Language("ms", 0.3)
    assert declared_language(weak, None, hint_below=0.5) is None
    assert declared_language(weak, "Bahasa Melayu", hint_below=0.5) is None
    assert declared_language(weak, "ms", hint_below=0.5) is None
