"""Schema migrations; each runs in its own transaction, in order, when a file is opened."""

from __future__ import annotations

from gmdesk.storage.database import Database, Migrations

migrations = Migrations("gmdesk")

# Tables in dependency order: the JSON format, the trash and the audit trail walk this list.
TABLES: tuple[str, ...] = (
    "office",
    "rules",
    "setting",
    "unit",
    "person",
    "employment",
    "exemption",
    "membership",
    "filing",
    "meeting",
    "attendance",
    "agenda_item",
    "followup",
    "progress",
    "course",
    "training",
    "event",
    "photo",
    "import_log",
    "gia_case",
    "indicator",
    "indicator_review",
    "indicator_value",
    "analysis",
    "budget_sheet",
    "budget_item",
    "committee",
    "committee_member",
)

_V1 = """
CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'district' CHECK (kind IN ('district', 'bureau')),
    head_name TEXT NOT NULL DEFAULT '',
    head_title TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    doc_prefix TEXT NOT NULL DEFAULT '',
    plan_start INTEGER NOT NULL DEFAULT 0,
    plan_end INTEGER NOT NULL DEFAULT 0,
    clerk_name TEXT NOT NULL DEFAULT ''
);
-- The preset in force from year_from on (a rule applies as of the year checked).
CREATE TABLE rules (
    year_from INTEGER PRIMARY KEY,
    preset TEXT NOT NULL
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('M', 'F', 'X')),
    title TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES unit(id),
    staff_no TEXT NOT NULL DEFAULT '',
    id_masked TEXT NOT NULL DEFAULT '',
    external INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_staff_no ON person(staff_no);
CREATE TABLE employment (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    category TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    title TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES unit(id)
);
CREATE INDEX employment_person ON employment(person_id);
CREATE TABLE exemption (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    year INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (person_id, year)
);
CREATE TABLE membership (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    role TEXT NOT NULL,
    post TEXT NOT NULL DEFAULT '',
    committee INTEGER NOT NULL DEFAULT 0,
    start TEXT NOT NULL,
    term_end TEXT,
    "end" TEXT
);
CREATE INDEX membership_person ON membership(person_id);
CREATE TABLE filing (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    rule TEXT NOT NULL,
    filed_on TEXT NOT NULL,
    doc_no TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    day TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    place TEXT NOT NULL DEFAULT '',
    chair_id INTEGER REFERENCES person(id),
    recorder TEXT NOT NULL DEFAULT '',
    notice_date TEXT,
    notice_no TEXT NOT NULL DEFAULT '',
    chair_remarks TEXT NOT NULL DEFAULT '',
    previous_minutes TEXT NOT NULL DEFAULT '確定。',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (year, seq)
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id),
    kind TEXT NOT NULL DEFAULT 'member' CHECK (kind IN ('member', 'guest')),
    status TEXT NOT NULL DEFAULT 'present'
        CHECK (status IN ('present', 'leave', 'absent', 'proxy')),
    proxy_name TEXT NOT NULL DEFAULT '',
    fee INTEGER,
    UNIQUE (meeting_id, person_id)
);
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('report', 'discussion', 'motion')),
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id);
CREATE TABLE followup (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id) ON DELETE CASCADE,
    owner_unit TEXT NOT NULL DEFAULT '',
    closed_meeting_id INTEGER REFERENCES meeting(id)
);
CREATE TABLE progress (
    id INTEGER PRIMARY KEY,
    followup_id INTEGER NOT NULL REFERENCES followup(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    proposal TEXT NOT NULL DEFAULT 'continue' CHECK (proposal IN ('continue', 'close')),
    decision TEXT NOT NULL DEFAULT '',
    UNIQUE (followup_id, meeting_id)
);
CREATE TABLE course (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    day TEXT NOT NULL,
    hours REAL NOT NULL,
    level TEXT NOT NULL DEFAULT 'basic',
    cedaw INTEGER NOT NULL DEFAULT 1,
    delivery TEXT NOT NULL DEFAULT 'in_person',
    provider TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE training (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    course_id INTEGER REFERENCES course(id),
    title TEXT NOT NULL,
    day TEXT NOT NULL,
    hours REAL NOT NULL CHECK (hours > 0 AND hours <= 12),
    level TEXT NOT NULL DEFAULT 'basic',
    cedaw INTEGER NOT NULL DEFAULT 1,
    delivery TEXT NOT NULL DEFAULT 'in_person',
    provider TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    source TEXT NOT NULL DEFAULT 'manual',
    note TEXT NOT NULL DEFAULT '',
    -- The same person, course and date is never counted twice.
    UNIQUE (person_id, title, day)
);
CREATE INDEX training_day ON training(day);
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('cedaw', 'measure')),
    category TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    place TEXT NOT NULL DEFAULT '',
    organizer TEXT NOT NULL DEFAULT '',
    co_organizers TEXT NOT NULL DEFAULT '',
    audiences TEXT NOT NULL DEFAULT '[]',
    methods TEXT NOT NULL DEFAULT '[]',
    cedaw_refs TEXT NOT NULL DEFAULT '[]',
    male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),
    female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),
    other INTEGER NOT NULL DEFAULT 0 CHECK (other >= 0),
    budget INTEGER NOT NULL DEFAULT 0,
    partners TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    review TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_start ON event(start);
CREATE TABLE photo (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX photo_event ON photo(event_id);
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    mapping TEXT NOT NULL DEFAULT '{}',
    imported_at TEXT NOT NULL,
    rows INTEGER NOT NULL DEFAULT 0
);
"""


