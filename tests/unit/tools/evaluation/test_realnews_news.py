from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tools.evaluation import realnews, realnews_news

LANGUAGES = ["es", "en", "id", "fr", "pt", "de", "ru"]
# French Wikipedia (WikiNEuRal) holds few denials: every one found among its 12,600 sentences is labelled. The pt,
# de and ru sets are every candidate of a few blog pages of the article benchmark: no minimum holds for them.
MIN_DENIALS = {"es": 20, "en": 20, "id": 20, "fr": 10}
# A tiny CoNLL-2002-like file: tokens to be rebuilt into text ("Madrid (EFE) ..."), and an article benchmark.
CONLLU = "\n".join(
    [
        *(f"{n}\t{token}\tO" for n, token in enumerate("Madrid , 25 may ( EFE ) .".split())),
        "",
        *(f"{n}\t{token}\tO" for n, token in enumerate('El ministro negó " los hechos " .'.split())),
        "",
        *(f"{n}\t{token}\tO" for n, token in enumerate("Llueve en Madrid .".split())),
        "",
    ]
)
BODY = "Markets rose. The company denied the report on Monday.\nShares fell."
BODY_PT = "O ministério negou ontem a notícia publicada pelo jornal. A empresa não quis comentar o caso."


@pytest.fixture
def news_shared(shared_dir: Path) -> Path:
    """``../shared`` when it holds the news corpora; the test is skipped where they are absent."""
    if not realnews_news.sources_present(shared_dir):
        pytest.skip(f"no news corpora in {shared_dir}")
    return shared_dir


