"""The city's consolidation: several generated offices with known figures, and every flag."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlite_utils import Database

from gmdesk.domain import submission as rules
from gmdesk.domain.cities import CITY_LISTS, office_key
from gmdesk.domain.compliance import Duty
from gmdesk.domain.consolidation import TOTAL_KEYS, Consolidation, FlagKind
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Event, EventId, EventKind
from gmdesk.services import city, office_data, reports
from gmdesk.storage import events, office
from gmdesk.storage.db import open_db
from gmdesk.workbooks.city import city_sheets, write_sheets
from gmdesk.workbooks.submission import submission_spec
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY

NAMES = ("高雄市鳳山區公所", "高雄市旗津區公所", "高雄市三民區公所")
EXPECTED = (*NAMES, "高雄市美濃區公所")  # 美濃 never sends anything
TZ = dt.timezone(dt.timedelta(hours=8))


def _made(hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, 24, hour, 0, tzinfo=TZ)


def _office_db(template: Path, folder: Path, name: str) -> Database:
    path = folder / f"{office_key(name)}.gmdesk"
    shutil.copyfile(template, path)
    db = open_db(path)
    current = office.get_office(db)
    assert current is not None
    office.save_office(db, dataclasses.replace(current, name=name))
    return db


def _workbook(db: Database, out: Path, made: dt.datetime, year: int = THIS_YEAR) -> Path:
    report = reports.year_report(db, year, TODAY)
    sheets = city_sheets(report)
    sheets.append(submission_spec(report, sheets, made_at=made))
    return write_sheets(sheets, out)


def _big_session(db: Database) -> None:
    """A large external session, so this office's reach differs from the others'."""
    events.add_event(db, Event(
        EventId(0), EventKind.CEDAW, "社區CEDAW講座", dt.date(2026, 9, 1), place="活動中心",
        audiences=("一般民眾",), methods=("講座",), cedaw_refs=("第5條",), male=120,
        female=230, other=3))


@pytest.fixture(scope="module")
def offices(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[Path, list[Database]]]:
    """Three offices: the demo as is, one with an extra large session, one with no events."""
    work = tmp_path_factory.mktemp("offices")
    inbox = work / "inbox"
    inbox.mkdir()
    dbs = [_office_db(demo_template, work, name) for name in NAMES]
    _big_session(dbs[1])
    for event in events.list_events(dbs[2], THIS_YEAR):
        events.delete_event(dbs[2], event.id)
    for index, db in enumerate(dbs):
        _workbook(db, inbox / f"{index + 1:02d}.xlsx", _made(9))
    yield inbox, dbs
    for db in dbs:
        db.close()


def _direct(dbs: list[Database]) -> dict[str, int]:
    """The city totals computed straight from each office's own data, not from any workbook."""
    totals: dict[str, int] = {}
    for db in dbs:
        report = reports.year_report(db, THIS_YEAR, TODAY)
        group = report.result(Duty.GROUP).figures
        outreach = report.result(Duty.OUTREACH).figures
        line = next(x for x in report.completion if x.label == "合計")
        for key, value in (
                ("members", group["members"]), ("female", group["female"]),
                ("sessions", outreach["sessions"]), ("reach_m", outreach["male"]),
                ("reach_f", outreach["female"]), ("required", line.required[2]),
                ("completed", line.completed[2]), ("completed_f", line.completed[1]),
                ("measures", report.result(Duty.MEASURES).figures["measures"])):
            totals[key] = totals.get(key, 0) + int(str(value))
    return totals


def _consolidate(tmp_path: Path, *paths: Path, expected: tuple[str, ...] = EXPECTED
                 ) -> tuple[Consolidation, Path]:
    out = tmp_path / "city-115.xlsx"
    result = city.consolidate_to(list(paths), THIS_YEAR, out, expected, today=TODAY)
    return result, out


def _flags(result: Consolidation, kind: FlagKind) -> list[Any]:
    return [f for f in result.flags if f.kind is kind]


