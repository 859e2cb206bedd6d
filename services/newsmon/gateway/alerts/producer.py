"""The gateway's one Kafka producer (rules and dead letters), made on first use: the gateway serves
searches without a broker, and only what writes to a topic needs one."""

from __future__ import annotations

import threading

from newsmon.core.producer import TopicProducer

CLIENT_ID = "newsmon-gateway"


class LazyProducer:
    """Makes the :class:`TopicProducer` on the first :meth:`get` (call it off the event loop: it blocks)."""

    def __init__(self, bootstrap_servers: str, namespace: str) -> None:
        self._servers = bootstrap_servers
        self._namespace = namespace
        self._producer: TopicProducer | None = None
        self._lock = threading.Lock()

    def get(self) -> TopicProducer:
        """The producer; raises TransientError when no broker can be reached."""
        with self._lock:
            if self._producer is None:
                self._producer = TopicProducer(self._servers, self._namespace, CLIENT_ID)
            return self._producer

    def close(self) -> None:
        """Flush and close the producer if it was made; raises TransientError like TopicProducer.close."""
        with self._lock:
            producer, self._producer = self._producer, None
        if producer is not None:
            producer.close()
