"""What every test area shares. Here: paths and the fixture files (feeds and pages); beside it: the local
web site (web), free ports (ports), the Kafka broker and Elasticsearch node (stack), newsmon's services as
tests run them (workers), sample messages (samples) and test doubles (fakes)."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = REPO_ROOT.parent / "shared"
FIXTURES = Path(__file__).with_name("fixtures")


def fixture_bytes(name: str) -> bytes:
    """Return the bytes of ``tests/support/fixtures/<name>``; raises FileNotFoundError when it is absent."""
    return (FIXTURES / name).read_bytes()
