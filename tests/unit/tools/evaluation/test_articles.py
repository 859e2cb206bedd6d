"""The article-extraction evaluation scores like the benchmark's evaluate.py, and the fetcher beats its runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.evaluation.articles import PageScore, evaluate_articles, score_page, shingles, summarise


def test_shingles_are_four_word_tokens_and_a_short_text_is_one_shingle() -> None:
    assert shingles("The ministry, on Tuesday, denied it.") == {
        ("The", "ministry", "on", "Tuesday"): 1,
        ("ministry", "on", "Tuesday", "denied"): 1,
        ("on", "Tuesday", "denied", "it"): 1,
    }
    assert shingles("two words") == {("two", "words"): 1}
    assert shingles("") == {}


def test_page_counts_are_normalised_to_sum_to_one() -> None:
    assert score_page("a b c d e", "a b c d x") == PageScore(1 / 3, 1 / 3, 1 / 3)
    assert score_page("a b", "a b") == PageScore(1.0, 0.0, 0.0)
    assert score_page("a b c d", "") == PageScore(0.0, 0.0, 1.0)
    assert score_page("", "") == PageScore(0.0, 0.0, 0.0)


def test_precision_skips_pages_without_a_prediction_and_f1_comes_from_the_averages() -> None:
    scores = summarise([PageScore(1 / 3, 1 / 3, 1 / 3), PageScore(0.0, 0.0, 1.0)])

    assert scores["precision"] == pytest.approx(0.5)
    assert scores["recall"] == pytest.approx(0.25)
    assert scores["f1"] == pytest.approx(1 / 3)


def test_no_dataset_no_rows(tmp_path: Path) -> None:
    assert evaluate_articles(tmp_path) == []


@pytest.mark.shared
def test_the_fetcher_beats_the_benchmarks_trafilatura_runner(shared_dir: Path) -> None:
    fetcher, runner = evaluate_articles(shared_dir)

    assert fetcher["pages"] == runner["pages"] == 181
    assert fetcher["f1"] >= 0.965
    assert fetcher["f1"] > runner["f1"]
