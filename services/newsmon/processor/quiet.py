"""Faust's agent, whose log builds a record only when its level is on.

mode's ``CompositeLogger`` formats its prefix (the agent's label, rebuilt from the agent's function name
each time) before the logger checks the level. Faust's agent logs a debug line for every value an agent
yields, that is for every message: some 2 % of the processor's CPU outside ``analyze()``, for lines that
are dropped.
"""

from __future__ import annotations

from typing import Any

import faust
from mode.utils.logging import CompositeLogger


class LevelCheckedLogger(CompositeLogger):
    """mode's ``CompositeLogger`` that formats nothing for a level its logger does not log."""

    def log(self, severity: int, message: str, *args: Any, **kwargs: Any) -> None:
        """Log as ``CompositeLogger.log`` does when ``severity`` is on, else do nothing."""
        if self.logger.isEnabledFor(severity):
            # As CompositeLogger.log, in one frame, so that a record names the line that logged it.
            kwargs.setdefault("stacklevel", 2)
            self.logger.log(severity, self.format(severity, message, *args, **kwargs), *args, **kwargs)


class QuietAgent(faust.Agent):
    """Faust's agent with a :class:`LevelCheckedLogger` (the app's ``Agent`` class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.log = LevelCheckedLogger(self.logger, formatter=self._format_log)
