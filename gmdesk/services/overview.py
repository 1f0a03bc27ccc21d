"""總覽's answer for a year (the check, what blocks sending, the next days), and the last
answer remembered for the very same records, day and code (issue 17).

A reopened office shows its 總覽 at once from what was remembered, and only when nothing the
check depends on differs: the office's records (storage.audit.data_stamp: every write to a
record is audited, the audit is append-only), the schema, the year, today and gmdesk's own
code. The check is a function of those alone, so what was remembered is what it would say.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import pickle
import sys
import threading
from pathlib import Path

from gmdesk import paths
from gmdesk.domain.calendar import Entry
from gmdesk.domain.compliance import DutyResult, Finding
from gmdesk.services import calendar as calendar_service
from gmdesk.services.check import check_year
from gmdesk.services.reports import readiness
from gmdesk.storage.audit import data_stamp
from gmdesk.storage.database import Database

# check, reports and calendar are imported even for a remembered answer: their modules
# define the phrases it is said in.
UPCOMING_DAYS = 30  # 總覽 lists what falls due in the next 30 days
_FORMAT = 1


@dataclasses.dataclass(frozen=True)
class YearOverview:
    year: int
    today: dt.date
    results: list[DutyResult]
    blocking: list[Finding]
    upcoming: list[Entry]


def year_overview(db: Database, year: int, today: dt.date) -> YearOverview:
    """Check the year (once, for all three parts) and remember the answer for its records."""
    with db.reading():  # one reading: the stamp and the answer see the same records
        stamp = data_stamp(db)
        results = check_year(db, year, today)
        answer = YearOverview(year, today, results, readiness(db, year, today, results),
                              calendar_service.next_days(db, year, today, UPCOMING_DAYS,
                                                         calendar_service.training_counts(results)))
    if stamp is not None:
        _remember(year, _key(stamp, year, today), answer)
    return answer


def remembered(db: Database, year: int, today: dt.date) -> YearOverview | None:
    """Return the answer year_overview() gave for exactly these records, year, day and code."""
    try:
        stamp = data_stamp(db)
        if stamp is None:
            return None
        key = _key(stamp, year, today)
        with _file(year).open("rb") as handle:
            saved_key, answer = pickle.load(handle)
    except Exception:  # nothing remembered, or unreadable: the page waits for its check
        return None
    return answer if saved_key == key and isinstance(answer, YearOverview) else None


def _key(stamp: str, year: int, today: dt.date) -> str:
    return hashlib.sha256(f"{_FORMAT}|{_code_stamp()}|{year}|{today}|{stamp}".encode()).hexdigest()


def _file(year: int) -> Path:
    return paths.data_dir() / "cache" / f"overview-{year}.pickle"


def _remember(year: int, key: str, answer: YearOverview) -> None:
    target = _file(year)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump((key, answer), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        pass  # remembering is a convenience: without it the 總覽 checks the year again


_CODE: list[str] = []


def _code_stamp() -> str:
    """What changes when gmdesk's code does: its modules' times (an installed or bundled
    gmdesk: the program's)."""
    if not _CODE:
        root = Path(__file__).resolve().parent.parent
        times = [str(sys.executable), str(os.stat(sys.executable).st_mtime_ns)]
        for folder in ("domain", "services", "storage"):
            with contextlib.suppress(OSError), os.scandir(root / folder) as entries:
                times.extend(f"{e.name}:{e.stat().st_mtime_ns}" for e in entries
                             if e.name.endswith(".py"))
        _CODE.append(hashlib.sha256("|".join(sorted(times)).encode()).hexdigest())
    return _CODE[0]
