"""cli.py: ``newsmon apikey create`` prints a key once and stores only its digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmon.cli import main
from newsmon.gateway.auth import ApiKeys


def test_apikey_create_prints_a_working_key_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "keys.jsonl"
    assert main(["apikey", "create", "--name", "desk", "--file", str(path)]) == 0
    out, err = capsys.readouterr()
    key = out.strip()
    assert ApiKeys(path).check(key) == "desk"
    assert key not in err and key not in path.read_text()
