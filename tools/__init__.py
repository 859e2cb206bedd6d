"""Development tools: evaluation, training and benchmarks. They import ``newsmon``; nothing in it imports them.

Run from the repository root (``python -m tools.evaluation``); they are not part of the wheel or the image.
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
