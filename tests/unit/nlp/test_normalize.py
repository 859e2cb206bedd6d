from __future__ import annotations

import threading

import pytest

from newsmon.nlp.normalize import STEMMED_LANGUAGES, query_terms, search_terms


def _found(query: str, document: str, lang: str) -> bool:
    """What the index does: every stem of the query appears among the document's terms."""
    terms = set(search_terms(document, lang).split())
    return all(stem in terms for stem in search_terms(query, lang).split())


@pytest.mark.parametrize(
    ("query", "document", "lang"),
    [
        ("bantah", "Juru bicara Gedung Putih membantah laporan tersebut.", "id"),
        ("membantah", "Laporan itu dibantah oleh kementerian.", "id"),
        ("tepis", "Kremlin menepis laporan tersebut.", "id"),
        ("tampik", "Menteri menampik tuduhan itu.", "id"),
        ("tolak", "Pemerintah menolak usulan itu.", "id"),
        ("kirim", "Kantor berita mengirim koreksi.", "id"),
        ("ambil", "Polisi mengambil sampel.", "id"),
        ("denied", "The ministry denies the report.", "en"),
        ("denies", "The White House denied reports of secret talks.", "en"),
        ("опровержение", "Кремль выпустил опровержения сообщений СМИ.", "ru"),
        ("кремль", "Пресс-секретарь Кремля опровергает сообщения.", "ru"),
        ("переговоры", "Сообщения о тайных переговорах не подтвердились.", "ru"),
        ("démenti", "Le ministère dément les informations.", "fr"),
    ],
)
def test_an_inflected_query_finds_another_form(query: str, document: str, lang: str) -> None:
    assert _found(query, document, lang)


def test_terms_are_lower_cased_stems_without_punctuation() -> None:
    assert search_terms("The White House DENIED reports, again!", "en") == "the white hous deni report again"


def test_an_unknown_language_is_lower_cased_but_not_stemmed() -> None:
    assert search_terms("Gedung Putih membantah", "und") == "gedung putih membantah"
    assert search_terms("Gedung Putih membantah", "xx") == "gedung putih membantah"


def test_tokens_are_unicode_words() -> None:
    assert search_terms("نفى المتحدث", "ar").split() == search_terms("نفى  المتحدث!", "ar").split()
    assert search_terms("Ｋｒｅｍｌｉｎ", "en") == search_terms("Kremlin", "en")
    assert search_terms("", "en") == ""


def test_query_terms_are_distinct_variants_in_order() -> None:
    variants = query_terms("denied reports", ["en", "en-GB", "und", "xx"])
    assert variants == ["deni report", "denied reports"]


def test_query_terms_over_every_language_reach_documents_in_each() -> None:
    variants = set(query_terms("membantah", [*STEMMED_LANGUAGES, "und"]))
    assert "bantah" in variants  # Indonesian documents
    assert "membantah" in variants  # documents of unknown language
    assert query_terms("?!", STEMMED_LANGUAGES) == []


def test_stemming_is_consistent_across_threads() -> None:
    words = "membantah dibantah bantahan pembantahan " * 200
    expected = search_terms(words, "id")
    results: list[str] = []

    def stem() -> None:
        results.extend(search_terms(words, "id") for _ in range(20))

    threads = [threading.Thread(target=stem) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 80


def test_indonesian_nasal_prefixes_keep_the_plain_stem_too() -> None:
    assert search_terms("menepis mengambil membantah", "id").split() == ["epis", "tepis", "ambil", "kambil", "bantah"]
