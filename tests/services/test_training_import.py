"""Imports of rosters and training lists: messy cells read, exact totals, all or nothing."""

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import ImportKind
from gmdesk.domain.model import StaffCategory
from gmdesk.services import staff as staff_service
from gmdesk.services import training as service
from gmdesk.storage import office, people
from tests.conftest import THIS_YEAR, TODAY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

ROSTER = [
    ["海濱區公所 115年度 員工名冊"],
    [],
    ["員工編號", "姓名", "性別", "單位", "職稱", "人員類別", "到職日期"],
    ["00101", "林志明", "男", "民政課", "課長", "主管人員", "103/8/1"],
    ["00102", "陳美玲", "女性", "民政課", "科員", "一般公務人員", "2015-03-02"],
    [],
    ["00103", "張雅婷", "F", "社會課", "社工員", "性別議題聯絡人", "民國110年1月4日"],
    ["00104", "王大同", "１", "秘書室", "技工", "職工", "1000105"],
    ["00105", "李怡君", "女", "人事室", "科員", "一般", "115.11.03"],
]

TRAINING = [
    ["姓名", "員工編號", "課程名稱", "上課日期", "時數", "課程等級", "滿意度"],
    ["林志明", "101", "CEDAW 概論", "115/3/5", "2小時", "基礎", "5"],
    ["林志明", "101", "性別影響評估", "115/4/1", "1.5", "基礎", ""],
    ["陳美玲", "00102", "CEDAW 概論", "115/3/5", "３", "基礎", "4"],
    [None, None, None, None, None, None, None],
    ["張雅婷", "00103", "CEDAW 進階研習", "2026-05-02", 6, "進階", "4"],
    ["張雅婷", "00103", "性別預算實務", "1150601", "6", "進階", ""],
    ["張雅婷", "00103", "CEDAW 概論", "115/3/5", "2", "基礎", ""],
    ["王大同", "00104", "CEDAW 概論", "115/3/5", "1小時30分", "", ""],
    ["王大同", "00104", "CEDAW 概論", "115/3/5", "1.5", "", ""],  # the same line twice
]


def write_csv(path: Path, rows: list[list[object]], encoding: str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["" if c is None else c for c in r] for r in rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], merge_title: bool = False) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge_title:
        sheet.merge_cells("A1:G1")
    book.save(path)
    return path


def import_roster(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "roster.csv", ROSTER, "cp950")
    result = service.import_file(db, path, ImportKind.STAFF, dry_run=False, today=TODAY)
    assert result.errors == []
    assert result.applied and result.added == 5


