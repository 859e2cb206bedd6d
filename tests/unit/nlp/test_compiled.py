"""A compiled module of newsmon.nlp must match its source (setup.py compiles them; the extension wins the import)."""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from newsmon.nlp.compiled import StaleBuildError, check_build, stale_modules


def _package(tmp_path: Path, *, recorded: str | None) -> Path:
    """A package with one module, ``entities/tokens.py``, and an extension module beside it; ``compiled.json``
    records ``recorded`` as its source's sha256 (no manifest when None)."""
    source = tmp_path / "entities" / "tokens.py"
    source.parent.mkdir()
    source.write_text("WORD = 1\n", encoding="utf-8")
    source.with_name("tokens" + EXTENSION_SUFFIXES[0]).write_bytes(b"")
    (tmp_path / "plain.py").write_text("PLAIN = 1\n", encoding="utf-8")
    if recorded is not None:
        (tmp_path / "compiled.json").write_text(json.dumps({"entities/tokens.py": recorded}), encoding="utf-8")
    return tmp_path


def test_this_install_runs_no_compiled_module_older_than_its_source() -> None:
    assert stale_modules() == [], "rebuild: make install (or pip install -e .)"


def test_a_module_compiled_from_its_current_source_passes(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"WORD = 1\n").hexdigest()
    check_build(_package(tmp_path, recorded=digest))


@pytest.mark.parametrize("recorded", [hashlib.sha256(b"WORD = 0\n").hexdigest(), None])
def test_an_edited_or_unrecorded_source_fails_with_its_name_and_the_fix(tmp_path: Path, recorded: str | None) -> None:
    package = _package(tmp_path, recorded=recorded)
    assert stale_modules(package) == ["entities/tokens.py"]
    with pytest.raises(StaleBuildError, match=r"entities/tokens\.py.*make install.*NEWSMON_PURE_PYTHON=1"):
        check_build(package)
