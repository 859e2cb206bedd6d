"""Build step of the newsmon distribution; its metadata is in pyproject.toml.

The extraction core's hottest modules (entity recognition, denial detection, sentences, language,
normalisation) are compiled to C extensions with mypyc: about a sixth fewer instructions per article
(see services/newsmon/nlp/models/README.md, "Speed"). The Python sources stay the one source of truth:
``NEWSMON_PURE_PYTHON=1`` builds without compiling. Every build writes ``nlp/compiled.json``, the
sha256 of each compiled module's source, which ``newsmon.nlp.compiled`` checks at import so that an
extension older than its source (an editable install after an edit) fails loudly instead of running.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from setuptools import setup

NLP = Path("services/newsmon/nlp")
# Everything of these but the package markers; analysis.py (tests replace its imports), types.py (the
# records every service shares) and compiled.py (the check itself) stay plain Python.
COMPILED = sorted(
    [NLP / "sentences.py", NLP / "language.py", NLP / "normalize.py", NLP / "titles.py"]
    + [path for folder in ("entities", "denials") for path in (NLP / folder).glob("*.py") if path.name != "__init__.py"]
)
MANIFEST = NLP / "compiled.json"


def _remove_extensions() -> None:
    """Delete what an earlier compiled build left in the sources (an editable install): the extension
    beside each module and mypyc's shared library at the top of the source folder."""
    for path in Path("services").rglob("*.so"):
        path.unlink()


def _write_manifest(paths: list[Path]) -> None:
    digests = {path.relative_to(NLP).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}
    MANIFEST.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if os.environ.get("NEWSMON_PURE_PYTHON") == "1":
    _remove_extensions()
    _write_manifest([])
    setup()
else:
    from mypyc.build import mypycify

    _write_manifest(COMPILED)
    # pip builds in an environment of its own holding only setuptools and mypy, where the project's
    # dependencies are untyped: returning one of their values must not fail the build there, and mypy keeps
    # a cache of its own so that lint's (which sees them typed) never makes a build differ from a clean one.
    options = ["--no-warn-return-any", "--cache-dir", "build/mypyc-cache"]
    # One shared library (named after a hash of the module list, beside the package like mypy's and
    # black's own) holds the code; each module is a small extension that loads it.
    setup(ext_modules=mypycify([*options, *(str(path) for path in COMPILED)]))
