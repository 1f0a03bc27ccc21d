"""The command line, for IT staff and scripts: the same services the window uses."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from gmdesk.cli.common import Groups, db_parent

# Each module adds its commands through register(groups).
_MODULES = (
    "gmdesk.cli.core",
    "gmdesk.cli.meetings",
    "gmdesk.cli.training",
    "gmdesk.cli.events",
    "gmdesk.cli.reports",
    "gmdesk.cli.safety",
    "gmdesk.cli.city",
    "gmdesk.cli.site",
    "gmdesk.cli.duties",
)


class _Version(argparse.Action):
    """--version, reading the version only when asked (importlib.metadata is slow to load)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from gmdesk import __version__

        print(f"gmdesk {__version__}")
        parser.exit()


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands` only the window's options (no -h, and
    errors raised as ArgumentError, for main to hand to the whole parser)."""
    from gmdesk.cli.common import Parser

    parser = Parser(
        prog="gmdesk", add_help=commands, exit_on_error=commands,
        description="gmdesk：區公所與市府機關的性別主流化業務工具。不加指令時開啟視窗。",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument("--db", metavar="FILE", help="office database file (default: per-user data folder)")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database, backups and settings")
    parser.add_argument("--lang", choices=["zh_TW", "en"],
                        help="language of the window, of `check` and of error messages (default zh_TW)")
    parser.add_argument("--selftest", action="store_true",
                        help="create a temporary office, render every document, then exit")
    if not commands:
        return parser
    groups = Groups(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for name in _MODULES:
        importlib.import_module(name).register(groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run gmdesk: a command, or the window when none is given."""
    from gmdesk.documents.fonts import FontMissingError
    from gmdesk.domain.errors import InputError
    from gmdesk.storage.db import DatabaseError, StorageError

    argv = sys.argv[1:] if argv is None else list(argv)
    # Opening the window needs only the window's options: the commands (nine modules and
    # their parsers, ~15 ms) are built when the arguments name one, or ask for help.
    parser = build_parser(commands=False)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # said by the whole parser, with its usage
        args, rest = argparse.Namespace(), argv
    if rest:
        parser = build_parser()
        args = parser.parse_args(argv)
    else:
        args.command = None
    if args.data_dir:
        from gmdesk import paths

        paths.set_data_dir(args.data_dir)
    if args.command is None or getattr(args, "handler", None) is None:
        if args.command is not None:
            parser.parse_args([args.command, "--help"])
        from gmdesk import app

        return app.run(args)
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        # `gmdesk check | head -1`: the reader has all it wanted; end quietly, as cat does.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    except (InputError, StorageError, ValueError, FontMissingError) as exc:
        from gmdesk import wording

        # the global --lang (zh_TW by default); an error without a phrase says its zh-TW text
        print(f"gmdesk: {wording.error_text(exc, getattr(args, 'lang', None) or 'zh_TW')}",
              file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"gmdesk: 找不到檔案「{exc.filename}」", file=sys.stderr)
        return 1
    except PermissionError as exc:
        print(f"gmdesk: 沒有權限存取「{exc.filename}」", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"gmdesk: 無法寫入或讀取檔案：{exc.strerror or exc}（{exc.filename or ''}）",
              file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"gmdesk: 資料檔無法讀取或已毀損（{exc}）。請從備份還原。", file=sys.stderr)
        return 1


__all__ = ["build_parser", "db_parent", "main"]
