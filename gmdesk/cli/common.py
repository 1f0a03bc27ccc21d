"""Shared pieces of the command line: command groups, --db, opening the office."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any, NoReturn

from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Phrase, define
from gmdesk.storage.database import Database

define({
    "cli.err.no_db": "找不到資料檔「{path}」。請用 --db 指定，或先執行 gmdesk demo --db {path}",
    "cli.err.empty_db": "資料檔「{path}」尚未設定機關資料。請先開啟 gmdesk 建立機關，或執行 "
                        "gmdesk demo。",
    "cli.err.meeting_code": "「{value}」不是會議編號：請寫成 114-1（年度-次別）",
    "cli.err.demo_has_office": "「{path}」已有機關資料；示範資料請建立在新的檔案（換一個 --db）。",
    "cli.err.new_exists": "「{path}」已經存在，gmdesk 不會覆蓋它：請用 --db 指定新的檔名。",
    "cli.err.no_import_file": "找不到要匯入的檔案「{path}」",
    "cli.err.year_or_case": "請用 --year 指定年度（如 115），或用 --case 指定一個案件",
    "cli.err.event_number": "「{value}」不是活動編號：請寫數字，例如 --event 3",
    "cli.err.no_template_file": "找不到範本檔「{path}」",
    "cli.err.no_db_to_back_up": "找不到資料檔「{path}」。請用 --db 指定要備份的資料檔。",
    "cli.err.out_exists": "「{path}」已存在；為免覆蓋，請指定新的檔名。",
    "cli.err.no_backup": "找不到備份檔「{path}」。",
    "cli.err.backup_is_db": "備份檔與資料檔是同一個檔案：請指定另一份備份。",
    "cli.err.backup_failed_check": "備份檔「{name}」檢查未通過（{result}），不能用來還原。"
                                   "請選擇另一份備份。",
    "cli.err.table_and_id": "--table 與 --id 要一起指定（例如 --table person --id 12），"
                            "或都不指定以匯出全部。",
})

# argparse's own messages, said in the clerk's language (IT staff read them too).
_ARGPARSE_MESSAGES = (
    (re.compile(r"the following arguments are required: (.+)"), "缺少必要的參數：{0}"),
    (re.compile(r"argument (?:COMMAND|WHAT): invalid choice: '([^']*)' \(choose from (.+)\)"),
     "「{0}」不是 gmdesk 的指令：可用的有 {1}"),
    (re.compile(r"argument (\S+): invalid choice: '([^']*)' \(choose from (.+)\)"),
     "{0} 不接受「{1}」：可用的有 {2}"),
    (re.compile(r"unrecognized arguments: (.+)"), "無法辨識的參數：{0}（請用 --help 查看可用的參數）"),
    (re.compile(r"argument (\S+): expected one argument"), "參數 {0} 後面要寫一個值"),
    (re.compile(r"argument (\S+): invalid (\w+) value: '([^']*)'"), "參數 {0} 的值「{2}」格式不對"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), "參數 {0} 不能和 {1} 同時使用"),
    (re.compile(r"ambiguous option: (\S+) could match (.+)"), "參數 {0} 不明確，可能是：{1}"),
)


def zh_message(message: str) -> str:
    """Return argparse's English message in Traditional Chinese (unknown ones unchanged)."""
    for pattern, text in _ARGPARSE_MESSAGES:
        found = pattern.fullmatch(message.strip())
        if found:
            return text.format(*found.groups())
    return message


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors say what is wrong in Traditional Chinese."""

    def error(self, message: str) -> NoReturn:
        usage = self.format_usage().replace("usage: ", "用法：", 1)
        self.exit(2, f"{usage}{self.prog}：{zh_message(message)}\n")


OUT_HELP = "where to write (default: the office's output folder, named as the clerk knows it)"


def out_path(args: argparse.Namespace, db: Database, name: str) -> Path:
    """Return --out as given, else `name` in the office's output folder (「115年第1次會議紀錄.pdf」;
    「 (2)」 when a file of that name is there: nothing is overwritten)."""
    if getattr(args, "out", None):
        return Path(args.out)
    from gmdesk.services.output import output_path

    return output_path(db, name)


def db_parent() -> argparse.ArgumentParser:
    """Return a parent parser adding --db FILE to a subcommand."""
    parent = Parser(add_help=False)
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
        raise InputError(Phrase.of("cli.err.no_db", path=str(path)))
    db = open_db(path, readonly=readonly)
    if must_exist and is_empty(db):
        db.close()
        raise InputError(Phrase.of("cli.err.empty_db", path=str(path)))
    return db


def parse_meeting_code(value: str) -> tuple[int, int]:
    """Read 114-1 (year and sequence) as the command line names a meeting."""
    parts = value.replace("/", "-").split("-")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise InputError(Phrase.of("cli.err.meeting_code", value=value))
    return int(parts[0]), int(parts[1])
