"""Shared pieces of the command line: command groups, --db, opening the office."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from gmdesk.domain.errors import InputError


def db_parent() -> argparse.ArgumentParser:
    """Return a parent parser adding --db FILE to a subcommand."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                        help="office database file (default: per-user data folder)")
    return parent


class Groups:
    """The top-level commands and the shared 'print', 'export' and 'import' groups."""

    def __init__(self, commands: Any) -> None:
        self.commands = commands
        self._groups: dict[str, Any] = {}

    def top(self, name: str, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self.commands.add_parser(
            name, help=help, description=help, parents=[db_parent()]
        )
        return parser

    def sub(self, group: str, name: str, help: str) -> argparse.ArgumentParser:
        """Return the parser for `gmdesk GROUP NAME`, creating the group on first use."""
        if group not in self._groups:
            descriptions = {"print": "print a form or report as PDF",
                            "export": "export office data", "import": "import data from a file"}
            holder = self.commands.add_parser(group, help=descriptions.get(group, group))
            self._groups[group] = holder.add_subparsers(dest="what", metavar="WHAT",
                                                        required=True)
        parser: argparse.ArgumentParser = self._groups[group].add_parser(
            name, help=help, description=help, parents=[db_parent()]
        )
        return parser


def db_path(args: argparse.Namespace) -> Path:
    from gmdesk import paths

    value = getattr(args, "db", None)
    return Path(value) if value else paths.default_db()


def open_office(args: argparse.Namespace, *, must_exist: bool = True,
                readonly: bool = False) -> Database:
    """Open the office named by --db; refuse a missing or empty one with a clear message."""
    from gmdesk.storage.db import is_empty, open_db

    path = db_path(args)
    if must_exist and not path.exists():
        raise InputError(f"找不到資料檔「{path}」。請用 --db 指定，或先執行 gmdesk demo --db {path}")
    db = open_db(path, readonly=readonly)
    if must_exist and is_empty(db):
        db.close()
        raise InputError(f"資料檔「{path}」尚未設定機關資料。請先開啟 gmdesk 建立機關，或執行 gmdesk demo。")
    return db


def parse_meeting_code(value: str) -> tuple[int, int]:
    """Read 114-1 (year and sequence) as the command line names a meeting."""
    parts = value.replace("/", "-").split("-")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise InputError(f"「{value}」不是會議編號：請寫成 114-1（年度-次別）")
    return int(parts[0]), int(parts[1])
