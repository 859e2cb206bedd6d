"""Debian's chromium, headless, driven over the Chrome DevTools Protocol (a WebSocket and JSON): open a
page, evaluate JavaScript in it, wait for a condition, take screenshots, and collect the page's errors.

``deploy/local/browser.sh`` installs chromium (``make test`` runs it); where it is missing the test skips,
saying so.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from tests.support.ports import free_port
from tests.support.workers import stop_process

WINDOW = (1440, 1000)
# Errors the page reports that mean it is broken: its own exceptions, and what its security policy blocked.
BROKEN = ("Uncaught", "Content Security Policy", "Refused to")


class PageError(AssertionError):
    """The browser answered a command with an error, or a condition did not hold in time."""


def chromium_path() -> str:
    """The chromium executable; skips the test when there is none (deploy/local/browser.sh installs it)."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium is not installed and could not be: run deploy/local/browser.sh as root")
    return path


@dataclass
class Page:
    """One browser tab: commands go out with an id, their answers come back with it, events in between."""

    connection: ClientConnection
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    errors: list[str] = field(default_factory=list)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one DevTools command and return its result; raises PageError when it fails."""
        ident = next(self.ids)
        self.connection.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.connection.recv(timeout=60))
            if message.get("id") == ident:
                if "error" in message:
                    raise PageError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self._note(message)

    def _note(self, event: dict[str, Any]) -> None:
        params = event.get("params", {})
        if event.get("method") == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(str(details.get("exception", {}).get("description") or details.get("text")))
        elif event.get("method") == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(str(params["entry"].get("text")))

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its document to be parsed."""
        self.call("Page.navigate", url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'", f"{url} loaded")

    def evaluate(self, expression: str) -> Any:
        """The value of the JavaScript ``expression`` in the page (promises are awaited)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise PageError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, what: str, timeout: float = 60.0) -> Any:
        """Evaluate ``expression`` until it is truthy and return its value; raises PageError after
        ``timeout`` seconds, with the page's status line and errors."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        status = self.evaluate("document.getElementById('status')?.textContent")
        raise PageError(f"{what}: not within {timeout:.0f}s (status: {status!r}; errors: {self.errors})")

    def screenshot(self, path: Path) -> Path:
        """Save what the tab shows (the whole page, not only the window) as a PNG at ``path``."""
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def broken(self) -> list[str]:
        """The errors seen so far that mean the page is broken (see BROKEN)."""
        return [error for error in self.errors if any(sign in error for sign in BROKEN)]


@contextmanager
def headless_chromium(folder: Path) -> Iterator[Page]:
    """Run chromium headless (profile and log in ``folder``) and yield its first tab until the block ends;
    then stop it. Skips the test when chromium is not installed."""
    port = free_port()
    command = [
        chromium_path(),
        "--headless=new",
        "--no-sandbox",  # tests run as root in containers, where the sandbox cannot start
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        f"--user-data-dir={folder / 'profile'}",
        f"--remote-debugging-port={port}",
        "about:blank",
    ]
    with (folder / "chromium.log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            with connect(_tab_address(port), max_size=None, open_timeout=30) as connection:
                page = Page(connection)
                for domain in ("Page", "Runtime", "Log"):
                    page.call(f"{domain}.enable")
                yield page
        finally:
            stop_process(process, 10)


def _tab_address(port: int, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            tabs = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=2).json()
            pages = [tab for tab in tabs if tab.get("type") == "page"]
            if pages:
                return str(pages[0]["webSocketDebuggerUrl"])
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise PageError(f"chromium's DevTools did not answer on port {port} within {timeout:.0f}s")
