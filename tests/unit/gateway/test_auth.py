"""auth.py: API keys stored hashed, checked, and re-read when the file changes."""

from __future__ import annotations

from pathlib import Path

from newsmon.gateway.auth import ApiKeys, create_key


def test_a_created_key_is_valid_and_only_its_digest_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "keys.jsonl"
    keys = ApiKeys(path)
    assert keys.check("nmk_x_y") is None  # no file yet: no keys
    key = create_key(path, "analyst")
    assert keys.check(key) == "analyst"
    assert key.split("_", 2)[2] not in path.read_text()
    assert path.stat().st_mode & 0o777 == 0o600
    assert keys.check(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert keys.check("Bearer " + key) is None and keys.check("") is None
    second = create_key(path, "robot")
    assert (keys.check(second), keys.check(key)) == ("robot", "analyst")


def test_an_unreadable_file_holds_no_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.jsonl"
    path.write_text("not json\n")
    assert ApiKeys(path).check("nmk_a_b") is None
    assert ApiKeys(None).check("nmk_a_b") is None
