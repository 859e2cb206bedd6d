"""The processor's Faust worker logs at the level it is given, and no lower."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import faust
import pytest

from newsmon.processor.main import create_worker


@pytest.fixture
def restored_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("restored_logging")
@pytest.mark.parametrize("level", ["WARNING", "ERROR"])
def test_a_worker_at_warning_or_above_does_not_build_debug_records(level: str) -> None:
    app = faust.App("newsmon-test-main", broker="kafka://127.0.0.1:1", web_enabled=False)
    worker = create_worker(app, level)
    worker.redirect_stdouts = False  # it would keep pytest's stdout
    worker._setup_logging()  # what the worker does as it starts
    assert logging.getLogger().level == logging.getLevelName(level)
    assert not logging.getLogger("aiokafka.conn").isEnabledFor(logging.INFO)
