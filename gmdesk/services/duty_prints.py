"""Printing the forms of 性別影響評估, 性別統計, 性別預算 and the committees (read only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gmdesk.domain.errors import InputError
from gmdesk.domain.names import display_name
from gmdesk.domain.texts import Phrase, define
from gmdesk.domain.yearly import DutyRecords
from gmdesk.services import check, reports
from gmdesk.storage import duties, meetings, office
from gmdesk.storage.database import Database

define({
    "duty_prints.err.no_case": "找不到編號 {id} 的性別影響評估案：請用 gmdesk check "
                               "或「性別影響評估」頁查看編號",
})


def _office_name(db: Database) -> str:
    current = office.get_office(db)
    if current is None:
        raise InputError(Phrase.of("record.no_office_yet"), "office")
    return current.name


def _records(db: Database, year: int, today: dt.date) -> tuple[str, DutyRecords]:
    name = _office_name(db)
    return name, reports.duty_records(db, year, check.reference_day(year, today),
                                      reports.get_name_display(db))


def print_impact_list(db: Database, year: int, today: dt.date, out: Path | str) -> Path:
    from gmdesk.documents.duties import render_impact_list

    name, records = _records(db, year, today)
    return render_impact_list(out, office_name=name, year=year, cases=records.cases)


def print_impact_case(db: Database, case_id: int, out: Path | str) -> Path:
    """Write one case's 程序參與意見及參採情形表, the expert's name as the setting says."""
    from dataclasses import replace

    from gmdesk.documents.duties import render_impact_case

    case = duties.get_case(db, case_id)
    if case is None:
        raise InputError(Phrase.of("duty_prints.err.no_case", id=case_id))
    mode = reports.get_name_display(db)
    shown = replace(case, expert_name=display_name(case.expert_name, mode) if case.expert_name else "")
    return render_impact_case(out, office_name=_office_name(db), case=shown)


def print_statistics(db: Database, year: int, today: dt.date, out: Path | str) -> Path:
    from gmdesk.documents.duties import render_statistics

    name, records = _records(db, year, today)
    return render_statistics(out, office_name=name, year=year, records=records)


def print_budget(db: Database, budget_year: int, today: dt.date, out: Path | str) -> Path:
    """Write the 性別預算編列情形表 of a budget year (the one drafted in the year before)."""
    from gmdesk.documents.duties import render_budget
    from gmdesk.domain.budget import deadline

    sheet = duties.get_sheet(db, budget_year)
    reviewed_at = ""
    if sheet is not None and sheet.meeting_id:
        found = meetings.get_meeting(db, sheet.meeting_id)
        reviewed_at = found.title if found else ""
    return render_budget(out, office_name=_office_name(db), year=budget_year,
                         items=duties.list_items(db, budget_year), sheet=sheet,
                         deadline=deadline(office.preset_for(db, budget_year - 1), budget_year),
                         reviewed_at=reviewed_at)


def print_committees(db: Database, year: int, today: dt.date, out: Path | str) -> Path:
    from gmdesk.documents.duties import render_committees

    name, records = _records(db, year, today)
    return render_committees(out, office_name=name, as_of=check.reference_day(year, today),
                             committees=records.committees)