def test_totals_equal_a_direct_computation(offices: tuple[Path, list[Database]],
                                           tmp_path: Path) -> None:
    inbox, dbs = offices
    result, out = _consolidate(tmp_path, inbox)
    direct = _direct(dbs)
    assert len(result.counted) == 3
    assert result.total("group.members") == direct["members"]
    assert result.total("group.female") == direct["female"]
    assert result.total("outreach.sessions") == direct["sessions"]
    assert result.total("outreach.male") == direct["reach_m"]
    assert result.total("outreach.female") == direct["reach_f"]
    assert result.total("training.合計.required_all") == direct["required"]
    assert result.total("training.合計.completed_all") == direct["completed"]
    assert result.total("measures.count") == direct["measures"]
    rates = result.rates()
    assert rates["training_all"] == pytest.approx(direct["completed"] / direct["required"])
    assert rates["submitted"] == pytest.approx(3 / 4)

    # The workbook says the same: the 全市合計 row under the right headers.
    book = load_workbook(out)
    ws = book["各機關一覽"]
    headers = [c.value for c in ws[2]]
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "全市合計")
    assert total[headers.index("小組人數")] == direct["members"]
    assert total[headers.index("觸及女")] == direct["reach_f"]
    assert total[headers.index("已完成計")] == direct["completed"]
    assert total[headers.index("已完成女")] == direct["completed_f"]
    assert ws.auto_filter.ref and ws.freeze_panes == "B3"
    names = [r[0] for r in ws.iter_rows(min_row=3, values_only=True) if r[0]]
    assert set(NAMES) <= set(names) and "高雄市美濃區公所" in names
    # The office with no events fails CEDAW and measures: it is listed first.
    assert names[0] == "高雄市三民區公所"
    missing = [r for r in book["待補事項"].iter_rows(min_row=3, values_only=True)]
    assert any(r[0] == "高雄市三民區公所" and r[1] == "CEDAW宣導" for r in missing)
    assert any(r[0] == "高雄市美濃區公所" for r in missing)
    # The cover counts offices per duty and status: the office with no events fails CEDAW.
    cover = {r[3]: r[3:8] for r in book["封面"].iter_rows(values_only=True) if len(r) > 7}
    assert cover["CEDAW宣導"][3] >= 1 and cover["CEDAW宣導"][4] == 1  # 未達成 ≥1, 未提交 1
    assert sum(cover["小組會議"][1:5]) == 4
    categories = [r for r in book["培力分類"].iter_rows(min_row=3, values_only=True)]
    assert {r[0] for r in categories} == set(NAMES)


def test_absent_offices_are_named(offices: tuple[Path, list[Database]], tmp_path: Path) -> None:
    inbox, _ = offices
    result, out = _consolidate(tmp_path, inbox)
    assert [f.office for f in _flags(result, FlagKind.ABSENT)] == ["高雄市美濃區公所"]
    flags = [r for r in load_workbook(out)["提醒事項"].iter_rows(min_row=3, values_only=True)]
    assert ("未提交", "高雄市美濃區公所") in {(r[0], r[1]) for r in flags}


def test_duplicates_newest_wins_and_both_are_listed(offices: tuple[Path, list[Database]],
                                                   tmp_path: Path) -> None:
    inbox, dbs = offices
    later = _workbook(dbs[0], tmp_path / "鳳山-更正版.xlsx", _made(15))
    _big_session(dbs[0])
    try:
        newest = _workbook(dbs[0], tmp_path / "鳳山-最新.xlsx", _made(16))
    finally:
        for event in events.list_events(dbs[0], THIS_YEAR):
            if event.title == "社區CEDAW講座":
                events.delete_event(dbs[0], event.id)
    result, _ = _consolidate(tmp_path, inbox, later, newest)
    duplicate = _flags(result, FlagKind.DUPLICATE)
    assert len(duplicate) == 1 and duplicate[0].office == "高雄市鳳山區公所"
    assert "01.xlsx" in duplicate[0].file and "鳳山-最新.xlsx" in duplicate[0].file
    assert "鳳山-更正版.xlsx" in duplicate[0].file
    line = next(o for o in result.counted if o.name == "高雄市鳳山區公所")
    assert line.submission is not None and line.submission.path.name == "鳳山-最新.xlsx"
    assert len(result.counted) == 3  # counted once


def test_other_year_is_not_counted(offices: tuple[Path, list[Database]], tmp_path: Path) -> None:
    inbox, dbs = offices
    old = _workbook(dbs[1], tmp_path / "旗津114.xlsx", _made(10), year=LAST_YEAR)
    result, _ = _consolidate(tmp_path, old, inbox / "01.xlsx")
    [flag] = _flags(result, FlagKind.OTHER_YEAR)
    assert flag.office == "高雄市旗津區公所" and "114" in flag.text
    assert [o.name for o in result.counted] == ["高雄市鳳山區公所"]


def _edit(path: Path, sheet: str, key: str, value: object) -> None:
    book = load_workbook(path)
    row = next(r for r in book[sheet].iter_rows() if r[0].value == key)
    row[2].value = value
    book.save(path)


