"""`gmdesk backup` and `gmdesk restore`: the same safe copies the window makes."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from pathlib import Path

from gmdesk.cli.common import Groups, db_path
from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Phrase


def register(groups: Groups) -> None:
    """Add `backup` and `restore`."""
    backup = groups.top("backup", "back up the office file (verified, rotated), or to --out F")
    backup.add_argument("--out", metavar="F", help="write the backup to this file instead of the backup folder")
    backup.set_defaults(handler=run_backup)

    restore = groups.top("restore", "replace the office file with a backup (the current file is backed up first)")
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    restore.set_defaults(handler=run_restore)

    audit = groups.sub("export", "audit", "export the audit trail (every change: who, when, old and new values) as CSV")
    audit.add_argument("--out", required=True, metavar="F.csv")
    audit.add_argument("--table", help="only one record's history: its table (person, meeting, ...)")
    audit.add_argument("--id", help="only one record's history: its id")
    audit.set_defaults(handler=run_export_audit)


def run_backup(args: argparse.Namespace) -> int:
    from gmdesk.services.safety import OpenProblem, default_backup_folder, inspect
    from gmdesk.storage.backup import BackupError, make_backup

    path = db_path(args)
    if not path.is_file():
        raise InputError(Phrase.of("cli.err.no_db_to_back_up", path=str(path)))
    try:
        state = inspect(path)
        folder = state.backup_dir or default_backup_folder()
        out = Path(args.out) if args.out else None
        if out is not None and out.exists():
            raise InputError(Phrase.of("cli.err.out_exists", path=str(out)))
        info = make_backup(path, folder, dt.datetime.now(), "manual", out=out)
    except (OpenProblem, BackupError) as exc:
        raise InputError(getattr(exc, "phrase", None) or str(exc)) from exc
    print(f"已備份：{info.path}（{info.total} 筆資料，檢查通過）")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from gmdesk.services.safety import OpenProblem, default_backup_folder, recover
    from gmdesk.storage.backup import BackupError, check

    path = db_path(args)
    source = Path(args.backup)
    if not source.is_file():
        raise InputError(Phrase.of("cli.err.no_backup", path=str(source)))
    if source.resolve() == path.resolve():
        raise InputError(Phrase.of("cli.err.backup_is_db"))
    folder = default_backup_folder()
    if path.is_file():
        from gmdesk.services.safety import inspect

        # A damaged file cannot be inspected; recover() keeps its bytes aside as they are.
        with contextlib.suppress(OpenProblem):
            folder = inspect(path).backup_dir or folder
    result = check(source)
    if result != "ok":
        raise InputError(Phrase.of("cli.err.backup_failed_check", name=source.name,
                                   result=str(result)))
    try:
        recover(path, source, dt.datetime.now(), folder)
    except (OpenProblem, BackupError) as exc:
        raise InputError(getattr(exc, "phrase", None) or str(exc)) from exc
    print(f"已還原：{path}（原檔案已先備份到 {folder}）")
    return 0


def run_export_audit(args: argparse.Namespace) -> int:
    from gmdesk.cli.common import open_office
    from gmdesk.storage.audit import export_csv

    if (args.table is None) != (args.id is None):
        raise InputError(Phrase.of("cli.err.table_and_id"))
    db = open_office(args, readonly=True)
    try:
        count = export_csv(db, Path(args.out), args.table, args.id)
    finally:
        db.close()
    print(f"已匯出 {count} 筆異動紀錄：{args.out}")
    return 0
