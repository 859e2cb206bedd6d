from __future__ import annotations

import io
import select
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from newsmon.extract import stream as jsonl
from newsmon.nlp.types import Analysis, Denial, Denier, Entity, Language, Span

DENIAL_EN = "The White House denied reports that the two governments had held secret talks."


def _extract(*lines: bytes) -> list[dict[str, Any]]:
    out = io.BytesIO()
    assert jsonl.run_extract(io.BytesIO(b"".join(lines)), out) == 0
    return [orjson.loads(line) for line in out.getvalue().splitlines()]


def test_to_record_is_the_stable_contract() -> None:
    text = "Juru bicara Gedung Putih Karine Jean-Pierre membantah laporan itu."
    analysis = Analysis(
        language=Language("id", 0.9),
        entities=[Entity("Gedung Putih", "ORG", 12, 24, "White House")],
        denials=[
            Denial(
                type="denial",
                denier=Denier("Karine Jean-Pierre", 25, 43, "Karine Jean-Pierre", "Juru bicara Gedung Putih"),
                trigger=Span("membantah", 44, 53),
                claim=Span("laporan itu", 54, 65),
                claim_source="laporan",
                evidence=Span(text, 0, len(text)),
                confidence=0.9,
            ),
            Denial("non_denial", None, Span("membantah", 44, 53), None, None, Span(text, 0, len(text)), 0.5),
        ],
    )
    assert jsonl.to_record("a1", analysis) == {
        "id": "a1",
        "lang": "id",
        "entities": [{"text": "Gedung Putih", "label": "ORG", "start": 12, "end": 24, "canonical": "White House"}],
        "denials": [
            {
                "type": "denial",
                "denier": {
                    "text": "Karine Jean-Pierre",
                    "start": 25,
                    "end": 43,
                    "canonical": "Karine Jean-Pierre",
                    "role": "Juru bicara Gedung Putih",
                },
                "trigger": "membantah",
                "claim": {"text": "laporan itu", "start": 54, "end": 65},
                "claim_source": "laporan",
                "confidence": 0.9,
            },
            {
                "type": "non_denial",
                "denier": None,
                "trigger": "membantah",
                "claim": None,
                "claim_source": None,
                "confidence": 0.5,
            },
        ],
    }


def test_one_record_per_line_with_offsets_into_the_text() -> None:
    records = _extract(
        orjson.dumps({"id": "en-1", "text": DENIAL_EN}) + b"\n",
        orjson.dumps({"id": 7, "text": "Kremlin menepis laporan tersebut.", "lang": "id-ID"}) + b"\n",
    )
    assert [record["id"] for record in records] == ["en-1", 7]
    assert records[0]["lang"] == "en"
    assert records[1]["lang"] == "id"
    for entity in records[0]["entities"]:
        assert DENIAL_EN[entity["start"] : entity["end"]] == entity["text"]
    assert any(denial["trigger"] == "denied" for denial in records[0]["denials"])


@pytest.mark.parametrize(
    ("line", "record_id", "reason"),
    [
        (b"{not json", None, "invalid JSON"),
        (b'"just a string"', None, "not a JSON object"),
        (b'{"text": "no id"}', None, "missing id"),
        (b'{"id": true, "text": "x"}', None, "id must be"),
        (b'{"id": ["a"], "text": "x"}', None, "id must be"),
        (b'{"id": "a"}', "a", "missing text"),
        (b'{"id": "a", "text": 12}', "a", "text must be a string"),
        (b'{"id": "a", "text": "x", "lang": 5}', "a", "lang must be"),
        (b'{"id": "a", "text": "x", "lang": "english"}', "a", "not a language code"),
        (b'{"id": "a", "text": "\xff\xfe"}', None, "invalid JSON"),
    ],
)
def test_a_malformed_line_gets_an_error_and_the_run_goes_on(line: bytes, record_id: str | None, reason: str) -> None:
    error, after = _extract(line + b"\n", b'{"id": "next", "text": "The minister denied it."}\n')
    assert error["id"] == record_id
    assert reason in str(error["error"])
    assert set(error) == {"id", "error"}
    assert after["id"] == "next"
    assert "error" not in after