@pytest.mark.parametrize(("version", "kind"), [(0, FlagKind.OLDER_FORMAT),
                                               (rules.FORMAT_VERSION + 1, FlagKind.NEWER_FORMAT)])
def test_format_versions_are_flagged(offices: tuple[Path, list[Database]], tmp_path: Path,
                                     version: int, kind: FlagKind) -> None:
    inbox, _ = offices
    crafted = tmp_path / "crafted.xlsx"
    shutil.copyfile(inbox / "02.xlsx", crafted)
    _edit(crafted, rules.SHEET, "format_version", version)
    result, _ = _consolidate(tmp_path, crafted)
    assert [f.office for f in _flags(result, kind)] == ["高雄市旗津區公所"]
    assert len(result.counted) == 1  # still read


def test_a_hand_edited_file_is_counted_and_flagged(offices: tuple[Path, list[Database]],
                                                  tmp_path: Path) -> None:
    inbox, _ = offices
    crafted = tmp_path / "altered.xlsx"
    shutil.copyfile(inbox / "03.xlsx", crafted)
    _edit(crafted, rules.SHEET, "group.members", 40)
    result, out = _consolidate(tmp_path, crafted, inbox / "01.xlsx")
    [flag] = _flags(result, FlagKind.ALTERED)
    assert flag.office == "高雄市三民區公所" and flag.file == "altered.xlsx"
    assert 40 in [o.number("group.members") for o in result.counted]
    rows = {r[0]: r for r in load_workbook(out)["各機關一覽"].iter_rows(min_row=3, values_only=True)}
    assert str(rows["高雄市三民區公所"][3]).startswith("不符")
    assert rows["高雄市鳳山區公所"][3] == "相符"
    assert rows["高雄市鳳山區公所"][2] == "115/11/24 09:00"  # when it was made, ROC


def test_non_gmdesk_files_are_named_and_skipped(offices: tuple[Path, list[Database]],
                                               tmp_path: Path) -> None:
    inbox, _ = offices
    folder = tmp_path / "mail"
    folder.mkdir()
    plain = Workbook()
    plain.active.append(["機關", "人數"])
    plain.save(folder / "別人的表.xlsx")
    (folder / "壞掉.xlsx").write_bytes(b"not a zip at all")
    (folder / "設定.json").write_text(json.dumps({"hello": 1}), encoding="utf-8")
    result, _ = _consolidate(tmp_path, folder, inbox)
    skipped = {f.file for f in _flags(result, FlagKind.NOT_SUBMISSION)}
    assert skipped == {"別人的表.xlsx", "壞掉.xlsx", "設定.json"}
    assert len(result.counted) == 3  # the rest still consolidates


def test_unlisted_office_is_flagged(offices: tuple[Path, list[Database]], tmp_path: Path) -> None:
    inbox, _ = offices
    result, _ = _consolidate(tmp_path, inbox, expected=("高雄市鳳山區公所", "高雄市旗津區公所"))
    assert [f.office for f in _flags(result, FlagKind.UNLISTED)] == ["高雄市三民區公所"]


def test_a_json_export_consolidates_like_its_workbook(offices: tuple[Path, list[Database]],
                                                     tmp_path: Path) -> None:
    inbox, dbs = offices
    exported = office_data.export_json(dbs[1], tmp_path / "旗津.json", made_at=_made(10))
    from_json, _ = _consolidate(tmp_path, exported)
    from_xlsx, _ = _consolidate(tmp_path, inbox / "02.xlsx")
    [a], [b] = from_json.counted, from_xlsx.counted
    assert a.submission is not None and a.submission.intact
    for key in TOTAL_KEYS:
        assert a.number(key) == b.number(key), key
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["tables"]["event"][0]["male"] = 9999
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    changed, _ = _consolidate(tmp_path, exported)
    assert [f.office for f in _flags(changed, FlagKind.ALTERED)] == ["高雄市旗津區公所"]


def test_city_lists_and_bad_input() -> None:
    assert len(CITY_LISTS["kaohsiung"].offices) == 38
    assert len([o for o in CITY_LISTS["taipei"].offices if o.endswith("區公所")]) == 12
    assert city.expected_offices("kaohsiung")[0] == "高雄市楠梓區公所"
    with pytest.raises(InputError, match="不是機關名單"):
        city.expected_offices("no-such-list.txt")
    with pytest.raises(InputError, match="找不到"):
        city.collect([Path("/nonexistent/folder")])


