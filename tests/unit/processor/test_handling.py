"""handling.py: one message -> outputs, with poison, retry and dead-letter, counted (plain asyncio)."""

from __future__ import annotations

from collections.abc import Callable

import orjson
import pytest
from prometheus_client import REGISTRY

from newsmon.core.deadletters import Received
from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import DeadLetter, decode
from newsmon.core.retry import RetryPolicy
from newsmon.core.topics import ARTICLES_ENRICHED, DEAD_LETTER, DENIALS
from newsmon.processor.handling import MessageHandler, Output, dead_letter_output

MESSAGE = Received("ns.articles.raw", 3, 42, b"article-1", b"\xff not utf-8")
OUTPUT = Output(ARTICLES_ENRICHED, "article-1", b"{}")


def outcome(name: str) -> float:
    return REGISTRY.get_sample_value("newsmon_messages_total", {"service": "processor", "outcome": name}) or 0.0


class Sink:
    """Records what the handler sends."""

    def __init__(self) -> None:
        self.sent: list[Output] = []

    async def __call__(self, output: Output) -> None:
        self.sent.append(output)


def handler(sink: Sink, attempts: int = 3) -> MessageHandler:
    return MessageHandler(sink, policy=RetryPolicy(max_attempts=attempts, initial_backoff=0.001))


def failing(times: int, error: Exception) -> Callable[[Received], list[Output]]:
    """A step that raises ``error`` ``times`` times, then returns :data:`OUTPUT`."""
    calls = iter(range(times + 1))

    def step(message: Received) -> list[Output]:
        if next(calls) < times:
            raise error
        return [OUTPUT]

    return step


def dead_letter_of(output: Output) -> DeadLetter:
    assert output.topic is DEAD_LETTER
    return decode(output.value, DEAD_LETTER, DeadLetter)


async def test_the_outputs_of_a_step_are_sent_and_counted_ok() -> None:
    sink, before = Sink(), outcome("ok")
    assert await handler(sink).handle(MESSAGE, failing(0, RuntimeError())) == [OUTPUT]
    assert sink.sent == [OUTPUT]
    assert outcome("ok") == before + 1


async def test_a_poison_message_is_dead_lettered_at_once_with_its_reason() -> None:
    sink, before, retries = Sink(), outcome("poison"), outcome("retry")
    await handler(sink).handle(MESSAGE, failing(5, PoisonMessage("articles.raw: not JSON")))
    [output] = sink.sent
    letter = dead_letter_of(output)
    assert (letter.service, letter.topic, letter.partition, letter.offset) == (
        "processor",
        "ns.articles.raw",
        3,
        42,
    )
    assert (letter.key, letter.reason, letter.attempts) == ("article-1", "articles.raw: not JSON", 1)
    assert letter.payload.startswith("base64:")  # the bytes are kept although they are not text
    assert output.key == "article-1"
    assert outcome("poison") == before + 1
    assert outcome("retry") == retries


async def test_an_unexpected_error_is_retried_then_succeeds() -> None:
    sink, retries = Sink(), outcome("retry")
    await handler(sink).handle(MESSAGE, failing(2, RuntimeError("busy")))
    assert sink.sent == [OUTPUT]
    assert outcome("retry") == retries + 2


async def test_a_persistent_error_is_dead_lettered_with_the_last_traceback_line() -> None:
    sink, before = Sink(), outcome("dead_letter")
    await handler(sink, attempts=3).handle(MESSAGE, failing(3, ValueError("model file is corrupt")))
    [output] = sink.sent
    letter = dead_letter_of(output)
    assert (letter.reason, letter.attempts) == ("ValueError: model file is corrupt", 3)
    assert outcome("dead_letter") == before + 1


async def test_a_failing_send_propagates_so_the_message_is_not_committed() -> None:
    async def broken(output: Output) -> None:
        raise ConnectionError("broker away")

    with pytest.raises(ConnectionError):
        await MessageHandler(broken, policy=RetryPolicy(max_attempts=1)).handle(MESSAGE, failing(0, RuntimeError()))


def test_dead_letter_payload_keeps_text_as_is() -> None:
    output = dead_letter_output(Received("t", None, None, None, b'{"half": '), "not JSON", 1)
    assert orjson.loads(output.value or b"")["payload"] == '{"half": '
    assert output.key is None


async def test_an_output_the_producer_refuses_as_too_large_dead_letters_the_input_with_the_reason() -> None:
    sink = Sink()
    denial = Output(DENIALS, "denial-1", b"{}")

    async def refusing(output: Output) -> None:
        if output.topic is ARTICLES_ENRICHED:
            raise PoisonMessage("articles.enriched: message of 2500000 bytes is too large")
        await sink(output)

    sent = await MessageHandler(refusing, policy=RetryPolicy(max_attempts=1)).handle(
        MESSAGE, lambda message: [OUTPUT, denial]
    )

    assert [output.topic for output in sink.sent] == [DEAD_LETTER]
    assert sent == sink.sent
    letter = decode(sink.sent[0].value, DEAD_LETTER, DeadLetter)
    assert "too large" in letter.reason
    # The next message is handled as usual.
    await MessageHandler(sink, policy=RetryPolicy(max_attempts=1)).handle(MESSAGE, lambda message: [OUTPUT])
    assert sink.sent[-1] == OUTPUT
