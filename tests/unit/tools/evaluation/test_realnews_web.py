from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from ipaddress import ip_network
from pathlib import Path

import pytest

from newsmon.fetcher.guard import AddressPolicy
from newsmon.fetcher.http import HttpClient
from tests.support.web import Site
from tools.evaluation import realnews, realnews_web

# A page written for these tests: a news story with a denial, a refusal to comment and a look-alike.
DENIAL = "The ministry denied the report on Tuesday."
NO_COMMENT = "A spokesman for the agency declined to comment."
LOOK_ALIKE = "The court denied bail to the two suspects."
BODY = " ".join(
    [
        DENIAL,
        "The newspaper had said that the minister would resign before the summer.",
        NO_COMMENT,
        "Officials expect the budget talks to resume next week in the capital.",
        LOOK_ALIKE,
        "Their trial is set to open in the spring after a long inquiry by the police.",
    ]
)
PAGE = f"""<!doctype html><html lang="en"><head><title>Ministry denies resignation report</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ministry denies resignation report</h1>
<p>{BODY}</p></article></body></html>"""
LABELLED = [
    {"text": DENIAL, "label": "denial", "denier": "The ministry", "claim": "the report", "trigger": "denied"},
    {"text": NO_COMMENT, "label": "non_denial", "denier": "A spokesman", "trigger": "declined to comment"},
    {"text": LOOK_ALIKE, "label": "none"},
]


@pytest.fixture
def get_local() -> Iterator[realnews_web.Fetcher]:
    """The fetcher's client as ``fetch`` uses it, allowed to reach the local site on 127.0.0.1."""
    client = HttpClient(
        user_agent="test", connect_timeout=5, read_timeout=5, policy=AddressPolicy([ip_network("127.0.0.1/32")])
    )
    yield realnews_web.page_getter(client)
    client.close()


def labelled(url: str) -> list[dict[str, str]]:
    return [{"url": url, **line} for line in LABELLED]


def write_set(folder: Path, references: list[dict[str, object]]) -> Path:
    (folder / "en.jsonl").write_text("".join(json.dumps(ref) + "\n" for ref in references), encoding="utf-8")
    return folder


@pytest.mark.parametrize("lang", realnews_web.languages())
def test_set_is_well_formed_and_ships_no_text(lang: str) -> None:
    references = realnews_web.read_web_references(lang)
    labels = Counter(ref["label"] for ref in references)
    assert labels["denial"] >= 20 and labels["none"] >= 20, labels
    for ref in references:
        assert "text" not in ref and ref["url"].startswith(("http://", "https://")), ref
        spans = [ref.get(field) for field in realnews.SPAN_FIELDS]
        assert all(span is None or (isinstance(span, list) and len(span) == 2) for span in spans), ref
        assert ref["label"] != "none" or not any(spans), ref
        assert ref["label"] == "none" or ref["trigger"], ref
    # Both fixed halves measure denials.
    assert {realnews.half(ref) for ref in references if ref["label"] == "denial"} == set(realnews.HALVES)


def test_encode_refuses_a_sentence_given_twice() -> None:
    again = [*labelled("https://news.example/a"), *labelled("https://news.example/b")[:1]]

    with pytest.raises(ValueError, match="sentence given twice"):
        realnews_web.encode("en", again)


def test_encode_then_load_gives_the_labelled_items_back(tmp_path: Path) -> None:
    references, copies = realnews_web.encode("en", labelled("https://news.example/a"))
    sets = write_set(tmp_path, references)
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "en.jsonl").write_text("".join(json.dumps(line) + "\n" for line in copies), encoding="utf-8")

    items = realnews_web.load_web("en", sets_dir=sets, folder=folder)

    assert [(item["text"], item["label"], item["denier"], item["trigger"]) for item in items] == [
        (DENIAL, "denial", "The ministry", "denied"),
        (NO_COMMENT, "non_denial", "A spokesman", "declined to comment"),
        (LOOK_ALIKE, "none", "", ""),
    ]
    assert references[0]["id"] == realnews_web.sentence_id(DENIAL) and references[0]["trigger"] == [13, 19]
    assert all("text" not in ref for ref in references)


def test_a_sentence_missing_from_the_copy_is_counted_and_stops_loading(tmp_path: Path) -> None:
    references, copies = realnews_web.encode("en", labelled("https://news.example/a"))
    sets = write_set(tmp_path, references)
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "en.jsonl").write_text(json.dumps(copies[0]) + "\n", encoding="utf-8")

    assert realnews_web.missing_texts("en", sets_dir=sets, folder=folder) == 2
    with pytest.raises(FileNotFoundError, match="not in the local copy"):
        realnews_web.load_web("en", sets_dir=sets, folder=folder)


def test_a_copy_whose_text_changed_is_refused(tmp_path: Path) -> None:
    line = {"id": realnews_web.sentence_id(DENIAL), "url": "https://news.example/a", "text": DENIAL + " Again."}
    (tmp_path / "en.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not the one labelled"):
        realnews_web.read_texts("en", folder=tmp_path)


@pytest.mark.parametrize(
    "change",
    [{"label": "maybe"}, {"lang": "fr"}, {"url": None}],
)
def test_a_malformed_reference_is_refused(tmp_path: Path, change: dict[str, object]) -> None:
    references, _ = realnews_web.encode("en", labelled("https://news.example/a"))
    sets = write_set(tmp_path, [{**references[0], **change}])
    with pytest.raises(ValueError, match=r"en\.jsonl:1"):
        realnews_web.read_web_references("en", sets_dir=sets)


def test_a_span_not_in_its_sentence_is_refused() -> None:
    with pytest.raises(ValueError, match="is not in"):
        realnews_web.encode("en", [{**labelled("https://news.example/a")[0], "denier": "The agency"}])


def test_fetch_fills_the_copy_from_the_pages_served(
    site: Site, tmp_path: Path, get_local: realnews_web.Fetcher
) -> None:
    url = site.add("/story.html", "text/html; charset=utf-8", PAGE)
    gone = site.base_url + "/gone.html"
    references, _ = realnews_web.encode("en", [*labelled(url), {"url": gone, "text": "Nobody knows.", "label": "none"}])
    sets = write_set(tmp_path, references)
    folder = tmp_path / "copy"

    found, missing = realnews_web.fetch("en", get_local, sets_dir=sets, folder=folder)

    assert (found, missing) == (3, 1)  # the page that is gone (404) leaves its sentence missing
    assert realnews_web.read_texts("en", folder=folder) == {
        realnews_web.sentence_id(text): text for text in (DENIAL, NO_COMMENT, LOOK_ALIKE)
    }
    # A second run asks only for what is still missing, and adds nothing twice.
    assert realnews_web.fetch("en", get_local, sets_dir=sets, folder=folder) == (0, 1)
    assert len((folder / "en.jsonl").read_text(encoding="utf-8").splitlines()) == 3