def test_the_command_line_consolidates_a_folder(offices: tuple[Path, list[Database]],
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from gmdesk.cli import main

    inbox, _ = offices
    out = tmp_path / "city.xlsx"
    dashboard = tmp_path / "dash.pdf"
    assert main(["city", "consolidate", "--year", "115", "--out", str(out), "--offices",
                 "kaohsiung", "--dashboard", str(dashboard), str(inbox)]) == 0
    assert dashboard.read_bytes().startswith(b"%PDF")
    printed = capsys.readouterr().out
    assert "已彙整 3 個機關" in printed and "未提交 35 個機關" in printed
    assert load_workbook(out).sheetnames == ["封面", "各機關一覽", "培力分類", "待補事項", "提醒事項"]


def test_a_json_export_is_read_for_the_year_consolidated(offices: tuple[Path, list[Database]],
                                                         tmp_path: Path) -> None:
    """A JSON export holds every year: one made in 116 still gives its 115 figures."""
    inbox, dbs = offices
    exported = office_data.export_json(dbs[1], tmp_path / "旗津.json",
                                       made_at=dt.datetime(2027, 1, 15, 9, 0, tzinfo=TZ))
    result, _ = _consolidate(tmp_path, exported)
    from_xlsx, _ = _consolidate(tmp_path, inbox / "02.xlsx")
    assert not _flags(result, FlagKind.OTHER_YEAR)
    [line], [same] = result.counted, from_xlsx.counted
    assert line.number("outreach.female") == same.number("outreach.female")
    assert line.number("group.members") == same.number("group.members")


def test_a_submission_made_after_the_deadline_is_late(offices: tuple[Path, list[Database]],
                                                      tmp_path: Path) -> None:
    inbox, dbs = offices
    late = _workbook(dbs[2], tmp_path / "三民-晚.xlsx", dt.datetime(2027, 2, 3, 9, 0, tzinfo=TZ))
    out = tmp_path / "city.xlsx"
    result = city.consolidate_to([inbox / "01.xlsx", late], THIS_YEAR, out, EXPECTED,
                                 today=TODAY, due=dt.date(2027, 1, 31))
    [flag] = _flags(result, FlagKind.LATE)
    assert flag.office == "高雄市三民區公所" and "116/01/31" in flag.text
    rows = {r[0]: r for r in load_workbook(out)["各機關一覽"].iter_rows(min_row=3, values_only=True)}
    assert "逾期提交" in str(rows["高雄市三民區公所"][4])
    assert "逾期提交" not in str(rows["高雄市鳳山區公所"][4] or "")


def test_a_bad_deadline_is_refused_and_nothing_written(offices: tuple[Path, list[Database]],
                                                       tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from gmdesk.cli import main

    inbox, _ = offices
    out = tmp_path / "city.xlsx"
    assert main(["city", "consolidate", "--year", "115", "--out", str(out), "--due", "116/2/30",
                 str(inbox)]) == 1
    assert "116/2/30" in capsys.readouterr().err
    assert not out.exists()


def test_running_again_into_the_inbox_skips_its_own_output(offices: tuple[Path, list[Database]],
                                                           tmp_path: Path) -> None:
    inbox, _ = offices
    folder = tmp_path / "inbox"
    shutil.copytree(inbox, folder)
    out = folder / "city-115.xlsx"
    city.consolidate_to([folder], THIS_YEAR, out, EXPECTED, today=TODAY)
    again = city.consolidate_to([folder], THIS_YEAR, out, EXPECTED, today=TODAY)
    assert not _flags(again, FlagKind.NOT_SUBMISSION)
    assert again.files_read == 3


def test_an_empty_folder_is_refused_with_what_to_do(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from gmdesk.cli import main

    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "city.xlsx"
    assert main(["city", "consolidate", "--year", "115", "--out", str(out), str(empty)]) == 1
    assert "沒有找到任何提交檔" in capsys.readouterr().err
    assert not out.exists()


def test_reading_a_submission_leaves_nothing_for_the_cyclic_collector(
        offices: tuple[Path, list[Database]]) -> None:
    """openpyxl's unfinished XML iterators are freed with the file, so consolidating 38 files
    in a process holding a large office keeps one file's worth, not 38 (bench: city-memory)."""
    import gc

    from gmdesk.workbooks.submission import read_submission

    inbox, _dbs = offices
    path = sorted(inbox.glob("*.xlsx"))[0]
    read_submission(path)  # imports and caches out of the way
    gc.collect()
    gc.disable()
    try:
        found = read_submission(path)
        left = gc.collect()  # what the collector would still have to find
    finally:
        gc.enable()
    assert found.intact and left == 0