@pytest.fixture
def fake_shared(tmp_path: Path) -> Path:
    """A shared folder holding a Spanish NER corpus (the same sentences in both splits) and one article."""
    ner = tmp_path / "datasets" / "ner" / "es"
    ner.mkdir(parents=True)
    for split in realnews.SPLITS:
        (ner / f"conll2002.{split}.conllu").write_text(CONLLU, encoding="utf-8")
    articles = tmp_path / "datasets" / "articles"
    articles.mkdir(parents=True)
    truth = {
        "k1": {"url": "https://example.org/a", "articleBody": BODY},
        "k2": {"url": "https://example.org/b", "articleBody": BODY_PT},
    }
    (articles / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def encoded(lang: str, shared: Path, *labelled: dict[str, object]) -> list[dict[str, object]]:
    texts = {tuple(s.locator.values()): s.text for s in realnews_news.read_news(shared, lang)}
    return [realnews_news.encode(lang, line, texts) for line in labelled]


def write_set(folder: Path, lang: str, references: list[dict[str, object]]) -> Path:
    lines = [json.dumps(reference) for reference in references]
    (folder / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("lang", LANGUAGES)
def test_set_is_well_formed_and_ships_no_text(lang: str) -> None:
    references = realnews_news.read_news_references(lang)
    assert len({ref["id"] for ref in references}) == len(references) > 0
    for ref in references:
        spans = [ref.get(field) for field in realnews.SPAN_FIELDS]
        assert all(span is None or (isinstance(span, list) and len(span) == 2) for span in spans), ref
        assert ref["label"] != "none" or not any(spans), ref
        assert ref["label"] == "none" or ref["trigger"], ref


@pytest.mark.parametrize("lang", list(MIN_DENIALS))
def test_a_newswire_set_measures_denials_on_both_halves(lang: str) -> None:
    references = realnews_news.read_news_references(lang)
    labels = Counter(ref["label"] for ref in references)
    assert len(references) >= 60 and labels["denial"] >= MIN_DENIALS[lang] and labels["non_denial"] >= 1, labels
    halves = Counter(realnews.half(ref) for ref in references)
    assert min(halves.values()) >= 20, halves


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reference_resolves_to_its_sentence(news_shared: Path, lang: str) -> None:
    items = realnews_news.load_news(news_shared, lang)
    assert len(items) == len(realnews_news.read_news_references(lang))
    for item in items:
        assert item["text"] and item["lang"] == lang
        assert item["label"] == "none" or item["trigger"] in item["text"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_labelled_sentence_is_a_candidate(news_shared: Path, lang: str) -> None:
    candidates = {
        realnews_news.reference_id(s.locator) for s, _ in realnews_news.find_news_candidates(news_shared, lang)
    }
    labelled = {ref["id"] for ref in realnews_news.read_news_references(lang)}
    assert labelled <= candidates


def test_tokens_are_rebuilt_into_news_text(fake_shared: Path) -> None:
    texts = [s.text for s in realnews_news.read_news(fake_shared, "es")]
    assert texts[:3] == ["Madrid, 25 may (EFE).", 'El ministro negó "los hechos".', "Llueve en Madrid."]
    assert len(texts) == 6


def test_encode_and_load_round_trip_with_offsets_only(tmp_path: Path, fake_shared: Path) -> None:
    line = {"source": "conll2002", "split": "dev", "sentence": 1, "label": "denial", "denier": "El ministro"}
    [reference] = encoded("es", fake_shared, {**line, "claim": "los hechos", "trigger": "negó"})
    assert reference["denier"] == [0, 11] and reference["claim_source"] is None
    assert "ministro" not in json.dumps(reference)
    [item] = realnews_news.load_news(fake_shared, "es", sets_dir=write_set(tmp_path, "es", [reference]))
    assert (item["text"], item["denier"], item["claim"], item["claim_source"]) == (
        'El ministro negó "los hechos".',
        "El ministro",
        "los hechos",
        "",
    )


def test_article_references_name_a_key_and_offsets(tmp_path: Path, fake_shared: Path) -> None:
    sentences = [s for s in realnews_news.read_news(fake_shared, "en") if s.locator["source"] == "articles"]
    assert [s.text for s in sentences] == ["Markets rose.", "The company denied the report on Monday.", "Shares fell."]
    line = {**sentences[1].locator, "label": "denial", "denier": "The company", "trigger": "denied"}
    [reference] = encoded("en", fake_shared, line)
    [item] = realnews_news.load_news(fake_shared, "en", sets_dir=write_set(tmp_path, "en", [reference]))
    assert item["text"] == BODY[14:54] and item["trigger"] == "denied"


def test_an_article_body_is_read_in_the_language_detected_on_it(fake_shared: Path) -> None:
    english = [s.text for s in realnews_news.read_news(fake_shared, "en") if s.locator["source"] == "articles"]
    portuguese = list(realnews_news.read_news(fake_shared, "pt"))
    assert english == ["Markets rose.", "The company denied the report on Monday.", "Shares fell."]
    assert [s.locator["article"] for s in portuguese] == ["k2", "k2"] and "negou" in portuguese[0].words
    assert realnews_news.body_language(BODY_PT) == "pt"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sentence": 9}, "bad source, split, label or id"),
        ({"sha1": "000000000000"}, "is not the one labelled"),
        ({"trigger": [12, 99]}, "out of the sentence"),
        ({"label": "maybe"}, "bad source, split, label or id"),
    ],
)
def test_load_news_rejects_a_reference_it_cannot_resolve(
    tmp_path: Path, fake_shared: Path, change: dict[str, object], message: str
) -> None:
    line = {"source": "conll2002", "split": "train", "sentence": 1, "label": "denial", "trigger": "negó"}
    [reference] = encoded("es", fake_shared, line)
    with pytest.raises(ValueError, match=message):
        realnews_news.load_news(fake_shared, "es", sets_dir=write_set(tmp_path, "es", [{**reference, **change}]))


def test_a_reference_to_a_missing_sentence_is_an_error(tmp_path: Path, fake_shared: Path) -> None:
    locator = {"source": "conll2002", "split": "train", "sentence": 9}
    reference = {"id": realnews_news.reference_id(locator), "lang": "es", **locator, "label": "none", "sha1": "x"}
    with pytest.raises(ValueError, match="no sentence at"):
        realnews_news.load_news(fake_shared, "es", sets_dir=write_set(tmp_path, "es", [reference]))


def test_encode_rejects_a_span_not_in_the_sentence(fake_shared: Path) -> None:
    with pytest.raises(ValueError, match="is not in"):
        encoded(
            "es",
            fake_shared,
            {"source": "conll2002", "split": "train", "sentence": 1, "label": "denial", "trigger": "desmintió"},
        )


def test_candidates_command_prints_the_cued_sentences(fake_shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert realnews_news.main(["candidates", "--lang", "es", "--shared", str(fake_shared)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:] for line in lines] == [["negar", 'El ministro negó "los hechos".']] * 2
    assert json.loads(lines[0][2:].split("\t")[0]) == {"source": "conll2002", "split": "train", "sentence": 1}


def test_commands_say_when_the_corpora_are_absent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert realnews_news.main(["candidates", "--lang", "es", "--shared", str(tmp_path)]) == 1
    assert "no news corpora" in capsys.readouterr().out


def test_every_language_with_news_sources_has_a_set() -> None:
    assert realnews_news.languages() == LANGUAGES
