"""quiet.py: an agent's log formats nothing for a level that is off, and words and places what it logs."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from newsmon.processor.quiet import LevelCheckedLogger


class Label:
    """A formatter that counts its calls, as mode's agent label would be built."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, severity: int, message: str, *args: Any, **kwargs: Any) -> str:
        self.calls += 1
        return f"[agent]: {message}"


def test_a_level_that_is_off_is_not_formatted(caplog: pytest.LogCaptureFixture) -> None:
    label = Label()
    log = LevelCheckedLogger(logging.getLogger("test.quiet.off"), formatter=label)
    with caplog.at_level(logging.INFO, logger="test.quiet.off"):
        log.log(logging.DEBUG, "%r yielded: %r", "fun", [])
    assert (label.calls, caplog.records) == (0, [])


def test_a_level_that_is_on_is_logged_as_mode_logs_it_from_the_callers_line(caplog: pytest.LogCaptureFixture) -> None:
    label = Label()
    log = LevelCheckedLogger(logging.getLogger("test.quiet.on"), formatter=label)
    with caplog.at_level(logging.DEBUG, logger="test.quiet.on"):
        log.debug("%r yielded: %r", "fun", [])
    [record] = caplog.records
    assert (record.getMessage(), record.funcName, label.calls) == (
        "[agent]: 'fun' yielded: []",
        "test_a_level_that_is_on_is_logged_as_mode_logs_it_from_the_callers_line",
        1,
    )
