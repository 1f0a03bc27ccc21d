"""A writer for the crash harness: one transaction per batch, acknowledged after commit."""

from __future__ import annotations

import sys

from gmdesk.storage.db import open_db

ITEMS = 5  # agenda items per meeting: a meeting is whole or absent
IMPORT_ROWS = 300  # rows of one import: all of them or none


def main(path: str) -> None:
    db = open_db(path)
    k = int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM meeting WHERE year = 200").fetchone()[0]) + 1
    print("ready", flush=True)
    while True:
        with db.atomic():
            cursor = db.execute(
                "INSERT INTO meeting (year, seq, day, start, place) VALUES (200, ?, '2026-11-24', '14:00', ?)",
                [k, "會議室" * 20])
            meeting = cursor.lastrowid
            for j in range(ITEMS):
                db.execute("INSERT INTO agenda_item (meeting_id, kind, seq, title, explanation) "
                           "VALUES (?, 'report', ?, ?, ?)", [meeting, j, f"{k}-{j}", "說明" * 50])
            if k % 4 == 0:
                db.conn.executemany(
                    "INSERT INTO course (title, day, hours, note) VALUES (?, '2026-11-24', 2, ?)",
                    [(f"匯入課程 {k}-{n}", str(k)) for n in range(IMPORT_ROWS)])
        print(k, flush=True)
        k += 1


if __name__ == "__main__":
    main(sys.argv[1])
