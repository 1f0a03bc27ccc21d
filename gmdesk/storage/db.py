"""Open an office's SQLite file: pragmas, migrations, and refusal of files we cannot trust."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from gmdesk.storage.schema import migrations, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"
# Raised by any query on a damaged file; callers outside storage catch it by this name.
DatabaseError = sqlite3.DatabaseError


class StorageError(Exception):
    """A database that cannot be used; the message says why and what to do (zh-TW)."""


class NewerSchemaError(StorageError):
    """The file was written by a newer gmdesk."""


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) == 0:
        return  # an empty file is a new database
    if not head.startswith(SQLITE_MAGIC):
        raise StorageError(f"「{path}」不是 gmdesk 的資料檔（不是 SQLite 資料庫）。請選擇副檔名為 .gmdesk 或 .db 的資料檔。")
    if len(head) < 100:
        raise StorageError(f"「{path}」已毀損（檔案不完整）。請從備份還原。")


def open_db(path: Path | str | None, *, readonly: bool = False, migrate: bool = True) -> Database:
    """Open (or create) an office database, apply pending migrations and return it.

    `path` None gives an in-memory database, for tests and dry runs.
    """
    if path is None:
        db = Database(memory=True)
    else:
        path = Path(path)
        if path.exists():
            if path.is_dir():
                raise StorageError(f"「{path}」是資料夾，不是資料檔。")
            _check_header(path)
        elif readonly:
            raise StorageError(f"找不到資料檔「{path}」。")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if readonly:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            else:
                conn = sqlite3.connect(str(path))
        except sqlite3.Error as exc:
            raise StorageError(f"無法開啟資料檔「{path}」：{exc}") from exc
        db = Database(conn)
    try:
        _configure(db, on_disk=path is not None, readonly=readonly)
        _refuse_newer(db)
        if migrate and not readonly:
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {schema_version()}")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StorageError(f"資料檔「{path}」已毀損或無法讀取（{exc}）。請從備份還原。") from exc
    except StorageError:
        db.close()
        raise
    return db


def _configure(db: Database, *, on_disk: bool, readonly: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if on_disk and not readonly:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")


def _refuse_newer(db: Database) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    if version > schema_version() or applied - known:
        raise NewerSchemaError(
            "這個資料檔由較新版本的 gmdesk 建立，本版本無法安全開啟。請安裝最新版 gmdesk 後再開啟。"
        )


def is_empty(db: Database) -> bool:
    """Return whether the office has not been set up yet."""
    return db["office"].count == 0
