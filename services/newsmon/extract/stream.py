"""The ``newsmon extract`` contract, kept stable because outside evaluations depend on it.

Each input line is a JSON object ``{"id": str | int, "text": str, "lang"?: str | null}`` (a missing, null
or empty "lang" means: detect it); each answer is one JSON line, written and flushed before the next input
line is read::

    {"id", "lang", "entities": [{"text", "label", "start", "end", "canonical"}],
     "denials": [{"type", "denier": {"text", "start", "end", "canonical", "role"} | null,
                  "trigger": "<trigger text>", "claim": {"text", "start", "end"} | null,
                  "claim_source", "confidence"}]}

A line that cannot be extracted is answered ``{"id": <id or null>, "error": "<reason>"}`` and the run goes
on. Blank lines are not records and get no answer. Offsets are character offsets into ``text``.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import asdict
from typing import IO, Any

import orjson

from newsmon.nlp.analysis import analyze
from newsmon.nlp.language import language_code
from newsmon.nlp.types import Analysis, Denial

logger = logging.getLogger(__name__)

RecordId = str | int
# Lines past this are answered with an error unread: analysis time grows with the text, and a run over
# millions of lines must not stall on one.
MAX_LINE_BYTES = 2_000_000
_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


def run_extract(
    stdin: IO[bytes] | IO[str], stdout: IO[bytes] | IO[str], *, max_line_bytes: int = MAX_LINE_BYTES
) -> int:
    """Answer every JSON line of ``stdin`` with one JSON line on ``stdout``, streaming; return the exit code.

    Returns 0 once every line is answered (malformed lines included: they get an error record; a line over
    ``max_line_bytes`` too, and is skipped without being held in memory), 1 when ``stdout`` is closed by
    its reader before the input ends. Never raises for bad input.
    """
    write = _line_writer(stdout)
    while line := stdin.readline(max_line_bytes + 1):
        if len(line) > max_line_bytes:
            answer = _error(_leading_id(line), f"line longer than the cap of {max_line_bytes} bytes")
            _skip_line(stdin, line, max_line_bytes)
        elif not line.strip():
            continue
        else:
            answer = _answer(line)
        try:
            write(orjson.dumps(answer))
        except BrokenPipeError:
            return 1
    return 0


def _skip_line(stdin: IO[bytes] | IO[str], read: bytes | str, chunk: int) -> None:
    """Read and drop the rest of the line that ``read`` starts, ``chunk`` at a time."""
    while read and read[-1:] not in ("\n", b"\n"):
        read = stdin.readline(chunk)


def _leading_id(start: bytes | str) -> RecordId | None:
    """The record id in the start of an over-long line (the text comes after it in most writers' lines)."""
    found = _ID.search(start if isinstance(start, str) else start[:4096].decode("utf-8", "replace"))
    if found is None:
        return None
    try:
        value = orjson.loads(found.group(1))
    except orjson.JSONDecodeError:
        return None
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def to_record(record_id: RecordId | None, analysis: Analysis) -> dict[str, Any]:
    """Return the output record of ``newsmon extract`` for one analysed text (plain JSON-ready data)."""
    return {
        "id": record_id,
        "lang": analysis.language.code,
        "entities": [asdict(entity) for entity in analysis.entities],
        "denials": [_denial(denial) for denial in analysis.denials],
    }


def _answer(line: bytes | str) -> dict[str, Any]:
    try:
        item = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return _error(None, f"invalid JSON: {exc}")
    if not isinstance(item, dict):
        return _error(None, "line is not a JSON object")
    record_id = item.get("id")
    # bool is an int subclass, but true/false is no id.
    if not isinstance(record_id, str | int) or isinstance(record_id, bool):
        return _error(None, "missing id" if record_id is None else "id must be a string or an integer")
    text = item.get("text")
    if not isinstance(text, str):
        return _error(record_id, "missing text" if text is None else "text must be a string")
    lang = item.get("lang")
    if lang is not None and not isinstance(lang, str):
        return _error(record_id, "lang must be a string or null")
    try:
        code = language_code(lang) if lang else None
    except ValueError as exc:
        return _error(record_id, str(exc))
    try:
        analysis = analyze(text, lang=code)
    except Exception as exc:
        # One text that trips an extractor must not end a run over millions of lines; it is reported in-band.
        logger.exception("extraction failed for id %r", record_id)
        return _error(record_id, f"extraction failed: {type(exc).__name__}: {exc}")
    return to_record(record_id, analysis)


def _error(record_id: RecordId | None, reason: str) -> dict[str, Any]:
    return {"id": record_id, "error": reason}


def _denial(denial: Denial) -> dict[str, Any]:
    # The contract's own shape: the trigger as its text, and no evidence span.
    return {
        "type": denial.type,
        "denier": None if denial.denier is None else asdict(denial.denier),
        "trigger": denial.trigger.text,
        "claim": None if denial.claim is None else asdict(denial.claim),
        "claim_source": denial.claim_source,
        "confidence": denial.confidence,
    }


def _line_writer(stdout: IO[bytes] | IO[str]) -> Callable[[bytes], None]:
    """Return a function writing one JSON document plus newline to ``stdout`` and flushing it."""
    text_mode = isinstance(stdout, io.TextIOBase)

    def write(document: bytes) -> None:
        line = document + b"\n"
        stdout.write(line.decode() if text_mode else line)  # type: ignore[arg-type]
        stdout.flush()

    return write
