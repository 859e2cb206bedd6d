"""``newsmon gateway``: serves the API with uvicorn until SIGINT/SIGTERM."""

from __future__ import annotations

import logging

import uvicorn

from newsmon.gateway.app import create_app
from newsmon.gateway.settings import GatewaySettings


def run() -> None:
    """Serve the gateway on ``gateway_host:gateway_port`` with settings from the environment."""
    settings = GatewaySettings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # uvicorn's access log says what was asked; the client's line per Elasticsearch request is noise.
    logging.getLogger("elastic_transport").setLevel(max(logging.WARNING, logging.getLogger().level))
    uvicorn.run(
        create_app(settings),
        host=settings.gateway_host,
        port=settings.gateway_port,
        log_level=settings.log_level.lower(),
    )
