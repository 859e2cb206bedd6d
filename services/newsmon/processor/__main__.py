"""``python -m newsmon.processor``: the same as ``newsmon processor``."""

from newsmon.processor.main import run

run()
