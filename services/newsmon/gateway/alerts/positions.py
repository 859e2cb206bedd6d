"""Pure: a position in the ``alerts`` topic (the next offset of every partition) as an SSE event id.

An event's id is the position just after it, ``"<partition>:<offset>,..."`` for every partition: a client
that resumes with it (``Last-Event-ID``) reads exactly the alerts it has not seen, without gaps or
repeats, whichever partitions they are in. Positions only grow, partition by partition.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

MAX_LENGTH = 2000
_POSITION = regex.compile(r"^\d{1,5}:\d{1,19}(,\d{1,5}:\d{1,19})*$")

Positions = dict[int, int]
"""Partition -> the offset of the next alert to read in it."""


class BadPosition(ValueError):
    """An event id that is not a position of the alerts topic."""


def encode_position(positions: Mapping[int, int]) -> str:
    """The event id of ``positions``, partitions in order. Never raises."""
    return ",".join(f"{partition}:{offset}" for partition, offset in sorted(positions.items()))


def decode_position(event_id: str) -> Positions:
    """The positions of an event id made by :func:`encode_position`; raises BadPosition otherwise."""
    if len(event_id) > MAX_LENGTH or not _POSITION.match(event_id.strip()):
        raise BadPosition("not an event id of this stream (expected partition:offset,...)")
    pairs = (part.split(":") for part in event_id.strip().split(","))
    return {int(partition): int(offset) for partition, offset in pairs}
