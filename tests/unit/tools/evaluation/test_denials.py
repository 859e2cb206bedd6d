"""``tools.evaluation.denials``: the denier match, the claim overlap, the table on a tiny dev set, and an absent
folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tools.evaluation import denials as evaluation
from tools.evaluation import realnews, realnews_news, realnews_web


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("DHS spokesperson Marsha Catron", "Marsha Catron", True),
        ("The Army", "Army", True),
        ("Laura Finch", "Finch", True),
        ("Israel Radio", "Kurdish sources", False),
        (None, "", True),
        ("He", "", False),
        (None, "Votaw", False),
    ],
)
def test_deniers_match_by_word_containment(predicted: str | None, gold: str, same: bool) -> None:
    assert evaluation.deniers_match(predicted, gold) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "f1"),
    [
        ("the reports", "The reports", 1.0),
        ("reports that he resigned", "he resigned", 2 / 3),
        ("", "the reports", 0.0),
        ("the the", "the", 2 / 3),  # words count with their repeats
    ],
)
def test_claims_score_by_word_overlap(predicted: str, gold: str, f1: float) -> None:
    assert evaluation.word_overlap_f1(predicted, gold) == pytest.approx(f1)


def test_absent_sets_give_no_rows(tmp_path: Path) -> None:
    assert evaluation.evaluate_denials(tmp_path, tmp_path, web_texts=tmp_path) == []


def test_the_project_authored_sets_score_at_least_080() -> None:
    rows = evaluation.evaluate_denials(Path("/nonexistent"), with_entities=False)
    scores = {row["lang"]: row["f1"] for row in rows if row["set"] == evaluation.AUTHORED_SET}
    assert sorted(scores) == ["ar", "de", "en", "es", "fr", "id", "pt", "ru"]
    assert {lang: f1 for lang, f1 in scores.items() if f1 < 0.80} == {}


def test_the_authored_sets_follow_the_dev_format() -> None:
    fields = {"id", "lang", "text", "label", "denier", "claim", "claim_source", "trigger", "source"}
    for path in sorted(evaluation.AUTHORED_DIR.glob(evaluation.AUTHORED_GLOB)):
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len({item["id"] for item in items}) == len(items), path.name
        for item in items:
            assert set(item) == fields and item["source"] == "newsmon-authored", item
            assert item["lang"] == path.stem.rsplit("-", 1)[-1] and item["label"] in ("denial", "non_denial", "none")
            assert all(item[key] in item["text"] for key in ("denier", "claim", "claim_source", "trigger")), item


def test_the_rows_count_items_denials_and_deniers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = [
        {
            "id": "1",
            "lang": "en",
            "text": "The ministry denied the report.",
            "label": "denial",
            "denier": "The ministry",
            "claim": "the report",
        },
        {"id": "2", "lang": "en", "text": "The firm declined to comment.", "label": "non_denial", "denier": "The firm"},
        {"id": "3", "lang": "en", "text": "The judge denied bail.", "label": "none", "denier": ""},
        {"id": "4", "lang": "en", "text": "Rain fell all day.", "label": "denial", "denier": "Nobody"},
    ]
    (tmp_path / "eval").mkdir()
    lines = "\n".join(json.dumps(item) for item in items)
    (tmp_path / "eval" / "denials-dev-en.jsonl").write_text(lines, encoding="utf-8")
    [row] = evaluation.evaluate_denials(tmp_path, tmp_path / "absent", with_entities=False, web_texts=tmp_path)
    assert (row["set"], row["lang"], row["items"], row["denials"]) == ("shared-dev", "en", 4, 2)
    assert (row["precision"], row["recall"], row["denier_accuracy"], row["non_denial_recall"]) == (1.0, 0.5, 1.0, 1.0)
    assert row["claim_f1"] == 1.0
    args = ["--shared", str(tmp_path), "--authored", str(tmp_path), "--errors", "--no-entities"]
    assert evaluation.main([*args, "--web-texts", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[en 4] gold=denial" in out and "Rain fell" in out


def test_halves_add_a_row_per_real_news_half(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--shared", str(shared_dir), "--authored", str(shared_dir / "absent"), "--no-entities", "--halves"]
    assert evaluation.main(args) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    counts = {(row[0], row[1]): int(row[2]) for row in rows if row and row[0].startswith("realnews-")}
    for name, lang in ((evaluation.REALNEWS_SET, "pt"), (evaluation.REALNEWS_SET, "fr"), (evaluation.NEWS_SET, "es")):
        tune, held = (counts[(f"{name}-{half}", lang)] for half in ("tune", "held"))
        assert tune + held == counts[(name, lang)] and tune and held


@pytest.mark.parametrize("halves", [[], ["--halves"]])
def test_errors_show_no_item_of_a_held_half(
    shared_dir: Path, capsys: pytest.CaptureFixture[str], halves: list[str]
) -> None:
    args = ["--shared", str(shared_dir), "--authored", str(shared_dir / "absent"), "--no-entities", "--errors"]
    assert evaluation.main(args + halves) == 0
    shown = set(re.findall(r"^\[\w+ (\w+)\]", capsys.readouterr().out, flags=re.MULTILINE))
    ud = [item for lang in realnews.languages() for item in realnews.load_realnews(shared_dir, lang)]
    news = [item for lang in realnews_news.languages() for item in realnews_news.load_news(shared_dir, lang)]
    web = [ref for lang in realnews_web.languages() for ref in realnews_web.read_web_references(lang)]
    held = {item["id"] for item in ud + news + web if realnews.half(item) == "held"}
    assert shown and held and not shown & held


def test_a_web_set_is_scored_with_its_halves_when_its_texts_are_all_there(
    capsys: pytest.CaptureFixture[str],
) -> None:
    complete = [lang for lang in realnews_web.languages() if not realnews_web.missing_texts(lang)]
    if not complete:
        pytest.skip(f"no web set has its texts in {realnews_web.texts_dir()}")
    lang = complete[0]
    assert evaluation.main(["--shared", "/absent", "--no-entities", "--halves", "--lang", lang]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    counts = {row[0]: int(row[2]) for row in rows if row and row[0].startswith(evaluation.WEB_SET) and row[1] == lang}
    assert counts[evaluation.WEB_SET] == len(realnews_web.read_web_references(lang))
    assert counts[f"{evaluation.WEB_SET}-tune"] + counts[f"{evaluation.WEB_SET}-held"] == counts[evaluation.WEB_SET]


@pytest.mark.skipif(not realnews_web.languages(), reason="no web set")
def test_a_web_set_without_its_texts_is_skipped_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lang = realnews_web.languages()[0]
    args = ["--shared", "/absent", "--no-entities", "--lang", lang, "--web-texts", str(tmp_path)]
    assert evaluation.main(args) == 0
    captured = capsys.readouterr()
    assert evaluation.WEB_SET not in captured.out
    missing = len(realnews_web.read_web_references(lang))
    assert f"skipped {evaluation.WEB_SET} {lang}: {missing} sentences" in captured.err


def test_lang_scores_only_the_sets_of_that_language(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--shared", "/absent", "--no-entities", "--lang", "de", "--lang", "ru"]
    assert evaluation.main(args) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert {(row[0], row[1]) for row in rows if row and row[0] == evaluation.AUTHORED_SET} == {
        (evaluation.AUTHORED_SET, "de"),
        (evaluation.AUTHORED_SET, "ru"),
    }


def test_detected_language_reads_an_item_as_extract_reads_a_line_without_lang() -> None:
    # Portuguese that fastText's compressed model alone takes for Spanish.
    item = {"id": "1", "lang": "pt", "text": "O governo nega a suposta tentativa de atentado.", "label": "denial"}
    assert evaluation.classify(item, None, detected=True).predicted == "denial"
    assert evaluation.classify({**item, "lang": "en"}, None, detected=True).predicted == "denial"
