"""Handle one consumed message, written once for every agent (STYLE habits 4-6).

A step turns a :class:`Received` message into :class:`Output` messages. :class:`MessageHandler` runs it,
sends its outputs, and deals with failure: a :class:`PoisonMessage` is dead-lettered at once, any other
exception is retried with exponential backoff and then dead-lettered with the last line of its traceback.
Every outcome is counted. Nothing here imports Faust, so it is tested with plain asyncio.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import DeadLetter, encode, payload_text
from newsmon.core.metrics import count
from newsmon.core.topics import DEAD_LETTER, Topic

SERVICE = "processor"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Received:
    """A consumed message: where it came from (``topic`` is the name on the broker) and its raw bytes."""

    topic: str
    partition: int | None
    offset: int | None
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True, slots=True)
class Output:
    """A message to produce: ``value`` is already encoded (validated), ``None`` is a tombstone."""

    topic: Topic
    key: str | None
    value: bytes | None


Step = Callable[[Received], Sequence[Output]]
Send = Callable[[Output], Awaitable[None]]


def dead_letter(message: Received, reason: str, attempts: int, schemas_dir: Path) -> Output:
    """Return the dead-letter message that keeps ``message`` whole with ``reason``; never raises."""
    letter = DeadLetter(
        service=SERVICE,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=None if message.key is None else payload_text(message.key),
        payload=payload_text(message.value),
        reason=reason or "unknown",
        attempts=attempts,
    )
    return Output(DEAD_LETTER, letter.key, encode(letter, DEAD_LETTER, schemas_dir))


class MessageHandler:
    """Runs steps with the processor's failure policy and sends what they return with ``send``."""

    def __init__(
        self,
        send: Send,
        *,
        schemas_dir: Path,
        attempts: int,
        backoff_seconds: float,
        executor: Executor | None = None,
    ) -> None:
        self._send = send
        self._schemas_dir = schemas_dir
        self._attempts = attempts
        self._backoff_seconds = backoff_seconds
        self._executor = executor

    async def handle(self, message: Received, step: Step, *, offload: bool = False) -> list[Output]:
        """Run ``step`` on ``message`` (in the executor when ``offload``: CPU-bound work must not stall
        the event loop), send its outputs or a dead letter, and return what was sent.

        Raises only what ``send`` raises. (Faust's producer buffers sends and retries them itself, and
        flushes them before it commits the consumed offsets.)
        """
        outputs = await self._outputs(message, step, offload)
        for output in outputs:
            await self._send(output)
        return outputs

    async def _outputs(self, message: Received, step: Step, offload: bool) -> list[Output]:
        attempt = 1
        while True:
            try:
                if offload:
                    loop = asyncio.get_running_loop()
                    outputs = list(await loop.run_in_executor(self._executor, step, message))
                else:
                    outputs = list(step(message))
            except PoisonMessage as exc:
                count(SERVICE, "poison")
                self._log_dead_letter(message, exc.reason)
                return [dead_letter(message, exc.reason, attempt, self._schemas_dir)]
            except Exception as exc:
                reason = traceback.format_exception_only(exc)[-1].strip()
                if attempt >= self._attempts:
                    count(SERVICE, "dead_letter")
                    self._log_dead_letter(message, reason)
                    return [dead_letter(message, reason, attempt, self._schemas_dir)]
                count(SERVICE, "retry")
                log.warning(
                    "retry %d/%d topic=%s partition=%s offset=%s: %s",
                    attempt,
                    self._attempts,
                    message.topic,
                    message.partition,
                    message.offset,
                    reason,
                )
                await asyncio.sleep(self._backoff_seconds * 2 ** (attempt - 1))
                attempt += 1
            else:
                count(SERVICE, "ok")
                return outputs

    @staticmethod
    def _log_dead_letter(message: Received, reason: str) -> None:
        log.warning(
            "dead letter topic=%s partition=%s offset=%s: %s",
            message.topic,
            message.partition,
            message.offset,
            reason,
        )
