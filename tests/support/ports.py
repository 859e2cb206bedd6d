"""Free TCP ports on 127.0.0.1 for the servers a test starts (a gateway, Faust's web server, metrics)."""

from __future__ import annotations

import socket


def free_port() -> int:
    """Return a port on 127.0.0.1 that nothing listened on a moment ago (the OS chose it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
