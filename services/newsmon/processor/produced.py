"""The denials a worker produced, kept by their bytes until its alerts agent reads them back.

A worker's alerts agent reads the ``denials`` topic, most of which the same worker has just produced: a
message whose bytes are the very ones it encoded was validated against the schema then, and the record it
was encoded from is the one a decode would build again. Taking that record saves the parse and the two
validations (14 of the alert step's 48 µs a denial). Other bytes (another worker's denials, a replay once
the record was taken, anything else on the topic) are decoded and validated as ever.
"""

from __future__ import annotations

from collections import OrderedDict

from newsmon.core.messages import DenialRecord, decode
from newsmon.core.topics import DENIALS

# The alerts agent reads a denial back some hundreds of denials after it was produced (behind a backlog of 3000
# articles, 1024 kept 84 % of them, 2048 all). A record and its bytes take some 6 KB: 12 MB at the bound, which
# a worker among others stays at (their partitions' denials are never read back here). Past it, a record is only
# decoded again.
MOST_KEPT = 2048


class ProducedDenials:
    """Denial records by the bytes they were encoded to (the newest :data:`MOST_KEPT`)."""

    def __init__(self, most: int = MOST_KEPT) -> None:
        self._records: OrderedDict[bytes, DenialRecord] = OrderedDict()
        self._most = most

    def keep(self, value: bytes, record: DenialRecord) -> None:
        """Keep ``record``, which :func:`~newsmon.core.messages.encode` turned into ``value``; forgets the
        oldest past the bound. Never raises."""
        self._records[value] = record
        if len(self._records) > self._most:
            self._records.popitem(last=False)

    def decode(self, value: bytes | None) -> DenialRecord:
        """The denial record of a ``denials`` message: the one kept for these very bytes (taken out), else
        decoded and validated. Raises PoisonMessage as :func:`~newsmon.core.messages.decode` does."""
        record = None if value is None else self._records.pop(value, None)
        return record if record is not None else decode(value, DENIALS, DenialRecord)