@migrations()
def m001_initial(db: Database) -> None:
    """Create the core records of every duty."""
    for statement in _V1.split(";"):
        if statement.strip():
            db.execute(statement)


def schema_version() -> int:
    """Return the number of migrations this version of gmdesk knows."""
    return len(migrations._migrations)


# The audit trail and the 資源回收筒 stay out of TABLES: they describe the records, they are
# not records, so the JSON export and the trash do not walk them.
_V2 = """
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    os_user TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    clerk TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    old TEXT,
    new TEXT
);
CREATE INDEX audit_record ON audit(table_name, record_id);
-- Who is writing through this file now; open_db fills it, the audit triggers read it.
CREATE TABLE audit_actor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    os_user TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT ''
);
CREATE TABLE trash (
    id INTEGER PRIMARY KEY,
    deleted_at TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    rows TEXT NOT NULL
);
CREATE INDEX trash_deleted_at ON trash(deleted_at);
"""


@migrations()
def m002_audit_trash(db: Database) -> None:
    """Add the append-only audit trail and the 資源回收筒."""
    for statement in _V2.split(";\n"):
        if statement.strip():
            db.execute(statement)


# Who this file is: an office id made once, when the file is created (or, for a file made
# before gmdesk had one, by this migration). Backups carry it, so a backup is matched to its
# office by this id and never by a file name. Not in TABLES: it is not exported or imported.
_IDENTITY = """
CREATE TABLE office_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    office_id TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by TEXT NOT NULL CHECK (made_by IN ('new', 'migration'))
)
"""


@migrations()
def m003_office_identity(db: Database) -> None:
    """Give the file its office id (made_by says whether the file was new or older)."""
    import datetime as dt
    import uuid

    existing = db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'person'"
                          ).fetchone()[0]
    had_records = bool(existing) and bool(db.execute("SELECT COUNT(*) FROM office").fetchone()[0])
    db.execute(_IDENTITY)
    db.execute("INSERT INTO office_identity (id, office_id, made_at, made_by) VALUES (1, ?, ?, ?)",
               [str(uuid.uuid4()), dt.datetime.now().isoformat(timespec="seconds"),
                "migration" if had_records else "new"])


@migrations()
def m004_audit_bulk(db: Database) -> None:
    """Let a bulk insert be audited as one batch row (see storage.audit.bulk_insert)."""
    db.execute(
        "CREATE TABLE audit_bulk (table_name TEXT PRIMARY KEY) WITHOUT ROWID"
    )