def test_roster_from_big5_csv_with_every_mess(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = {r.person.name: r for r in staff_service.roster(db, THIS_YEAR, TODAY)}
    assert set(rows) == {"林志明", "陳美玲", "張雅婷", "王大同", "李怡君"}
    assert rows["林志明"].category is StaffCategory.SUPERVISOR
    assert rows["林志明"].start == dt.date(2014, 8, 1)
    assert rows["張雅婷"].category is StaffCategory.FOCAL
    assert rows["王大同"].category is StaffCategory.WORKER
    assert rows["王大同"].person.gender.label == "男"
    assert rows["王大同"].start == dt.date(2011, 1, 5)
    assert rows["陳美玲"].person.staff_no == "00102"
    assert rows["李怡君"].unit == "人事室"
    assert {u.name for u in office.list_units(db)} == {"民政課", "社會課", "秘書室", "人事室"}


def test_training_list_exact_totals(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    path = write_xlsx(tmp_path / "hours.xlsx", TRAINING)
    result = service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    assert result.errors == []
    assert result.added == 7 and result.duplicates == 1
    assert result.hours == 2 + 1.5 + 3 + 6 + 6 + 2 + 1.5
    done = {r.person.name: r for r in service.progress(db, THIS_YEAR)}
    assert done["林志明"].done == 3.5 and done["林志明"].complete
    assert done["陳美玲"].done == 3 and done["陳美玲"].complete
    assert done["張雅婷"].done == 14 and done["張雅婷"].advanced_done == 12
    assert done["張雅婷"].short == 4 and not done["張雅婷"].complete
    assert done["王大同"].done == 1.5 and done["王大同"].short == 1.5
    # Joined 115/11/03: fewer than 90 days of service, exempt by default.
    assert done["李怡君"].exempt
    courses = {c.title: c for c in service.course_summary(db, THIS_YEAR)}
    assert courses["CEDAW 概論"].participants == 4
    assert (courses["CEDAW 概論"].male, courses["CEDAW 概論"].female) == (2, 2)
    assert courses["CEDAW 概論"].satisfaction == 4.5
    assert office.get_setting(db, "import_mapping:training")["hours"] == "時數"


def test_one_bad_row_changes_nothing_and_is_reported(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in TRAINING]
    rows[6][3] = "115/02/30"
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    result = service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    assert not result.applied
    assert [(e.row, e.column, e.value) for e in result.errors] == [(7, "上課日期", "115/02/30")]
    assert "2月沒有30日" in result.errors[0].why
    assert db["training"].count == 0
    assert db["import_log"].count == 1  # the roster only
    assert "全部未匯入" in result.summary()


def test_unknown_person_is_a_row_error(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = [*TRAINING, ["無名氏", "", "CEDAW 概論", "115/3/5", "2", "", ""]]
    path = write_csv(tmp_path / "x.csv", rows, "utf-8-sig")
    result = service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    assert [(e.row, e.value) for e in result.errors] == [(11, "無名氏")]
    assert "查無此人" in result.errors[0].why
    assert db["training"].count == 0


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    path = write_xlsx(tmp_path / "hours.xlsx", TRAINING)
    result = service.import_file(db, path, ImportKind.TRAINING, dry_run=True, today=TODAY)
    assert result.added == 7 and not result.applied
    assert any("第2列 新增：林志明" in line for line in result.changes)
    assert db["training"].count == 0 and db["import_log"].count == 1  # the roster's only


def test_file_offered_twice_is_recognised_and_adds_nothing(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    path = write_xlsx(tmp_path / "hours.xlsx", TRAINING)
    service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    again = service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    assert again.seen_before is not None and again.seen_before.file_name == "hours.xlsx"
    assert again.added == 0 and again.duplicates == 8
    assert db["training"].count == 7


def test_cancel_during_write_rolls_back(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    path = write_xlsx(tmp_path / "hours.xlsx", TRAINING)

    class Stop(Exception):
        pass

    def progress(done: int, total: int, text: str = "") -> None:
        if str(text).startswith("完成"):  # a step is a phrase; str() is its zh-TW text
            raise Stop()

    with pytest.raises(Stop):
        service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY,
                            progress_fn=progress)
    assert db["training"].count == 0


@pytest.mark.parametrize("name", ["training_messy.ods", "training_messy.xls"])
def test_ods_and_xls_lists_on_the_demo_office(demo_db: Database, name: str) -> None:
    before = {r.person.staff_no: r.done for r in service.progress(demo_db, THIS_YEAR)}
    result = service.import_file(demo_db, FIXTURES / name, ImportKind.TRAINING, dry_run=False,
                                 today=TODAY)
    assert result.errors == [] and result.added == 5 and result.hours == 10
    after = {r.person.staff_no: r.done for r in service.progress(demo_db, THIS_YEAR)}
    gained = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    assert gained == {"00003": 2, "00004": 1.5, "00005": 3, "00006": 2, "00007": 1.5}


def test_roster_reimport_updates_and_people_who_leave_are_kept(db: Database,
                                                             tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in ROSTER]
    rows[2].append("離職日期")
    rows[3][3] = "社會課"  # 林志明 moved
    rows[4].append("115/6/30")  # 陳美玲 left
    path = write_xlsx(tmp_path / "roster2.xlsx", rows)
    dry = service.import_file(db, path, ImportKind.STAFF, dry_run=True, today=TODAY)
    assert dry.updated == 2 and dry.added == 0 and dry.unchanged == 3
    assert any("單位 民政課→社會課" in c for c in dry.changes)
    result = service.import_file(db, path, ImportKind.STAFF, dry_run=False, today=TODAY)
    assert result.applied
    rows_now = {r.person.name: r for r in staff_service.roster(db, THIS_YEAR, TODAY)}
    assert rows_now["林志明"].unit == "社會課"
    assert rows_now["陳美玲"].left and rows_now["陳美玲"].end == dt.date(2026, 6, 30)
    assert len(people.staff_people(db)) == 5


def test_missing_required_column_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["姓名", "課程名稱", "日期"], ["王", "C", "115/1/1"]],
                     "utf-8")
    with pytest.raises(InputError, match="時數"):
        service.import_file(db, path, ImportKind.TRAINING, dry_run=True, today=TODAY)


def test_in_house_course_gives_everyone_hours_once(db: Database, tmp_path: Path) -> None:
    from gmdesk.domain.model import Course, CourseId

    import_roster(db, tmp_path)
    ids = [p.id for p in people.staff_people(db)]
    course = Course(CourseId(0), "本所CEDAW講座", dt.date(2026, 11, 20), 2)
    first = service.record_course(db, course, ids)
    assert first.added == 5 and first.skipped == []
    again = service.record_course(db, course, ids[:2])
    assert again.added == 0 and len(again.skipped) == 2
    assert db["training"].count == 5


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".ods", ".xls"])
def test_only_the_good_rows_are_imported_and_the_bad_ones_written_to_fix(
        db: Database, tmp_path: Path, suffix: str) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in TRAINING]
    rows[2][3] = "115/02/30"  # 林志明's second course: a day February does not have
    rows[3][0], rows[3][1] = "查無此人", "999"
    if suffix == ".csv":
        path = write_csv(tmp_path / "hours.csv", rows, "utf-8")
    else:
        path = write_xlsx(tmp_path / "hours.xlsx", rows)
        if suffix in (".ods", ".xls"):  # the formats clerks get from other offices
            import subprocess
            subprocess.run(["soffice", "--headless", "--convert-to", suffix[1:], "--outdir",
                            str(tmp_path), str(path)], check=True, capture_output=True, timeout=120)
            path = path.with_suffix(suffix)
    dry = service.import_file(db, path, ImportKind.TRAINING, dry_run=True, today=TODAY)
    assert sorted(dry.bad_rows) == [3, 4] and dry.good_rows == 6
    assert "可只匯入正確的6列" in dry.summary()
    source = service.open_source(db, path, ImportKind.TRAINING)
    result = service.run_import(db, source, source.mapping, dry_run=False, today=TODAY,
                                only_good=True)
    # Six good rows: five new records and the line the file has twice, counted once.
    assert result.applied and (result.added, result.duplicates) == (5, 1)
    assert db["training"].count == 5
    skipped = result.skipped_file
    assert skipped is not None and skipped.parent == tmp_path
    assert skipped.name == f"hours（未匯入的列）{'.xlsx' if suffix == '.xls' else suffix}"
    assert skipped.name in result.summary() and "略過有錯誤的2列" in result.summary()
    # The file reads back as an import of its own: the same header, the reason in a last column.
    again = service.open_source(db, skipped, ImportKind.TRAINING)
    assert again.headers[:7] == [str(h) for h in TRAINING[0]] and again.headers[7] == "錯誤原因"
    assert [r[0][1][0] for r in [again.sample(5)]] == ["林志明"]
    reasons = [row[7] for _, row in again.sample(5)]
    assert "「上課日期」欄 「115/02/30」" in str(reasons[0]) and "2月沒有30日" in str(reasons[0])
    assert "查無員工編號 999 的人員" in str(reasons[1])
    assert again.mapping == source.mapping  # the same columns are found: fix and re-import


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_good_rows_only_writes_nothing_when_the_file_cannot_be_written(
        db: Database, tmp_path: Path, suffix: str) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in TRAINING]
    rows[2][3] = "115/02/30"
    path = (write_xlsx(tmp_path / "hours.xlsx", rows) if suffix == ".xlsx"
            else write_csv(tmp_path / "hours.csv", rows, "utf-8"))
    source = service.open_source(db, path, ImportKind.TRAINING)
    # Something in the way of the file being written (a full or locked folder, as root too).
    (tmp_path / f"hours（未匯入的列）{suffix}.part").mkdir()
    with pytest.raises(InputError, match=r"無法在.*寫入未匯入的列"):
        service.run_import(db, source, source.mapping, dry_run=False, today=TODAY,
                           only_good=True)
    assert db["training"].count == 0
    assert not (tmp_path / f"hours（未匯入的列）{suffix}").exists()


