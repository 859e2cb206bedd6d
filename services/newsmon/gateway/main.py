"""``newsmon gateway``: serves the API with uvicorn until SIGINT/SIGTERM."""

from __future__ import annotations

import uvicorn

from newsmon.core.logs import configure_logging
from newsmon.gateway.app import create_app
from newsmon.gateway.settings import GatewaySettings


def run() -> None:
    """Serve the gateway on ``gateway_host:gateway_port`` with settings from the environment."""
    settings = GatewaySettings()
    # uvicorn's access log says what was asked; the client's line per Elasticsearch request, and kafka-python's
    # per connection, are noise.
    configure_logging(settings.log_level, quiet=("elastic_transport", "kafka"))
    uvicorn.run(
        create_app(settings),
        host=settings.gateway_host,
        port=settings.gateway_port,
        log_level=settings.log_level.lower(),
    )
