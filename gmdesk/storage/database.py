"""The connection every storage function is given, and the schema's migration list.

gmdesk's storage speaks SQL through `execute` and `atomic`; those, `close` and `table_names`
are plain sqlite3 here. sqlite-utils (with click, pluggy and dateutil, ~60 ms to import) is
loaded only when something asks for more: a table's helpers (`db[name]`, `db.table(name)`),
any other method of its Database (on the same connection), or a migration to run. Opening a
file and reading the year for the window's first page never does (issue 17).
"""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table


_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, uppercased (after blanks, comments and bare `;`)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


# The page cache of a bulk insert (Database.roomy_cache); SQLite's default is 2 MiB.
BULK_CACHE_MIB = 64


class Database:
    """A SQLite connection with sqlite-utils' Database behind it, built on first need."""

    def __init__(self, conn: sqlite3.Connection | None = None, *, memory: bool = False) -> None:
        if conn is None and not memory:
            raise ValueError("Database needs a connection or memory=True")
        self.conn = conn if conn is not None else sqlite3.connect(":memory:")
        # As sqlite-utils sets it: a trigger's own writes fire triggers too.
        self.conn.execute("PRAGMA recursive_triggers=on;")
        self._full: sqlite_utils.Database | None = None
        self.read_once: dict[Any, Any] | None = None  # see reading()

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once (as
        sqlite-utils' execute() does), inside one it is part of it."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters) if parameters is not None \
                else self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit transaction the failure opened
            raise
        if not was_in_transaction and self.conn.in_transaction and cursor.description is None \
                and _first_keyword(sql) not in _TRANSACTION_CONTROL:
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def reading(self) -> Iterator[Database]:
        """One reading of the file (a read transaction: every read sees the same records),
        in which a table read twice the same way is read once (storage.records.select): a
        year's check asks for the staff, the events and the rules of the year once per duty.
        Nothing may be written inside it."""
        if self.read_once is not None:  # nested: the outer reading goes on
            yield self
            return
        with self.atomic():
            self.read_once = {}
            try:
                yield self
            finally:
                self.read_once = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; a nested block is a savepoint (as sqlite-utils' atomic())."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{secrets.token_hex(16)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # a RAISE(ROLLBACK) trigger may have ended the whole transaction already
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    @contextlib.contextmanager
    def roomy_cache(self, mib: int = BULK_CACHE_MIB) -> Iterator[Database]:
        """A page cache of `mib` for this block, then the one before (and its memory freed).

        SQLite's default cache is 2 MiB: inserting 100,000 training records kept rereading
        the pages of the table's indexes from the OS (2 s instead of 1 s; 200,000 took 3.7
        times as long as 100,000, as the indexes outgrew the cache)."""
        before = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(mib)}")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA cache_size = {before}")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]

    @property
    def full(self) -> sqlite_utils.Database:
        """sqlite-utils' Database on this connection (imported and made on first use)."""
        if self._full is None:
            from sqlite_utils import Database as Full

            self._full = Full(self.conn, execute_plugins=False)
        return self._full

    def __getitem__(self, name: str) -> Table:
        return self.full.table(name)

    def table(self, name: str, **options: Any) -> Table:
        return self.full.table(name, **options)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_full", "conn"):
            raise AttributeError(name)
        return getattr(self.full, name)


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    type: str  # as declared
    pk: int  # its place in the primary key (1, 2 …), 0 when not part of it


def table_exists(db: Database, name: str) -> bool:
    return bool(db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                           [name]).fetchone()[0])


def columns(db: Database, table: str) -> list[Column]:
    """The columns of `table` in order (none when there is no such table)."""
    return [Column(str(name), str(kind), int(pk))
            for _cid, name, kind, _notnull, _default, pk
            in db.execute(f"PRAGMA table_info([{table}])")]


def primary_key(db: Database, table: str) -> list[str]:
    """The primary key's columns, in order; ["rowid"] for a table without one."""
    keyed = sorted((c for c in columns(db, table) if c.pk), key=lambda c: c.pk)
    return [c.name for c in keyed] or ["rowid"]


@dataclasses.dataclass(frozen=True)
class Migration:
    name: str
    fn: Callable[[Database], None]


@dataclasses.dataclass(frozen=True)
class AppliedMigration:
    name: str
    applied_at: str


class Migrations:
    """A named, ordered set of migrations in sqlite-utils' `_sqlite_migrations` table.

    Which have been applied is read with plain SQL; applying pending ones hands them to
    sqlite-utils' Migrations (its transactions and records), so files stay what they were.
    """

    migrations_table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def inner(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            if any(m.name == fn.__name__ for m in self._migrations):
                raise ValueError(f"Migration '{fn.__name__}' is already registered")
            self._migrations.append(Migration(fn.__name__, fn))
            return fn

        return inner

    def applied(self, db: Database) -> list[AppliedMigration]:
        """The migrations of this set applied to `db`, in order; reads only."""
        if not table_exists(db, self.migrations_table):
            return []
        return [AppliedMigration(str(name), str(at)) for name, at in db.execute(
            f"SELECT name, applied_at FROM [{self.migrations_table}] WHERE migration_set = ? "
            "ORDER BY rowid", [self.name])]

    def pending(self, db: Database) -> list[Migration]:
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database) -> None:
        """Apply the pending migrations, each in its own transaction with its record."""
        if not self.pending(db):
            return
        from sqlite_utils import Migrations as Full

        full = Full(self.name)
        for migration in self._migrations:
            full(name=migration.name)(cast(Any, migration.fn))  # given sqlite-utils' Database
        full.apply(db.full if isinstance(db, Database) else db)
