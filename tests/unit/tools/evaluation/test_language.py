from __future__ import annotations

import gzip
import json
import struct
from pathlib import Path

import pytest

from tools.evaluation import language
from tools.evaluation.language import Outcome, Sample, bucket, rows, samples, title_case

# A tiny English treebank: a sentence, one without letters, and a long one (no Title Case copy of it).
LONG = "The ministry said on Tuesday that the report, which was published by a weekly magazine, was entirely wrong."
CONLLU = f"""# sent_id = s1
# text = The ministry denied the report.
1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_

# sent_id = s2
# text = 12:30 - 45%
1\t12:30\t12:30\tNUM\t_\t_\t0\troot\t_\t_

# sent_id = s3
# text = {LONG}
1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
"""
BODY = "Il ministero ha smentito la notizia pubblicata ieri da un settimanale. " * 12
PAGE = '<html><head><meta property="og:title" content="Il ministero smentisce &amp; chiarisce"></head></html>'


@pytest.fixture
def fake_shared(tmp_path: Path) -> Path:
    """A shared folder with an English treebank, an Indonesian dev set and one Italian article page."""
    ud = tmp_path / "datasets" / "ud"
    ud.mkdir(parents=True)
    with gzip.open(ud / "en.dev.conllu.gz", "wt", encoding="utf-8") as out:
        out.write(CONLLU)
    (tmp_path / "eval").mkdir()
    line = {"id": "1", "lang": "id", "text": "Polisi membantah kabar itu.", "label": "denial"}
    (tmp_path / "eval" / "denials-dev-id.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    articles = tmp_path / "datasets" / "articles"
    (articles / "html").mkdir(parents=True)
    (articles / "ground-truth.json").write_text(json.dumps({"k1": {"articleBody": BODY}}), encoding="utf-8")
    with gzip.open(articles / "html" / "k1.html.gz", "wt", encoding="utf-8") as out:
        out.write(PAGE)
    return tmp_path


def test_samples_are_sentences_their_title_case_copies_and_page_titles(fake_shared: Path) -> None:
    found = {(s.lang, s.kind, s.text) for s in samples(fake_shared)}
    assert found == {
        ("en", "sentence", "The ministry denied the report."),
        ("en", "sentence", LONG),
        ("id", "sentence", "Polisi membantah kabar itu."),
        ("en", "Title Case", "The Ministry Denied The Report."),
        ("id", "Title Case", "Polisi Membantah Kabar Itu."),
        # The page's language is the one detected from its whole body.
        ("it", "title", "Il ministero smentisce & chiarisce"),
        ("it", "title", BODY.split(". ")[0] + "."),
    }


def test_an_absent_shared_folder_gives_no_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert language.evaluate_language(tmp_path / "absent") == []
    assert language.main(["--shared", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_title_case_capitalises_every_word() -> None:
    assert title_case("kremlin denies putin met trump") == "Kremlin Denies Putin Met Trump"
    assert title_case("«o governo nega»  tudo") == "«o Governo Nega»  Tudo"


@pytest.mark.parametrize(("length", "name"), [(0, "<20"), (19, "<20"), (20, "20-40"), (80, "80-200"), (200, "200+")])
def test_bucket_names_the_length_range(length: int, name: str) -> None:
    assert bucket(length) == name


def _outcome(lang: str, text: str, detected: str) -> Outcome:
    return Outcome(Sample(lang, "sentence", "test", text), detected)


def test_rows_score_accuracy_by_length_and_count_the_languages_without_rules() -> None:
    outcomes = [
        _outcome("en", "Short one.", "en"),
        _outcome("en", "Short two.", "nl"),
        _outcome("en", "A sentence that is longer than forty characters in all.", "en"),
        # Malay is read with the Indonesian rules: right for Indonesian text.
        _outcome("id", "Kalimat pendek.", "ms"),
    ]
    en, indonesian, total = rows(outcomes)
    assert (en["lang"], en["n"], en["acc"], en["<20"], en["40-80"], en["20-40"]) == ("en", 3, 2 / 3, 0.5, 1.0, None)
    assert (en["to_other"], en["misses"]) == (1 / 3, "nl:1")
    assert (indonesian["acc"], indonesian["to_other"], indonesian["misses"]) == (1.0, 0.0, "-")
    assert (total["lang"], total["n"], total["misses"]) == ("all", 4, "en>nl:1")


def _write_catalog(path: Path, pairs: list[tuple[str, str]]) -> None:
    """A little-endian GNU .mo file holding ``pairs`` (original, translation)."""
    originals = [original.encode() for original, _ in pairs]
    translations = [translation.encode() for _, translation in pairs]
    start = 28 + 16 * len(pairs)
    tables, blob = [], b""
    for strings in (originals, translations):
        table = b""
        for value in strings:
            table += struct.pack("<2I", len(value), start + len(blob))
            blob += value + b"\0"
        tables.append(table)
    header = struct.pack("<7I", 0x950412DE, 0, len(pairs), 28, 28 + 8 * len(pairs), 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + tables[0] + tables[1] + blob)


def test_ui_messages_are_the_translations_of_the_catalogs(tmp_path: Path) -> None:
    _write_catalog(
        tmp_path / "nl" / "LC_MESSAGES" / "tool.mo",
        [
            ("", "Content-Type: text/plain; charset=UTF-8"),
            ("Could not open %s: %s", "Kon %s niet openen: %s"),
            ("Save the document to _disk", "Sla het document op naar _schijf"),
            ("Quit", "Stop"),
            ("Untranslated message text", "Untranslated message text"),
        ],
    )
    assert language.read_catalog(tmp_path / "nl" / "LC_MESSAGES" / "tool.mo")[0] == (
        "Could not open %s: %s",
        "Kon %s niet openen: %s",
    )
    found = language.message_samples(tmp_path, ["nl", "it"])
    # Accelerator marks and placeholders go ("Kon niet openen:" is then too short); untranslated messages too.
    assert [s.text for s in found] == ["Sla het document op naar schijf"]
    assert {(s.lang, s.kind) for s in found} == {("nl", "UI message")}


def test_a_file_that_is_no_catalog_gives_no_messages(tmp_path: Path) -> None:
    path = tmp_path / "broken.mo"
    path.write_bytes(b"not a catalog at all")
    assert language.read_catalog(path) == []