def test_a_cancelled_good_rows_import_leaves_no_file_behind(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in TRAINING]
    rows[2][3] = "115/02/30"
    path = write_xlsx(tmp_path / "hours.xlsx", rows)
    source = service.open_source(db, path, ImportKind.TRAINING)

    def cancel(done: int, total: int, text: str = "") -> None:
        if str(text).startswith("寫入"):
            raise KeyboardInterrupt  # what the runner's Cancelled does: stop mid-write

    with pytest.raises(KeyboardInterrupt):
        service.run_import(db, source, source.mapping, dry_run=False, today=TODAY,
                           only_good=True, progress_fn=cancel)
    assert db["training"].count == 0
    assert [p.name for p in tmp_path.iterdir() if "未匯入" in p.name] == []


def test_the_already_imported_notice_gives_the_roc_date(db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    path = tmp_path / "roster.csv"
    result = service.import_file(db, path, ImportKind.STAFF, dry_run=True, today=TODAY)
    assert result.seen_before is not None
    day = dt.date.fromisoformat(result.seen_before.imported_at[:10])
    assert f"已於 {day.year - 1911}年{day.month}月{day.day}日以「roster.csv」匯入過" in result.summary()


def test_a_record_outside_the_persons_employment_is_refused(db: Database, tmp_path: Path) -> None:
    """李怡君 joined on 115/11/03: a record before that day belongs to no year's hours."""
    from gmdesk.domain.model import Course, CourseId, PersonId, TrainingId, TrainingRecord

    import_roster(db, tmp_path)
    staff = {p.name: p.id for p in people.staff_people(db)}
    early = TrainingRecord(TrainingId(0), PersonId(staff["李怡君"]), "CEDAW 概論",
                           dt.date(2026, 3, 5), 2)
    with pytest.raises(InputError) as refused:
        service.save_record(db, early)
    assert "115/03/05在到職日 115/11/03 之前" in str(refused.value)
    assert "任職期間" in str(refused.value) and refused.value.field == "day"
    course = Course(CourseId(0), "本所CEDAW講座", dt.date(2026, 9, 1), 2)
    with pytest.raises(InputError) as refused:
        service.record_course(db, course, [staff["林志明"], staff["李怡君"]])
    assert "李怡君（在到職日 115/11/03 之前）" in str(refused.value)
    assert "林志明" not in str(refused.value)
    assert db["training"].count == 0 and db["course"].count == 0  # nothing half-written
    later = dataclasses.replace(early, day=dt.date(2026, 11, 20))
    assert service.save_record(db, later)


def test_an_imported_row_outside_employment_is_flagged_with_its_row_and_reason(
        db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in TRAINING]
    rows.append(["李怡君", "00105", "CEDAW 概論", "115/3/5", "2", "基礎", ""])  # row 11
    rows.append(["李怡君", "00105", "性別主流化導論", "115/11/20", "2", "基礎", ""])
    path = write_csv(tmp_path / "training.csv", rows, "utf-8")
    result = service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    assert result.errors == [] and result.applied
    assert result.outside == ["第11列 未匯入：李怡君 115/03/05「CEDAW 概論」在到職日 115/11/03 之前，"
                              "不計入時數"]
    assert "另有1筆的上課日期不在該員任職期間內，未匯入" in result.summary()
    newcomer = next(p.id for p in people.staff_people(db) if p.name == "李怡君")
    assert [r.title for r in service.records_of_person(db, newcomer)] == ["性別主流化導論"]


def test_each_row_of_a_training_list_says_what_the_import_does_with_it(
        db: Database, tmp_path: Path) -> None:
    import_roster(db, tmp_path)
    rows = [list(r) for r in TRAINING]
    rows.append(["李怡君", "00105", "CEDAW 概論", "115/3/5", "2", "基礎", ""])  # before she joined
    rows.append(["王大同", "00104", "CEDAW 進階課程", "115/3/6", "1", "", ""])  # level from title
    path = write_csv(tmp_path / "training.csv", rows, "utf-8")
    first = service.import_file(db, path, ImportKind.TRAINING, dry_run=False, today=TODAY)
    outside = "第11列 未匯入：李怡君 115/03/05「CEDAW 概論」在到職日 115/11/03 之前，不計入時數"
    assert list(first.changes) == [
        "第2列 新增：林志明 115/03/05「CEDAW 概論」2小時",
        "第3列 新增：林志明 115/04/01「性別影響評估」1.5小時",
        "第4列 新增：陳美玲 115/03/05「CEDAW 概論」3小時",
        "第6列 新增：張雅婷 115/05/02「CEDAW 進階研習」6小時",
        "第7列 新增：張雅婷 115/06/01「性別預算實務」6小時",
        "第8列 新增：張雅婷 115/03/05「CEDAW 概論」2小時",
        "第9列 新增：王大同 115/03/05「CEDAW 概論」1.5小時",
        "第10列 略過：與第9列重複",
        outside,
        "第12列 新增：王大同 115/03/06「CEDAW 進階課程」1小時（課程名稱有「進階」，以進階課程計："
        "不是的話請在檔案加一欄課程等級）",
    ]
    assert first.changes[7:9] == ["第10列 略過：與第9列重複", outside]  # as the window shows them
    again = service.import_file(db, path, ImportKind.TRAINING, dry_run=True, today=TODAY)
    assert again.changes[0] == "第2列 略過：林志明 115/03/05「CEDAW 概論」已登錄過"
    assert again.changes[7] == "第10列 略過：王大同 115/03/05「CEDAW 概論」已登錄過"
    assert again.outside == [outside] and (again.added, again.duplicates) == (0, 9)