def test_blank_lines_get_no_answer() -> None:
    records = _extract(b"\n", b'{"id": "a", "text": ""}\n', b"  \r\n")
    assert records == [{"id": "a", "lang": "und", "entities": [], "denials": []}]


def test_an_extraction_failure_is_reported_in_band(monkeypatch: pytest.MonkeyPatch) -> None:
    real = jsonl.analyze

    def analyze(text: str, *, lang: str | None = None) -> Analysis:
        if text == "boom":
            raise RuntimeError("extractor bug")
        return real(text, lang=lang)

    monkeypatch.setattr(jsonl, "analyze", analyze)
    records = _extract(b'{"id": "a", "text": "boom"}\n', b'{"id": "b", "text": "fine"}\n')
    assert records[0] == {"id": "a", "error": "extraction failed: RuntimeError: extractor bug"}
    assert records[1]["id"] == "b"


def test_text_streams_work_too() -> None:
    out = io.StringIO()
    assert jsonl.run_extract(io.StringIO('{"id": "a", "text": "Hello there."}\n'), out) == 0
    assert orjson.loads(out.getvalue())["id"] == "a"


def test_each_answer_is_written_before_the_next_line_is_read() -> None:
    out = io.BytesIO()

    def lines() -> Iterator[bytes]:
        for number in range(3):
            assert out.getvalue().count(b"\n") == number
            yield orjson.dumps({"id": number, "text": DENIAL_EN}) + b"\n"

    class Reader(io.BytesIO):
        def __init__(self) -> None:
            self._lines = lines()

        def readline(self, limit: int | None = -1) -> bytes:
            return next(self._lines, b"")

    assert jsonl.run_extract(Reader(), out) == 0
    assert out.getvalue().count(b"\n") == 3


def test_a_closed_reader_ends_the_run() -> None:
    class Closed(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            raise BrokenPipeError

    assert jsonl.run_extract(io.BytesIO(b'{"id": "a", "text": "x"}\n' * 3), Closed()) == 1


def test_a_pipe_gets_its_answer_while_the_input_is_still_open() -> None:
    code = (
        "import sys; from newsmon.extract.stream import run_extract;"
        "sys.exit(run_extract(sys.stdin.buffer, sys.stdout.buffer))"
    )
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE}
    with subprocess.Popen([sys.executable, "-c", code], **pipes) as child:  # type: ignore[call-overload]
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(orjson.dumps({"id": "first", "text": DENIAL_EN}) + b"\n")
        child.stdin.flush()
        ready, _, _ = select.select([child.stdout], [], [], 120)
        assert ready, "no answer while stdin is open"
        assert orjson.loads(child.stdout.readline())["id"] == "first"
        child.stdin.write(b'{"id": "second", "text": "x"}\n')
        child.stdin.close()
        assert orjson.loads(child.stdout.readline())["id"] == "second"
        assert child.wait(timeout=60) == 0


def test_a_line_over_the_cap_is_answered_with_an_error_unread_and_the_stream_goes_on() -> None:
    huge = b'{"id": "huge", "text": "' + b"The ministry denied it. " * 500_000 + b'"}\n'
    out = io.BytesIO()
    reader = io.BytesIO(huge + orjson.dumps({"id": 2, "text": DENIAL_EN}) + b"\n")

    assert jsonl.run_extract(reader, out, max_line_bytes=100_000) == 0

    first, second = (orjson.loads(line) for line in out.getvalue().splitlines())
    assert first == {"id": "huge", "error": "line longer than the cap of 100000 bytes"}
    assert second["id"] == 2 and second["denials"]
