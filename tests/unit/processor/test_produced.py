"""produced.py: a denial read back with the very bytes this worker encoded is its record, anything else is decoded."""

from __future__ import annotations

import pytest

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import encode
from newsmon.core.topics import DENIALS
from newsmon.processor.produced import ProducedDenials
from tests.support.samples import denial_record


def test_the_bytes_a_record_was_encoded_to_give_that_record_back_once() -> None:
    produced = ProducedDenials()
    record = denial_record()
    value = encode(record, DENIALS)
    produced.keep(value, record)

    assert produced.decode(bytes(value)) is record
    # Taken out: the same bytes again (a replay) are decoded, to an equal record.
    again = produced.decode(value)
    assert again == record and again is not record


def test_bytes_never_kept_are_decoded_and_validated() -> None:
    produced = ProducedDenials()
    produced.keep(encode(denial_record(), DENIALS), denial_record())
    other = denial_record(id="e" * 32)

    assert produced.decode(encode(other, DENIALS)) == other
    with pytest.raises(PoisonMessage, match="not JSON"):
        produced.decode(b"{")
    with pytest.raises(PoisonMessage, match="tombstone"):
        produced.decode(None)


def test_past_the_bound_the_oldest_record_is_forgotten() -> None:
    produced = ProducedDenials(most=2)
    records = [denial_record(id=f"{n}" * 32) for n in range(3)]
    values = [encode(record, DENIALS) for record in records]
    for value, record in zip(values, records, strict=True):
        produced.keep(value, record)

    assert produced.decode(values[0]) is not records[0]
    assert [produced.decode(value) for value in values[1:]] == records[1:]
    assert all(produced.decode(value) is not record for value, record in zip(values[1:], records[1:], strict=True))