# The plan's other duties (issue 14): 性別影響評估, 性別統計, 性別預算 and the committees'
# one-third rule. Dates are ISO text, years ROC, amounts of the budget NT$ thousand.
_DUTIES = """
CREATE TABLE gia_case (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('policy_plan', 'mid_long_plan', 'public_works',
                                       'regulation_new', 'regulation_amend')),
    unit TEXT NOT NULL DEFAULT '',
    started TEXT,
    form_version TEXT NOT NULL DEFAULT '',
    authority TEXT NOT NULL DEFAULT '',
    organizer TEXT NOT NULL DEFAULT '',
    field_area TEXT NOT NULL DEFAULT '',
    situation TEXT NOT NULL DEFAULT '',
    statistics TEXT NOT NULL DEFAULT '',
    participation_required INTEGER NOT NULL DEFAULT 1,
    expert_name TEXT NOT NULL DEFAULT '',
    expert_title TEXT NOT NULL DEFAULT '',
    expert_org TEXT NOT NULL DEFAULT '',
    expert_source TEXT CHECK (expert_source IN ('national_db', 'city_db', 'women_committee',
                                                'other_agency', 'group')),
    way TEXT CHECK (way IN ('written', 'meeting')),
    participated_on TEXT,
    opinion TEXT NOT NULL DEFAULT '',
    adoption TEXT CHECK (adoption IN ('adopted', 'partly', 'not_adopted')),
    adoption_reason TEXT NOT NULL DEFAULT '',
    revision TEXT NOT NULL DEFAULT '',
    submitted_to TEXT NOT NULL DEFAULT '',
    submitted_on TEXT,
    closed_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gia_case_year ON gia_case(year);
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '年',
    measure TEXT NOT NULL DEFAULT '人',
    breakdowns TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE indicator_review (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'revised', 'removed', 'kept')),
    reviewed_on TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meeting(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX indicator_review_indicator ON indicator_review(indicator_id);
CREATE TABLE indicator_value (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    male REAL NOT NULL DEFAULT 0 CHECK (male >= 0),
    female REAL NOT NULL DEFAULT 0 CHECK (female >= 0),
    other REAL NOT NULL DEFAULT 0 CHECK (other >= 0),
    UNIQUE (indicator_id, year)
);
CREATE TABLE analysis (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    done_on TEXT,
    indicators TEXT NOT NULL DEFAULT '[]',
    uses TEXT NOT NULL DEFAULT '[]',
    meeting_id INTEGER REFERENCES meeting(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE budget_sheet (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    reviewed_on TEXT,
    meeting_id INTEGER REFERENCES meeting(id),
    filed_on TEXT,
    doc_no TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE budget_item (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('plan', 'program', 'tool', 'law', 'other')),
    title TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    description TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    executed INTEGER CHECK (executed >= 0),
    result TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX budget_item_year ON budget_item(year);
CREATE TABLE committee (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('appraisal', 'selection', 'task_force', 'other')),
    basis TEXT NOT NULL DEFAULT '',
    term_start TEXT,
    term_end TEXT,
    exception_reason TEXT NOT NULL DEFAULT '',
    filed_on TEXT,
    doc_no TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE committee_member (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('M', 'F', 'X')),
    title TEXT NOT NULL DEFAULT '',
    ex_officio INTEGER NOT NULL DEFAULT 0,
    start TEXT,
    "end" TEXT
);
CREATE INDEX committee_member_committee ON committee_member(committee_id)
"""


@migrations()
def m005_duties(db: Database) -> None:
    """Add the records of 性別影響評估, 性別統計, 性別預算 and the committees."""
    for statement in _DUTIES.split(";\n"):
        if statement.strip():
            db.execute(statement)


# The 免訓 dialog (issue 13): a reason from a list, the period and a note. Older rows hold
# free text in `reason`: a text that is a listed reason's label takes that kind, anything
# else stays as it is under 其他 with the text as its note.
_EXEMPTION_KINDS = {
    "留職停薪": "unpaid_leave", "育嬰留職停薪": "parental_leave", "育嬰假": "parental_leave",
    "延長病假／公傷假": "sick_leave", "借調他機關": "secondment", "服兵役": "military",
    "經機關核定免訓": "approved",
}


@migrations()
def m006_exemption_period(db: Database) -> None:
    """Give an exemption its listed reason (kind), its period and a note."""
    db.execute("ALTER TABLE exemption ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'")
    db.execute("ALTER TABLE exemption ADD COLUMN start TEXT")
    db.execute('ALTER TABLE exemption ADD COLUMN "end" TEXT')
    db.execute("ALTER TABLE exemption ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE exemption SET note = reason")
    for text, kind in _EXEMPTION_KINDS.items():
        db.execute("UPDATE exemption SET kind = ?, note = '' WHERE trim(reason) = ?", [kind, text])
