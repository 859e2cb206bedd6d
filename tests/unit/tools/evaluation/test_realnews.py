from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from tools.evaluation import realnews

LANGUAGES = ["en", "pt", "es", "fr", "de", "ru", "id"]
# Two sentences in each order the treebanks use: "# text" after "# sent_id" (most) and before it (Bosque).
CONLLU = """# sent_id = s1
# text = Le ministère a démenti la rumeur.
1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
2\tministère\tministère\tNOUN\t_\t_\t4\tnsubj\t_\t_
3\ta\tavoir\tAUX\t_\t_\t4\taux\t_\t_
4\tdémenti\tdémentir\tVERB\t_\t_\t0\troot\t_\t_

# text = Il a refusé un visa.
# sent_id = s2
1\tIl\til\tPRON\t_\t_\t3\tnsubj\t_\t_
2\ta\tavoir\tAUX\t_\t_\t3\taux\t_\t_
3\trefusé\trefuser\tVERB\t_\t_\t0\troot\t_\t_

# sent_id = s3
# text = Il pleut.
1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tpleut\tpleuvoir\tVERB\t_\t_\t0\troot\t_\t_
"""


@pytest.fixture
def fake_shared(tmp_path: Path) -> Path:
    """A shared folder holding one tiny French treebank (the same sentences in both splits)."""
    folder = tmp_path / "datasets" / "ud"
    folder.mkdir(parents=True)
    for split in realnews.SPLITS:
        with gzip.open(folder / f"fr.{split}.conllu.gz", "wt", encoding="utf-8") as out:
            out.write(CONLLU)
    return tmp_path


def write_set(folder: Path, *references: dict[str, str]) -> Path:
    head = {"lang": "fr", "source": "UD_French-GSD"}
    lines = [json.dumps({"id": f"r{n}", **head, **ref}) for n, ref in enumerate(references)]
    (folder / "fr.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_every_language_has_a_set() -> None:
    assert realnews.languages() == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_set_has_enough_unique_well_formed_references(lang: str) -> None:
    references = realnews.read_references(lang)
    labels = Counter(ref["label"] for ref in references)
    assert len(references) >= 60
    assert labels["denial"] + labels["non_denial"] >= 1, "each set holds at least one denial or non-denial"
    assert len({ref["id"] for ref in references}) == len(references)
    assert len({(ref["split"], ref["sent_id"]) for ref in references}) == len(references)
    for ref in references:
        assert ref["lang"] == lang and ref["source"] == realnews.TREEBANKS[lang]
        spans = [ref.get(field) for field in realnews.SPAN_FIELDS]
        if ref["label"] == "none":
            assert not any(spans), ref
        else:
            assert ref["trigger"], ref


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reference_resolves_to_its_treebank_sentence(shared_dir: Path, lang: str) -> None:
    items = realnews.load_realnews(shared_dir, lang)
    assert len(items) == len(realnews.read_references(lang))
    for item in items:
        assert item["text"]
        for field in realnews.SPAN_FIELDS:
            assert item[field] in item["text"], (item["id"], field)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_labelled_sentence_is_a_candidate(shared_dir: Path, lang: str) -> None:
    candidates = {(split, sentence.sent_id) for split, sentence, _ in realnews.find_candidates(shared_dir, lang)}
    labelled = {(ref["split"], ref["sent_id"]) for ref in realnews.read_references(lang)}
    assert labelled <= candidates


def test_read_treebank_takes_text_before_or_after_the_sent_id(tmp_path: Path, fake_shared: Path) -> None:
    sentences = list(realnews.read_treebank(realnews.treebank_path(fake_shared, "fr", "train")))
    assert [(s.sent_id, s.text) for s in sentences] == [
        ("s1", "Le ministère a démenti la rumeur."),
        ("s2", "Il a refusé un visa."),
        ("s3", "Il pleut."),
    ]
    assert {"démenti", "démentir"} <= sentences[0].words


def test_load_realnews_fills_text_and_empties_null_spans(tmp_path: Path, fake_shared: Path) -> None:
    sets = write_set(
        tmp_path,
        {
            "split": "dev",
            "sent_id": "s1",
            "label": "denial",
            "denier": "ministère",
            "claim": "la rumeur",
            "claim_source": None,
            "trigger": "démenti",
        },
    )
    [item] = realnews.load_realnews(fake_shared, "fr", sets_dir=sets)
    assert item["text"] == "Le ministère a démenti la rumeur."
    assert item["claim_source"] == ""


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ({"split": "train", "sent_id": "s9", "label": "none"}, "not in the train split"),
        ({"split": "train", "sent_id": "s1", "label": "denial", "trigger": "nié"}, "is not in the sentence"),
        ({"split": "test", "sent_id": "s1", "label": "none"}, "bad split or label"),
        ({"split": "train", "sent_id": "s1", "label": "maybe"}, "bad split or label"),
    ],
)
def test_load_realnews_rejects_a_bad_reference(
    tmp_path: Path, fake_shared: Path, reference: dict[str, str], message: str
) -> None:
    sets = write_set(tmp_path, reference)
    with pytest.raises(ValueError, match=message):
        realnews.load_realnews(fake_shared, "fr", sets_dir=sets)


def test_find_candidates_matches_lemmas(fake_shared: Path) -> None:
    found = [(split, s.sent_id, cues) for split, s, cues in realnews.find_candidates(fake_shared, "fr")]
    assert found == [
        ("train", "s1", ["démentir", "démenti"]),
        ("train", "s2", ["refuser"]),
        ("dev", "s1", ["démentir", "démenti"]),
        ("dev", "s2", ["refuser"]),
    ]


def test_candidates_command_prints_one_line_per_candidate(
    fake_shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert realnews.main(["candidates", "--lang", "fr", "--shared", str(fake_shared)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert lines[0] == "  train\ts1\tdémentir,démenti\tLe ministère a démenti la rumeur."


def test_candidates_command_says_when_the_treebank_is_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert realnews.main(["candidates", "--lang", "fr", "--shared", str(tmp_path)]) == 1
    assert "no treebank" in capsys.readouterr().out


def test_the_halves_split_every_set_by_the_parity_of_its_ids() -> None:
    assert realnews.half({"id": "80d5f5d15bb62b06"}) == "tune"
    assert realnews.half({"id": "bf33bbb7ba55ecd7"}) == "held"
    for lang in LANGUAGES:
        halves = Counter(realnews.half(ref) for ref in realnews.read_references(lang))
        assert sorted(halves) == sorted(realnews.HALVES) and min(halves.values()) >= 20, (lang, halves)
