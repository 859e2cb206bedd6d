"""``python -m tools.benchmark.fetcher_memory [--pages 3000] [--every 250] [--json]``:
the fetcher's resident memory over a long replay of HTML pages, each page through the service's own path
(``Fetcher.replay``: trafilatura extraction, dedup, the Kafka producer) into a scratch namespace of the local
stack (``make stack-up``) that is removed at the end.

The pages are the shared article benchmark's real pages (the bundled demo archive without them), repeated
until there are ``--pages``. Each copy declares a canonical URL of its own, so that it is a new article
(published and remembered) as in a real backfill, not a duplicate of the first copy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from newsmon.core.settings import CommonSettings
from newsmon.fetcher.archive import ArchivedHtml, read_archive
from newsmon.fetcher.main import open_fetcher
from newsmon.fetcher.pace import with_progress
from newsmon.fetcher.settings import BUNDLED_ARCHIVE, FetcherSettings
from tools.benchmark.suite.stack import scratch
from tools.datasets import ARTICLES, default_shared_dir
from tools.report import format_table

T = TypeVar("T")
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def source_pages(shared_dir: Path) -> list[str]:
    """The HTML of the shared article benchmark's pages (name order), or of the bundled demo archive when
    ``shared_dir`` has none."""
    folder = shared_dir / ARTICLES / "html"
    paths = sorted(folder.glob("*.html.gz")) if folder.is_dir() else []
    if paths:
        return [gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace") for path in paths]
    archived = (item for item in read_archive(BUNDLED_ARCHIVE) if isinstance(item, ArchivedHtml))
    return [item.html.decode("utf-8", errors="replace") for item in archived]


def with_canonical(html: str, url: str) -> str:
    """``html`` declaring ``url`` as its canonical URL ahead of any link it already has (extraction takes
    the first one)."""
    link = f'<link rel="canonical" href="{url}">'
    head = _HEAD.search(html)
    if head is None:
        return link + html
    return html[: head.end()] + link + html[head.end() :]


def write_html_archive(pages: Sequence[str], count: int, path: Path) -> Path:
    """Write ``count`` pages cycling over ``pages``, the n-th one canonical at its own URL, as a JSONL
    archive (``{"url", "html"}`` lines); return ``path``. Raises ValueError when ``pages`` is empty."""
    if not pages:
        raise ValueError("no pages to replay")
    with path.open("w", encoding="utf-8") as lines:
        for number in range(count):
            url = f"https://bench-{number % 50}.newsmon.example/story/{number}"
            lines.write(json.dumps({"url": url, "html": with_canonical(pages[number % len(pages)], url)}) + "\n")
    return path


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux ``/proc``; the peak so far elsewhere)."""
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass(slots=True)
class Samples:
    """Resident memory (MB) by items read, taken every ``every`` items."""

    every: int
    rows: list[dict[str, float]] = field(default_factory=list)

    def sampled(self, items: Iterable[T]) -> Iterator[T]:
        """Yield ``items``, noting the resident memory before every ``every``-th one and after the last."""
        count = 0
        for count, item in enumerate(items, start=1):
            if (count - 1) % self.every == 0:
                self.rows.append({"pages": count - 1, "rss_mb": round(resident_mb(), 1)})
            yield item
        self.rows.append({"pages": count, "rss_mb": round(resident_mb(), 1)})


def measure(pages: int, every: int, shared_dir: Path) -> dict[str, Any]:
    """Replay ``pages`` HTML pages through the fetcher into a scratch namespace; return the replay's tally,
    the memory samples, and the growth from the first sample after warm-up (``every`` pages) to the end.

    Raises TransientError when Kafka does not take the replay."""
    samples = Samples(every)
    with tempfile.TemporaryDirectory(prefix="newsmon-fetcher-memory-") as work:
        archive = write_html_archive(source_pages(shared_dir), pages, Path(work) / "pages.jsonl")
        with scratch(CommonSettings(), Path(work)) as space:
            settings = FetcherSettings(namespace=space.namespace("fetchmem"))
            with open_fetcher(settings) as fetcher:
                tally = fetcher.replay(with_progress(samples.sampled(read_archive(archive)), pages, "pages"))
    rows = samples.rows
    warm = rows[1] if len(rows) > 2 else rows[0]
    return {
        "pages": pages,
        "tally": str(tally),
        "samples": rows,
        "rss_mb": {"start": rows[0]["rss_mb"], "warm": warm["rss_mb"], "end": rows[-1]["rss_mb"]},
        "growth_after_warm_up_mb": round(rows[-1]["rss_mb"] - warm["rss_mb"], 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the measurement and print the samples (``--json``: one JSON object); returns the exit code 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.fetcher_memory", description=__doc__)
    parser.add_argument("--pages", type=int, default=3000, help="HTML pages replayed")
    parser.add_argument("--every", type=int, default=250, help="pages between two samples")
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    args = parser.parse_args(argv)
    results = measure(args.pages, args.every, args.shared)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(format_table(results["samples"]))
    print(f"replay: {results['tally']}")
    rss = results["rss_mb"]
    print(
        f"resident MB: {rss['start']} at start, {rss['warm']} after {args.every} pages, {rss['end']} at the end "
        f"({results['growth_after_warm_up_mb']:+} after warm-up); peak {results['peak_rss_mb']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
