"""The schema files shipped as package data (``newsmon/schemas``, a link to the top-level ``schemas/``).

Topic messages are validated against ``schemas/topics/`` (the one source of truth) by validators built
from the files once (jsonschema-rs, in Rust: some 10 times faster than Python code generated from the schema
by fastjsonschema, which itself was some 50 times faster than interpreting it; this matters on the hot paths
of the processor and the indexer, an enriched article's entities most); the index templates
are read from ``schemas/elasticsearch/``. Both are read through ``importlib.resources``, so an installed
wheel finds them wherever it is installed, and nothing passes their folder around.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from newsmon.core.errors import PoisonMessage

SCHEMAS: Traversable = files("newsmon").joinpath("schemas")
SCHEMA_BASE = "https://newsmon.dev/schemas/topics/"


def read_schema(folder: str, name: str) -> Any:
    """Return the JSON document ``schemas/<folder>/<name>``; raises FileNotFoundError when it is absent and
    ValueError when it is not JSON."""
    return json.loads(SCHEMAS.joinpath(folder, name).read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    names = sorted(entry.name for entry in SCHEMAS.joinpath("topics").iterdir() if entry.name.endswith(".json"))
    return Registry().with_resources(
        (SCHEMA_BASE + name, Resource.from_contents(read_schema("topics", name))) for name in names
    )


@cache
def validator(schema_file: str) -> Draft202012Validator:
    """Return the (cached) validator of ``schemas/topics/<schema_file>``; raises FileNotFoundError if absent."""
    return Draft202012Validator(
        read_schema("topics", schema_file), registry=_registry(), format_checker=FormatChecker()
    )


def _referenced(uri: str) -> Any:
    # A ``$ref`` to another schema file (``defs.json#/$defs/...``), resolved from the package data.
    return read_schema("topics", uri.removeprefix(SCHEMA_BASE))


@cache
def compiled(schema_file: str) -> jsonschema_rs.Validator:
    """Return the (cached) fast validator of ``schemas/topics/<schema_file>``, formats checked; raises
    FileNotFoundError if absent."""
    return jsonschema_rs.Draft202012Validator(
        read_schema("topics", schema_file), validate_formats=True, retriever=_referenced
    )


def check(schema_file: str, message: Any) -> None:
    """Raise :class:`PoisonMessage` naming the first offending field when ``message`` breaks the schema."""
    fast = compiled(schema_file)
    if fast.is_valid(message):
        return
    # Rare: the interpreting validator words the reason (and stays the reference for the tests).
    error = next(iter(validator(schema_file).iter_errors(message)), None)
    if error is None:
        raise PoisonMessage(f"{schema_file}: {next(fast.iter_errors(message)).message}")
    where = "/".join(str(part) for part in error.absolute_path) or "(root)"
    raise PoisonMessage(f"{schema_file}: {where}: {error.message}")
