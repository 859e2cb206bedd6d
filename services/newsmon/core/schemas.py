"""Validation of topic messages against the JSON Schema files in ``schemas/topics/`` (the one source of truth)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from newsmon.core.errors import PoisonMessage

SCHEMA_BASE = "https://newsmon.dev/schemas/topics/"


@cache
def _registry(schemas_dir: Path) -> Registry:
    resources = []
    for path in sorted((schemas_dir / "topics").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        resources.append((SCHEMA_BASE + path.name, Resource.from_contents(document)))
    return Registry().with_resources(resources)


@cache
def validator(schemas_dir: Path, schema_file: str) -> Draft202012Validator:
    """Return a (cached) validator for ``schemas_dir/topics/schema_file``; raises FileNotFoundError if absent."""
    document = json.loads((schemas_dir / "topics" / schema_file).read_text(encoding="utf-8"))
    return Draft202012Validator(document, registry=_registry(schemas_dir), format_checker=FormatChecker())


def check(schemas_dir: Path, schema_file: str, message: Any) -> None:
    """Raise :class:`PoisonMessage` naming the first offending field when ``message`` breaks the schema."""
    error = next(iter(validator(schemas_dir, schema_file).iter_errors(message)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        raise PoisonMessage(f"{schema_file}: {where}: {error.message}")
