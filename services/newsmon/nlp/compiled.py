"""The guard against compiled modules that no longer match their sources.

setup.py compiles the hottest modules of this package with mypyc and records the sha256 of each one's
source in ``compiled.json``. An extension module wins the import over the ``.py`` beside it, so in an
editable install an edited source would otherwise run its old compiled code without a word.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).parent


class StaleBuildError(ImportError):
    """A compiled module of newsmon.nlp was built from another source than the one beside it."""


def stale_modules(package: Path = PACKAGE) -> list[str]:
    """Return the sources under ``package`` (paths relative to it) that have an extension module beside
    them but not the sha256 ``compiled.json`` recorded when that extension was built; [] when none."""
    manifest = package / "compiled.json"
    recorded = json.loads(manifest.read_text(encoding="utf-8")) if manifest.is_file() else {}
    stale = []
    for source in package.rglob("*.py"):
        if not any(source.with_name(source.stem + suffix).is_file() for suffix in EXTENSION_SUFFIXES):
            continue
        name = source.relative_to(package).as_posix()
        if recorded.get(name) != hashlib.sha256(source.read_bytes()).hexdigest():
            stale.append(name)
    return sorted(stale)


def check_build(package: Path = PACKAGE) -> None:
    """Return when every compiled module under ``package`` matches its source; raise ``StaleBuildError``
    naming the others and how to rebuild."""
    stale = stale_modules(package)
    if stale:
        raise StaleBuildError(
            f"newsmon.nlp: compiled modules built from an older source would run old code: {', '.join(stale)};"
            " rebuild with `make install` (or `pip install -e .`), or without compiling: NEWSMON_PURE_PYTHON=1"
        )
