"""Settings of the gateway (environment variables ``NEWSMON_<FIELD>``, see ``newsmon.core.settings``)."""

from __future__ import annotations

from pydantic import Field

from newsmon.core.settings import CommonSettings


class GatewaySettings(CommonSettings):
    """Where the gateway listens and how long it waits for Elasticsearch. It serves its own
    ``/metrics`` on its HTTP port, so ``metrics_port`` is not used."""

    gateway_host: str = "127.0.0.1"
    gateway_port: int = Field(default=8000, ge=1, le=65535)
    gateway_timeout_seconds: float = Field(
        default=5.0, gt=0, description="Longest wait for Elasticsearch before answering 503"
    )
