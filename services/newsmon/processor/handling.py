"""Handle one consumed message, written once for every agent (STYLE habits 4-6).

A step turns a :class:`~newsmon.core.deadletters.Received` message into :class:`Output` messages.
:class:`MessageHandler` runs it, sends its outputs, and deals with failure: a :class:`PoisonMessage` is
dead-lettered at once, any other exception is retried with the :class:`RetryPolicy`'s backoff and then
dead-lettered with the last line of its traceback. Every outcome is counted. Nothing here imports Faust,
so it is tested with plain asyncio.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Final

from newsmon.core.deadletters import Received, dead_letter
from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import encode
from newsmon.core.metrics import Outcome, count
from newsmon.core.retry import RetryPolicy
from newsmon.core.topics import DEAD_LETTER, Topic

SERVICE: Final = "processor"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Output:
    """A message to produce: ``value`` is already encoded (validated), ``None`` is a tombstone."""

    topic: Topic
    key: str | None
    value: bytes | None


Step = Callable[[Received], Sequence[Output]]
Send = Callable[[Output], Awaitable[None]]


def dead_letter_output(message: Received, reason: str, attempts: int) -> Output:
    """Return the dead-letter message that keeps ``message`` whole with ``reason``; never raises."""
    letter = dead_letter(SERVICE, reason, message, attempts)
    return Output(DEAD_LETTER, letter.key, encode(letter, DEAD_LETTER))


class MessageHandler:
    """Runs steps with the processor's failure policy and sends what they return with ``send``."""

    def __init__(self, send: Send, *, policy: RetryPolicy) -> None:
        self._send = send
        self._policy = policy

    async def handle(self, message: Received, step: Step) -> list[Output]:
        """Run ``step`` on ``message``, send its outputs or a dead letter, and return what was sent.

        An output that ``send`` refuses as a PoisonMessage (too large for the producer) sends ``message`` to
        the dead letters with the reason instead of the outputs not sent yet: it is never lost in silence.
        Raises only what else ``send`` raises. (Faust's producer buffers sends and retries them itself, and
        flushes them before it commits the consumed offsets.)
        """
        outputs = await self._outputs(message, step)
        for sent, output in enumerate(outputs):
            try:
                await self._send(output)
            except PoisonMessage as exc:
                if output.topic is DEAD_LETTER:
                    raise
                letter = self._give_up(message, exc.reason, 1, "dead_letter")
                await self._send(letter)
                return [*outputs[:sent], letter]
        return outputs

    async def _outputs(self, message: Received, step: Step) -> list[Output]:
        attempt = 1
        while True:
            try:
                outputs = list(step(message))
            except PoisonMessage as exc:
                return [self._give_up(message, exc.reason, attempt, "poison")]
            except Exception as exc:
                reason = traceback.format_exception_only(exc)[-1].strip()
                if self._policy.exhausted(attempt):
                    return [self._give_up(message, reason, attempt, "dead_letter")]
                count(SERVICE, "retry")
                log.warning(
                    "retry %d/%d topic=%s partition=%s offset=%s: %s",
                    attempt,
                    self._policy.max_attempts,
                    message.topic,
                    message.partition,
                    message.offset,
                    reason,
                )
                await asyncio.sleep(self._policy.backoff(attempt))
                attempt += 1
            else:
                count(SERVICE, "ok")
                return outputs

    @staticmethod
    def _give_up(message: Received, reason: str, attempts: int, outcome: Outcome) -> Output:
        count(SERVICE, outcome)
        log.warning(
            "dead letter topic=%s partition=%s offset=%s: %s", message.topic, message.partition, message.offset, reason
        )
        return dead_letter_output(message, reason, attempts)
