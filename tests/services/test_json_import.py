"""`import json` checks every value through the domain's parsers before anything is written."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gmdesk.cli import main
from gmdesk.services.office_data import export_json, import_json
from gmdesk.storage.db import open_db
from gmdesk.storage.dump import FormatError

TODAY = dt.date(2026, 11, 24)
Data = dict[str, Any]


@pytest.fixture(scope="module")
def exported(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Data:
    out = tmp_path_factory.mktemp("export") / "demo.json"
    db = open_db(demo_template, readonly=True)
    export_json(db, out)
    db.close()
    data: Data = json.loads(out.read_text(encoding="utf-8"))
    return data


def _set(table: str, column: str, value: object, row: int = 0) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        data["tables"][table][row][column] = value
    return change


def _no_office(data: Data) -> None:
    data["tables"]["office"] = []


def _leaves_before_start(data: Data) -> None:
    data["tables"]["employment"][0].update(start="2023-02-01", end="2022-01-31")


PNG = {"base64": base64.b64encode(b"this is not a picture").decode()}

CASES: list[tuple[str, Callable[[Data], None], str]] = [
    ("2023-02-29", _set("employment", "start", "2023-02-29"), r"employment.*start.*2023-02-29.*不是存在的日期"),
    ("2024-02-30", _set("membership", "start", "2024-02-30"), r"membership.*start.*不是存在的日期"),
    ("ROC text", _set("course", "day", "112/02/29"), r"course.*day.*112/02/29.*2025-03-05"),
    ("1900", _set("training", "day", "1900-01-01"), r"training.*day.*民國1年"),
    ("2099", _set("training", "day", "2099-01-01"), r"training.*day.*民國1年"),
    ("role", _set("membership", "role", "boss"), r"membership.*role.*boss.*convener"),
    ("category", _set("employment", "category", "intern"), r"employment.*category.*intern"),
    ("gender", _set("person", "gender", "未知"), r"person.*gender.*未知"),
    ("25:99", _set("meeting", "start", "25:99"), r"meeting.*start.*25:99.*14:30"),
    ("list", _set("event", "audiences", "民眾, 志工"), r"event.*audiences.*清單"),
    ("photo", _set("photo", "data", PNG), r"photo.*data.*不是圖片"),
    ("bad base64", _set("photo", "data", {"base64": "%%%"}), r"photo.*data.*base64"),
    ("yes", _set("membership", "committee", "yes"), r"membership.*committee.*yes.*1（是）"),
    ("NaN hours", _set("training", "hours", float("nan")), r"training.*hours.*NaN.*數字"),
    ("13 hours", _set("training", "hours", 13), r"training.*hours.*12 小時"),
    ("NUL", _set("person", "name", "王\x00小明"), r"person.*name.*控制字元"),
    ("huge", _set("person", "note", "字" * 131_072), r"person.*note.*131,072"),
    ("no office", _no_office, r"office.*一筆機關資料"),
    ("leaves first", _leaves_before_start, r"employment.*end.*早於開始日"),
    ("satisfaction", _set("training", "satisfaction", 9), r"training.*satisfaction.*1 到 5"),
]


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_value_is_refused_with_where_and_what_and_nothing_is_written(
        exported: Data, tmp_path: Path, case: str, change: Callable[[Data], None],
        expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy.deepcopy(exported)
    change(data)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "new.gmdesk"
    assert main(["import", "json", "--db", str(target), str(source)]) == 1
    err = capsys.readouterr().err
    assert re.search(expected, err, re.S), err[:600]
    assert "沒有寫入任何資料" in err and "Traceback" not in err
    assert not re.search(r"[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", err.replace("gmdesk export json", "")), err
    assert not target.exists()  # the file made for the import is removed again


def test_many_bad_values_show_twenty_lines_then_how_many_more(exported: Data, tmp_path: Path) -> None:
    data = copy.deepcopy(exported)
    for row in data["tables"]["training"][:25]:
        row["day"] = "2023-02-29"
    db = open_db(tmp_path / "new.gmdesk")
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        import_json(db, source, TODAY)
    lines = str(caught.value).splitlines()
    assert "25 個值不能匯入" in lines[0]
    assert len(lines) == 1 + 20 + 1 and lines[-1] == "…另有 5 筆錯誤"
    assert lines[1].startswith("資料表「培力紀錄」（training）第 1 筆，欄位 day：值 \"2023-02-29\"")
    assert db["training"].count == 0 and db["person"].count == 0
    db.close()


def test_json_nested_deeper_than_any_export_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    db = open_db(tmp_path / "new.gmdesk")
    with pytest.raises(FormatError, match="巢狀超過 32 層"):
        import_json(db, source, TODAY)
    source.write_text('{"format": "gmdesk-office", "version": 1, "tables": ' + "[" * 50 + "]" * 50 + "}",
                      encoding="utf-8")
    with pytest.raises(FormatError, match="巢狀超過 32 層"):
        import_json(db, source, TODAY)
    db.close()


def test_a_good_export_still_imports_whole(exported: Data, tmp_path: Path) -> None:
    source = tmp_path / "good.json"
    source.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    db = open_db(tmp_path / "new.gmdesk")
    counts = import_json(db, source, TODAY)
    assert counts["training"] == len(exported["tables"]["training"]) and db["photo"].count == 15
    db.close()
