"""Fixtures of the gateway's route tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    """Where the test's API keys are kept (absent until a key is made: no key is valid)."""
    return tmp_path / "keys.jsonl"
