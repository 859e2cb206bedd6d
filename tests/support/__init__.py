"""What every test area shares: paths, ports, the test web site, broker and Elasticsearch checks, samples."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = REPO_ROOT.parent / "shared"
