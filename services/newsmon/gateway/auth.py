"""API keys: made by ``newsmon apikey create``, kept hashed in a JSON-lines file, checked per request.

A key is ``nmk_<id>_<secret>``: the id finds its record, the secret is compared with the record's salted
SHA-256 digest (a random 256-bit secret needs no slow hash). Only the digest is stored; the key is shown
once, at creation, and never logged. The file is read again when it changes, so a new key works at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

import orjson

from newsmon.core.messages import utcnow

PREFIX = "nmk"


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """A stored key: its id and name, its salt and the digest of its secret."""

    key_id: str
    name: str
    salt: str
    digest: str


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


def create_key(path: Path, name: str) -> str:
    """Add a new key named ``name`` to the file at ``path`` (created if absent) and return the key, the
    only time it exists in clear. Raises OSError when the file cannot be written."""
    key_id, secret, salt = secrets.token_hex(6), secrets.token_urlsafe(32), secrets.token_hex(16)
    record = {
        "key_id": key_id,
        "name": name,
        "salt": salt,
        "digest": _digest(salt, secret),
        "created_at": utcnow().isoformat(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as file:
        file.write(orjson.dumps(record) + b"\n")
    path.chmod(0o600)
    return f"{PREFIX}_{key_id}_{secret}"


class ApiKeys:
    """The keys of one file, re-read when it changes."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._stamp: tuple[float, int] | None = None
        self._records: dict[str, KeyRecord] = {}

    def check(self, key: str) -> str | None:
        """The name of the key ``key``, or None when it is not a valid key. Raises nothing: an unreadable
        file holds no keys."""
        parts = key.split("_", 2)
        if len(parts) != 3 or parts[0] != PREFIX:
            return None
        record = self._current().get(parts[1])
        if record is None or not hmac.compare_digest(record.digest, _digest(record.salt, parts[2])):
            return None
        return record.name

    def _current(self) -> dict[str, KeyRecord]:
        try:
            if self._path is None:
                return {}
            stat = self._path.stat()
            if self._stamp != (stat.st_mtime, stat.st_size):
                self._records = _read(self._path)
                self._stamp = (stat.st_mtime, stat.st_size)
        except (OSError, ValueError, KeyError):
            return {}
        return self._records


def _read(path: Path) -> dict[str, KeyRecord]:
    records = {}
    for line in path.read_bytes().splitlines():
        if line.strip():
            document = orjson.loads(line)
            records[document["key_id"]] = KeyRecord(
                document["key_id"], document["name"], document["salt"], document["digest"]
            )
    return records
