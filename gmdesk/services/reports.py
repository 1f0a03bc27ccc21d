"""Gather the year for the city workbook, the annual report and the pack; say what blocks sending."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from gmdesk.domain import group as group_rules
from gmdesk.domain import texts
from gmdesk.domain import training as training_rules
from gmdesk.domain.compliance import Duty, DutyResult, Finding, Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import EventKind, ItemKind, Office
from gmdesk.domain.names import NameDisplay, display_name, mask_names_in
from gmdesk.domain.outreach import counts_for_outreach
from gmdesk.domain.rocdate import format_long, year_bounds
from gmdesk.domain.texts import Phrase, Short, define
from gmdesk.domain.yearly import (
    CommitteeLine,
    DutyRecords,
    IndicatorLine,
    MeetingLine,
    MemberLine,
    StaffLine,
    YearReport,
)
from gmdesk.services import check, steps
from gmdesk.storage import duties, events, group, meetings, office, people, training
from gmdesk.storage.database import Database

NAME_DISPLAY_KEY = "name_display"
if TYPE_CHECKING:  # the template module (and the workbook writer under it) loads when used
    from gmdesk.workbooks.template import SheetGrid, TemplateMapping



def __getattr__(name: str) -> object:
    """SheetGrid and TemplateMapping for the UI (which never imports workbooks), loaded when
    first asked for: the window's first paint does not need the workbook modules."""
    if name in ("SheetGrid", "TemplateMapping"):
        from gmdesk.workbooks import template

        return getattr(template, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


TEMPLATE_KEY = "city_template"

define({
    "reports.err.name_display": "「{mode}」不是姓名顯示方式：請選 masked（遮蔽）、"
                                "surname（僅姓氏）或 full（完整）",
    "reports.err.report_day": "填報日期{day}早於{year}年度開始：請填{first}以後的日期",
    "reports.err.city_suffix": "市府報表只能存成 .xlsx 或 .ods（OpenDocument），"
                               "「{name}」的副檔名不是這兩種；請改用 .xlsx 或 .ods。",
    "reports.err.template_xlsx_only": "已登錄的市府範本是 Excel 檔，填好的範本只能存成 .xlsx；"
                                      "請改用 .xlsx 檔名，或先移除範本以輸出內建格式的 .ods。",
    "reports.err.template_not_xlsx": "範本「{name}」不是 .xlsx 檔：請在 Excel 另存為 .xlsx "
                                     "後再登錄",
    "reports.err.no_template": "尚未登錄市府範本：請先登錄範本檔",
    "reports.err.no_template_mapping": "尚未登錄市府範本，沒有對應設定可匯出",
    "reports.err.no_mapping_file": "找不到對應檔「{path}」",
})
MAPPING_KEY = "city_template_mapping"
REPORT_DAY_KEY = "annual_report_day"  # {ROC year: ISO date}: the 填報日期 the clerk set

ProgressFn = Callable[[int, int, "str | Phrase"], None]


def _no_progress(done: int, total: int, text: str | Phrase = "") -> None:
    return None


def get_name_display(db: Database) -> NameDisplay:
    """Return how exported reports show names (masked unless the clerk chose otherwise)."""
    return NameDisplay.parse(office.get_setting(db, NAME_DISPLAY_KEY, NameDisplay.MASKED.value))


def set_name_display(db: Database, mode: NameDisplay | str) -> None:
    try:
        choice = NameDisplay(str(mode))
    except ValueError:
        raise InputError(Phrase.of("reports.err.name_display", mode=str(mode)),
                         "name_display") from None
    with db.atomic():
        office.set_setting(db, NAME_DISPLAY_KEY, choice.value)


def _office(db: Database) -> Office:
    current = office.get_office(db)
    if current is None:
        raise InputError(Phrase.of("record.no_office"))
    return current


def _members(db: Database, day: dt.date, mode: NameDisplay) -> list[MemberLine]:
    from gmdesk.services.meetings import member_seats

    units = office.unit_names(db)
    lines = []
    for seat in member_seats(db, day):
        person = seat.person
        unit = units.get(person.unit_id or 0, "")
        post = person.title if not unit or person.title.startswith(unit) else unit + person.title
        lines.append(MemberLine(
            group_rules.role_text(seat.membership), display_name(person.name, mode),
            person.gender, post, group_rules.is_external(person, seat.membership),
            seat.membership.start,
            seat.membership.term_end))
    return lines


def _meetings(db: Database, year: int, today: dt.date, mode: NameDisplay) -> list[MeetingLine]:
    from gmdesk.services import meetings as meeting_service

    lines = []
    for row in meeting_service.list_rows(db, year):
        meeting = row.meeting
        attended = bool(meetings.list_attendance(db, meeting.id))
        _, genders, _ = meeting_service.attendance_status(db, meeting_service.draft_of(db, meeting.id))
        decisions = [
            f"{'臨時動議' if i.kind is ItemKind.MOTION else '第' + meeting_service.chinese_number(i.seq) + '案'}"
            f"「{i.title}」：{i.decision}"
            for i in meetings.list_items(db, meeting.id)
            if i.kind in (ItemKind.DISCUSSION, ItemKind.MOTION) and i.decision.strip()]
        held = meeting.day <= today
        flop = held and attended and not row.quorum.reached
        if flop:
            decisions = ["流會（未達法定出席人數），未作成決議，不計入開會次數"]
        lines.append(MeetingLine(
            meeting.code, meeting.title, meeting.day, meeting.start, meeting.place,
            display_name(row.chair, mode) if row.chair else "",
            row.members, row.present if held and attended else 0,
            genders.male if held and attended else 0, genders.female if held and attended else 0,
            row.quorum.external_present if held and attended else 0,
            bool(held and attended and row.quorum.reached),
            "；".join(decisions), held, counted=held and not flop))
    return lines


def _staff(db: Database, rows: list[training_rules.PersonProgress],
           mode: NameDisplay) -> list[StaffLine]:
    units = office.unit_names(db)
    lines = [
        StaffLine(units.get(r.person.unit_id or 0, ""), display_name(r.person.name, mode),
                  r.person.gender, r.category.label, r.required, r.done, r.advanced_done,
                  r.short, r.status, r.exempt_reason)
        for r in rows]
    lines.sort(key=lambda s: (s.unit, s.category, s.name))
    return lines


def _masked_results(results: list[DutyResult], names: list[str],
                    mode: NameDisplay) -> list[DutyResult]:
    """Return the results with every person's name in their texts shown as the setting says."""
    if mode is NameDisplay.FULL:
        return results

    def clean(text: str) -> str:
        return mask_names_in(text, names, mode)

    return [replace(r, findings=tuple(replace(f, phrase=texts.map_data(f.phrase, clean))
                                      for f in r.findings),
                    summary_phrase=(texts.map_data(r.summary_phrase, clean)
                                    if r.summary_phrase is not None else None))
            for r in results]


def default_report_day(year: int, today: dt.date) -> dt.date:
    """Return the 填報日期 a report carries unless the clerk sets one: a past year's last day."""
    last = year_bounds(year)[1]
    return last if last < today else today


def get_report_day(db: Database, year: int, today: dt.date) -> dt.date:
    """Return the annual report's 填報日期: the one set for the year, else the default."""
    stored = (office.get_setting(db, REPORT_DAY_KEY, {}) or {}).get(str(year))
    return dt.date.fromisoformat(stored) if stored else default_report_day(year, today)


def set_report_day(db: Database, year: int, day: dt.date | None) -> None:
    """Set (or with None, clear) the 填報日期 of the year's annual report."""
    first = year_bounds(year)[0]
    if day is not None and day < first:
        raise InputError(Phrase.of("reports.err.report_day", day=day, year=year, first=first),
                         "report_day")
    with db.atomic():
        stored = dict(office.get_setting(db, REPORT_DAY_KEY, {}) or {})
        if day is None:
            stored.pop(str(year), None)
        else:
            stored[str(year)] = day.isoformat()
        office.set_setting(db, REPORT_DAY_KEY, stored)


def adopted_by(db: Database, year: int) -> str:
    """Return the group meeting that took up the year's results report (e.g. 115年第1次會議), or ""."""
    for meeting in (*meetings.list_meetings(db, year), *meetings.list_meetings(db, year + 1)):
        for item in meetings.list_items(db, meeting.id):
            if "成果報告" in item.title and f"{year}年" in item.title:
                return meeting.title
    return ""


def year_report(db: Database, year: int, today: dt.date, *, photos: bool = False,
                mode: NameDisplay | None = None) -> YearReport:
    """Return the office's year, names shown as the setting (or `mode`) says."""
    current = _office(db)
    mode = mode or get_name_display(db)
    preset = office.preset_for(db, year)
    as_of = check.reference_day(year, today)
    results = tuple(_masked_results(check.check_year(db, year, today),
                                    [p.name for p in people.list_people(db)], mode))
    progress_rows = check.training_progress(db, year)
    persons = people.people_by_id(db)
    year_events = events.list_events(db, year)
    outreach = tuple(e for e in year_events if e.kind is EventKind.CEDAW)
    measures = tuple(sorted((e for e in year_events if e.kind is EventKind.MEASURE),
                            key=lambda e: (e.category or "未分類", e.start, e.id)))
    first_photos = {}
    if photos:
        for event in (*outreach, *measures):
            found = events.list_photos(db, event.id)
            if found:
                first_photos[event.id] = found[0]
    filings = tuple(
        f"{group_rules.RULE_LABELS.get(f.rule, f.rule)}：{format_long(f.filed_on, weekday=False)}"
        f"報市府備查{('，文號' + f.doc_no) if f.doc_no else ''}"
        for f in group.list_filings(db, year))
    return YearReport(
        office=current, year=year, produced=today, as_of=as_of, name_display=mode,
        results=results,
        members=tuple(_members(db, as_of, mode)),
        filings=filings,
        meetings=tuple(_meetings(db, year, today, mode)),
        meetings_required=preset.meetings_per_year,
        completion=tuple(training_rules.completion_lines(progress_rows)),
        staff=tuple(_staff(db, progress_rows, mode)),
        courses=tuple(training_rules.course_summary(training.list_training(db, year), persons)),
        outreach=outreach,
        measures=measures,
        outreach_required=preset.outreach_per_year,
        measures_required=preset.measures_per_year,
        photos=first_photos,
        filed_on=get_report_day(db, year, today),
        adopted_by=adopted_by(db, year),
        member_word=preset.member_word,
        external_word=preset.external_word,
        internal_word=preset.internal_word,
        external_short=preset.external_short,
        preset=preset.code,
        duties=duty_records(db, year, as_of, mode),
    )


def duty_records(db: Database, year: int, as_of: dt.date, mode: NameDisplay) -> DutyRecords:
    """Return the year's GIA cases, statistics, budget and committees, names as `mode` says."""
    from gmdesk.domain import budget as budget_rules
    from gmdesk.domain import committees as committee_rules
    from gmdesk.domain import statistics as statistics_rules

    preset = office.preset_for(db, year)
    reviews = duties.list_reviews(db)
    values = statistics_rules.values_by_indicator(duties.list_values(db))
    indicators = tuple(
        IndicatorLine(i, statistics_rules.latest_review(i.id, reviews, year), dict(values.get(i.id, {})))
        for i in duties.list_indicators(db) if statistics_rules.active(i.id, reviews, year))
    years = sorted({y for line in indicators for y in line.values if year - 4 <= y <= year})[-3:]
    cases = tuple(replace(c, expert_name=display_name(c.expert_name, mode) if c.expert_name else "")
                  for c in duties.list_cases(db, year))
    lines = []
    everyone = duties.list_members(db)
    for committee in duties.list_committees(db):
        serving = [m for m in everyone if m.committee_id == committee.id and m.active_on(as_of)]
        count = committee_rules.composition(serving, as_of)
        lines.append(CommitteeLine(
            committee, tuple(replace(m, name=display_name(m.name, mode)) for m in serving),
            count.male, count.female, count.other, committee_rules.meets(serving, as_of)))
    titles: dict[int, str] = {int(m.id): m.title for y in (year - 1, year, year + 1) for m in meetings.list_meetings(db, y)}
    return DutyRecords(
        cases=cases, indicators=indicators, value_years=tuple(years),
        analyses=tuple(duties.list_analyses(db, year)), meeting_titles=titles,
        budget_year=year + 1, budget_items=tuple(duties.list_items(db, year + 1)),
        budget_sheet=duties.get_sheet(db, year + 1),
        budget_deadline=budget_rules.deadline(preset, year + 1),
        executed_items=tuple(duties.list_items(db, year)), committees=tuple(lines))


texts.define({
    "ready.no_office": "尚未設定機關資料：請在「設定」頁填寫機關名稱",
    "ready.no_contact": "封面需要聯絡人及電話：請在「設定」頁填寫",
    "ready.meetings_few": "小組會議已開{held}次，應至少{minimum}次",
    "ready.no_attendance": "{title}（{day}）尚未登錄出席情形，無法產生簽到表及出席統計",
    "ready.no_items": "{title}尚未登錄報告或討論事項，會議紀錄不完整",
    "ready.no_trainees": "尚未登錄應受訓人員",
    "ready.training_short": "性別意識培力完成{done}/{required}人：尚有{short}人未達時數",
    "ready.outreach_few": "對外CEDAW宣導{n}場，應至少{minimum}場",
    "ready.measures_few": "其他性別平等措施{n}項，應至少{minimum}項",
    "ready.no_participants": "「{title}」未登錄參加人數（男/女/其他）",
    "ready.no_photos": "「{title}」沒有活動照片，成果報告需至少1張",
})


def readiness(db: Database, year: int, today: dt.date,
              results: list[DutyResult] | None = None) -> list[Finding]:
    """Return what blocks sending the year's reports to the city (empty: ready to send).

    A yearly count still short blocks even while the year runs (the report would show
    it short); warnings that do not change the figures (off-month meetings, terms ending
    soon) do not. `results` is the year's check_year, when the caller has it already.
    """
    blockers: list[Finding] = []

    def block(phrase: Phrase, target: str) -> None:
        blockers.append(Finding(Status.FAIL, phrase, target))

    current = office.get_office(db)
    if current is None:
        return [Finding(Status.FAIL, Phrase.of("ready.no_office"), "settings")]
    if not current.contact_name.strip() or not current.contact_phone.strip():
        block(Phrase.of("ready.no_contact"), "settings")
    by_duty = {r.duty: r for r in (results if results is not None
                                   else check.check_year(db, year, today))}

    for finding in by_duty[Duty.GROUP].findings:
        if finding.status is Status.FAIL:
            block(finding.phrase, finding.target or "group")
    held = by_duty[Duty.MEETINGS].figures
    if int(str(held.get("held", 0))) < int(str(held.get("required", 1))):
        block(Phrase.of("ready.meetings_few", held=held.get("held"),
                        minimum=held.get("required")), "meetings")
    for meeting in meetings.list_meetings(db, year):
        if meeting.day > today:
            continue
        target = f"meeting:{meeting.id}"
        if not meetings.list_attendance(db, meeting.id):
            block(Phrase.of("ready.no_attendance", title=meeting.title, day=Short(meeting.day)),
                  target)
        if not meetings.list_items(db, meeting.id):
            block(Phrase.of("ready.no_items", title=meeting.title), target)

    training_figures = by_duty[Duty.TRAINING].figures
    required = int(str(training_figures.get("required", 0)))
    completed = int(str(training_figures.get("completed", 0)))
    if required == 0:
        block(Phrase.of("ready.no_trainees"), "training")
    elif completed < required:
        block(Phrase.of("ready.training_short", done=completed, required=required,
                        short=required - completed), "training")

    outreach = by_duty[Duty.OUTREACH].figures
    sessions, need = int(str(outreach.get("sessions", 0))), int(str(outreach.get("required", 0)))
    if sessions < need:
        block(Phrase.of("ready.outreach_few", n=sessions, minimum=need), "events")
    measure_count = int(str(by_duty[Duty.MEASURES].figures.get("measures", 0)))
    preset = office.preset_for(db, year)
    if measure_count < preset.measures_per_year:
        block(Phrase.of("ready.measures_few", n=measure_count, minimum=preset.measures_per_year),
              "events")
    for event in events.list_events(db, year):
        if event.start > today:
            continue
        target = f"event:{event.id}"
        if counts_for_outreach(event) and event.total == 0:
            block(Phrase.of("ready.no_participants", title=event.title), target)
        if event.kind is EventKind.CEDAW and not events.list_photos(db, event.id):
            block(Phrase.of("ready.no_photos", title=event.title), target)
    # The plan's other duties block only where they fail (a case closed without 程序參與, the
    # budget table not filed by its deadline); what is still open is shown, not blocking.
    for duty in (Duty.IMPACT, Duty.STATISTICS, Duty.BUDGET, Duty.COMMITTEES):
        for finding in by_duty[duty].findings:
            if finding.status is Status.FAIL:
                block(finding.phrase, finding.target or duty.value)
    return blockers


def write_city_workbook(db: Database, year: int, today: dt.date, out: Path | str,
                        progress: ProgressFn = _no_progress) -> Path:
    """Write the city workbook: the registered template filled in, else the built-in one."""
    from gmdesk.workbooks import template as city_template

    suffix = Path(out).suffix.lower()
    if suffix not in (".xlsx", ".ods"):
        raise InputError(Phrase.of("reports.err.city_suffix", name=Path(out).name))
    registration = load_template(db)
    if registration is not None and suffix == ".ods":
        raise InputError(Phrase.of("reports.err.template_xlsx_only"))
    progress(0, 3, steps.say("gathering"))
    report = year_report(db, year, today)
    progress(1, 3, steps.say("writing_workbook"))
    if registration is not None:
        path = city_template.fill_template(registration.data, registration.mapping, report,
                                           Path(out))
    else:
        from gmdesk.workbooks.city import write_city

        path = write_city(report, Path(out), lambda d, t: progress(1, 3, steps.say("writing_workbook")))
    progress(3, 3, steps.say("done"))
    return path


@dataclass(frozen=True)
class Registration:
    """The city's template as registered: the file itself and where gmdesk writes."""

    file_name: str
    sha256: str
    registered: str
    mapping: TemplateMapping
    data: bytes = field(repr=False, default=b"")


def register_template(db: Database, template: Path | str, mapping: TemplateMapping,
                      today: dt.date) -> Registration:
    """Keep the city's template (in the database, so backups carry it) and its mapping."""
    from gmdesk.workbooks.template import check_against

    source = Path(template)
    if source.suffix.lower() != ".xlsx":
        raise InputError(Phrase.of("reports.err.template_not_xlsx", name=source.name),
                         "template")
    data = source.read_bytes()
    mapping.check_fields()
    check_against(mapping, data)
    registration = Registration(source.name, hashlib.sha256(data).hexdigest(),
                                today.isoformat(), mapping, data)
    with db.atomic():
        office.set_setting(db, TEMPLATE_KEY, {
            "file_name": registration.file_name, "sha256": registration.sha256,
            "registered": registration.registered,
            "data": base64.b64encode(data).decode("ascii")})
        office.set_setting(db, MAPPING_KEY, json.loads(mapping.to_json()))
    return registration


def load_template(db: Database) -> Registration | None:
    """Return the registered template, or None (the built-in workbook is used)."""
    stored = office.get_setting(db, TEMPLATE_KEY)
    raw_mapping = office.get_setting(db, MAPPING_KEY)
    if not stored or raw_mapping is None:
        return None
    from gmdesk.workbooks.template import TemplateMapping

    mapping = TemplateMapping.from_json(json.dumps(raw_mapping, ensure_ascii=False))
    return Registration(str(stored.get("file_name", "")), str(stored.get("sha256", "")),
                        str(stored.get("registered", "")), mapping,
                        base64.b64decode(str(stored.get("data", ""))))


def save_mapping(db: Database, mapping: TemplateMapping) -> None:
    """Replace the mapping of the registered template (checked against it first)."""
    from gmdesk.workbooks.template import check_against

    current = load_template(db)
    if current is None:
        raise InputError(Phrase.of("reports.err.no_template"), "template")
    mapping.check_fields()
    check_against(mapping, current.data)
    with db.atomic():
        office.set_setting(db, MAPPING_KEY, json.loads(mapping.to_json()))


def clear_template(db: Database) -> None:
    """Forget the template; the built-in workbook is used again."""
    with db.atomic():
        office.set_setting(db, TEMPLATE_KEY, None)
        office.set_setting(db, MAPPING_KEY, None)


def export_mapping(db: Database, out: Path | str) -> Path:
    """Write the registered mapping as JSON (to keep, or to give another office)."""
    current = load_template(db)
    if current is None:
        raise InputError(Phrase.of("reports.err.no_template_mapping"), "template")
    target = Path(out)
    target.write_text(current.mapping.to_json() + "\n", encoding="utf-8")
    return target


def read_mapping(path: Path | str) -> TemplateMapping:
    """Read a mapping JSON file."""
    source = Path(path)
    if not source.is_file():
        raise InputError(Phrase.of("reports.err.no_mapping_file", path=str(source)), "mapping")
    from gmdesk.workbooks.template import TemplateMapping

    return TemplateMapping.from_json(source.read_text(encoding="utf-8-sig"))


def render_annual_report(db: Database, year: int, today: dt.date, out: Path | str,
                         progress: ProgressFn = _no_progress) -> Path:
    """Write the annual results report (年度成果報告) as PDF."""
    from gmdesk.documents.annual import render_annual

    progress(0, 2, steps.say("gathering"))
    report = year_report(db, year, today, photos=True)
    progress(1, 2, steps.say("laying_out_report"))
    path = render_annual(report, Path(out))
    progress(2, 2, steps.say("done"))
    return path


def template_fields() -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """Return what a template mapping may name: fields per source, and each source's label."""
    from gmdesk.workbooks.template import field_choices, source_labels

    return field_choices(), source_labels()


def parse_mapping(text: str) -> TemplateMapping:
    """Read a template mapping from its JSON text (InputError on a wrong one)."""
    from gmdesk.workbooks.template import TemplateMapping

    return TemplateMapping.from_json(text)


def template_grids(template: bytes) -> list[SheetGrid]:
    """Return the template's sheets as text, for the mapping dialog to show."""
    from gmdesk.workbooks.template import template_grids as grids

    return grids(template)


def check_mapping(mapping: TemplateMapping, template: bytes) -> None:
    """Refuse a mapping naming a sheet the template lacks or a cell inside merged cells."""
    from gmdesk.workbooks.template import check_against

    mapping.check_fields()
    check_against(mapping, template)


def guess_columns(source: str, headers: dict[str, str]) -> dict[str, str]:
    """Return column letter -> field for the header cells that name a field of `source`."""
    from gmdesk.workbooks.template import guess_columns as guess

    return guess(source, headers)


def preview_template(db: Database, year: int, today: dt.date, template: bytes,
                     mapping: TemplateMapping, progress: ProgressFn = _no_progress,
                     ) -> list[SheetGrid]:
    """Return the template's sheets as they would be filled with the year (nothing written)."""
    from gmdesk.workbooks.template import filled_grids

    progress(0, 2, steps.say("gathering"))
    report = year_report(db, year, today)
    progress(1, 2, steps.say("filling_template"))
    grids = filled_grids(template, mapping, report)
    progress(2, 2, steps.say("done"))
    return grids
