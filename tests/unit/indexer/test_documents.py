"""documents.py: messages -> Elasticsearch documents (pure)."""

from __future__ import annotations

from newsmon.indexer.documents import article_document, denial_document
from tests.support.samples import denial_record, enriched_article, indonesian_article


def test_an_article_is_one_document_under_its_id() -> None:
    article = enriched_article()
    document = article_document(article)
    assert document.id == article.id == document.source["id"]
    assert document.source["language"] == "en"
    assert document.source["language_confidence"] == 0.98
    assert document.source["published"] == "2026-11-28T12:00:00+00:00"
    assert document.source["entities"][0]["canonical"] == "Harbour Authority"


def test_article_terms_are_stems_in_the_article_language() -> None:
    english = article_document(enriched_article()).source["terms"].split()
    indonesian = article_document(indonesian_article()).source["terms"].split()
    assert "deni" in english  # "denies"
    assert "harbour" in english  # the title is searchable too
    assert "bantah" in indonesian  # "membantah"
    assert "membantah" not in indonesian


def test_an_article_without_publication_date_keeps_null() -> None:
    assert article_document(enriched_article(published=None)).source["published"] is None


def test_a_denial_is_one_document_under_its_id_with_searchable_evidence() -> None:
    denial = denial_record(indonesian_article())
    document = denial_document(denial)
    assert document.id == denial.id
    assert document.source["denier"]["canonical"] == "Ministry of Home Affairs"
    assert document.source["trigger"] == {"text": "membantah", "start": 37, "end": 46}
    assert "bantah" in document.source["terms"].split()


def test_a_claim_outside_the_evidence_is_searchable_too() -> None:
    denial = denial_record(enriched_article(), claim={"text": "the ferry timetable changed", "start": 200, "end": 227})
    terms = denial_document(denial).source["terms"].split()
    assert "ferri" in terms and "timet" in terms


def test_a_denial_without_denier_or_claim_keeps_nulls() -> None:
    source = denial_document(denial_record(denier=None, claim=None)).source
    assert source["denier"] is None
    assert source["claim"] is None
