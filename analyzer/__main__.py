"""Command line: serve, migrate, users, ingest, parse."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from analyzer.config import Settings, SettingsError, load_settings
from analyzer.errors import AppError

Handler = Callable[[argparse.Namespace, Settings], int]
SIGPIPE_EXIT = 141  # a shell's status for a process ended by SIGPIPE (128 + 13)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Run the HTTP server (migrations applied at start unless AUTO_MIGRATE=false)."""
    import uvicorn

    from analyzer.app import create_app
    from analyzer.telemetry import configure_logging

    overrides = {k: v for k, v in (("HOST", args.host), ("PORT", args.port)) if v is not None}
    if overrides:
        settings = load_settings(**{**_explicit(settings), **overrides})
    configure_logging(settings.LOG_LEVEL.value)
    app = create_app(settings)
    uvicorn.run(
        app, host=settings.HOST, port=settings.PORT, log_config=None, timeout_graceful_shutdown=5
    )
    return 0


def _explicit(settings: Settings) -> dict[str, object]:
    return {name: getattr(settings, name) for name in Settings.model_fields}


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    """Apply every migration."""
    from analyzer.db import migrate

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    migrate.upgrade(settings.database_url)
    print(f"database at head: {_redacted(settings.database_url)}")
    return 0


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    """Manage users and tokens."""
    from analyzer.chat import accounts
    from analyzer.db import migrate
    from analyzer.db.engine import Database
    from analyzer.db.users import list_users

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    migrate.upgrade(settings.database_url)
    db = Database(settings.database_url, pool_size=1)
    try:
        with db.tx() as s:
            if args.action == "list":
                for user in list_users(s):
                    state = "disabled" if user.disabled_at else "active"
                    print(f"{user.name}\t{user.role}\t{state}\t{user.created_at:%Y-%m-%d}")
            elif args.action == "create":
                cred = accounts.create_user(s, name=args.name, admin=args.admin)
                print(f"created {cred.user}; API token (shown once):\n{cred.token}")
            elif args.action == "token":
                cred = accounts.new_api_token(s, name=args.name)
                print(cred.token)
            elif args.action == "link":
                cred = accounts.new_login_link_token(s, name=args.name)
                print(accounts.login_url(settings.public_url, cred.token))
            elif args.action == "revoke":
                print(f"revoked {accounts.revoke(s, name=args.name)} token(s) of {args.name}")
    finally:
        db.dispose()
    return 0


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest a log file and print its profile."""
    from analyzer.logs.commands import ingest_command

    return ingest_command(
        Path(args.file),
        fmt=args.format,
        timezone=args.timezone or settings.LOG_TIMEZONE,
        work_dir=settings.DATA_DIR / "cli",
        infer_offset=args.timezone is None,
    )


def cmd_parse(args: argparse.Namespace, settings: Settings) -> int:
    """Print `line,template_id,template` for every line."""
    from analyzer.logs.commands import parse_command

    return parse_command(
        Path(args.file),
        fmt=args.format,
        timezone=args.timezone or settings.LOG_TIMEZONE,
        out=sys.stdout,
        infer_offset=args.timezone is None,
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m analyzer`."""
    parser = argparse.ArgumentParser(prog="python -m analyzer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the server")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(handler=cmd_serve)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(handler=cmd_migrate)
    users = sub.add_parser("users", help="manage users")
    actions = users.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="list users")
    create = actions.add_parser("create", help="create a user and print its API token")
    create.add_argument("name")
    create.add_argument("--admin", action="store_true")
    for action, text in (
        ("token", "print a new API token"),
        ("link", "print a one-time login link"),
        ("revoke", "revoke every token of a user"),
    ):
        actions.add_parser(action, help=text).add_argument("name")
    users.set_defaults(handler=cmd_users)
    for name, handler, text in (
        ("ingest", cmd_ingest, "ingest a log file and print its profile"),
        ("parse", cmd_parse, "print line,template_id,template for every line"),
    ):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("file")
        cmd.add_argument("--format", help="force a format instead of detecting it")
        cmd.add_argument(
            "--timezone",
            help="the zone naive stamps are in (default: LOG_TIMEZONE), e.g. Europe/Berlin",
        )
        if name == "parse":
            cmd.add_argument("--csv", action="store_true", help="CSV output (the default)")
        cmd.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, validate settings, run the command; errors are one readable line."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    handler: Handler = args.handler
    try:
        return handler(args, settings)
    except AppError as exc:
        print(f"error: {exc.code}: {exc.detail}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader stopped reading (`parse FILE | head`): stop quietly, as Unix tools do, and
        # keep Python from failing again on flushing the closed stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return SIGPIPE_EXIT


if __name__ == "__main__":
    sys.exit(main())
