"""``newsmon <command>``: one entry point for every service and tool."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence


def _fetcher(args: argparse.Namespace) -> int:
    from newsmon.fetcher.main import run

    run(archive=args.archive, once=args.once, demo=args.demo, rate=args.rate)
    return 0


def _processor(args: argparse.Namespace) -> int:
    from newsmon.processor.main import run

    run()
    return 0


def _indexer(args: argparse.Namespace) -> int:
    from newsmon.indexer.main import run

    run()
    return 0


def _gateway(args: argparse.Namespace) -> int:
    from newsmon.gateway.main import run

    run()
    return 0


def _topics(args: argparse.Namespace) -> int:
    from newsmon.core.settings import CommonSettings
    from newsmon.core.topic_admin import ensure_topics

    settings = CommonSettings()
    created = ensure_topics(settings.kafka_bootstrap_servers, settings.namespace, settings.topic_partitions)
    print(f"created: {', '.join(created)}" if created else "every topic exists")
    return 0


def _indices(args: argparse.Namespace) -> int:
    from newsmon.indexer.indices_command import run_indices

    return run_indices(args.delete_older_than_days)


def _extract(args: argparse.Namespace) -> int:
    from newsmon.extract.stream import run_extract

    return run_extract(sys.stdin.buffer, sys.stdout.buffer, max_line_bytes=args.max_line_bytes)


def _apikey(args: argparse.Namespace) -> int:
    from pathlib import Path

    from newsmon.gateway.auth import create_key
    from newsmon.gateway.settings import GatewaySettings

    path = Path(args.file) if args.file else GatewaySettings().gateway_api_keys_file
    key = create_key(path, args.name)
    # The key itself goes to stdout once and nowhere else; only its digest is stored.
    print(key)
    print(f"API key {args.name!r} added to {path}; it is shown only now", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (also used by the deploy tests to check compose commands)."""
    parser = argparse.ArgumentParser(prog="newsmon", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="<command>")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    fetcher = command("fetcher", _fetcher, "poll feeds, fetch pages and publish articles to articles.raw")
    fetcher.add_argument("--archive", help="replay a folder of pages or a JSONL file before polling")
    fetcher.add_argument("--demo", action="store_true", help="replay the bundled demo articles, then poll the feeds")
    fetcher.add_argument("--rate", type=float, help="replay at most this many articles a second (default: no limit)")
    fetcher.add_argument("--once", action="store_true", help="one round (archive, then each feed once), then exit")
    command("processor", _processor, "the Faust app: articles.raw -> articles.enriched, denials, alerts")
    command("indexer", _indexer, "write articles.enriched and denials to Elasticsearch")
    command("gateway", _gateway, "the HTTP API: search, denials, health, metrics")
    command("topics", _topics, "create every topic (partitions, compaction) that does not exist yet")
    indices = command("indices", _indices, "list the time buckets of every index, and delete old ones")
    indices.add_argument(
        "--delete-older-than-days", type=int, help="delete the buckets that end more than this many days ago"
    )
    apikey = commands.add_parser("apikey", help="manage the gateway's API keys", description="manage API keys")
    apikey_commands = apikey.add_subparsers(dest="action", required=True, metavar="<action>")
    create = apikey_commands.add_parser("create", help="make a key, store its digest, print the key once")
    create.set_defaults(handler=_apikey)
    create.add_argument("--name", required=True, help="who or what the key is for")
    create.add_argument("--file", help="the keys file (default: the setting NEWSMON_GATEWAY_API_KEYS_FILE)")
    extract = command("extract", _extract, "JSON lines {id, text, lang?} on stdin -> entities and denials on stdout")
    extract.add_argument(
        "--max-line-bytes", type=int, default=2_000_000, help="a longer line is answered with an error, unread"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in ``argv`` (default: the process arguments); returns the exit code."""
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
