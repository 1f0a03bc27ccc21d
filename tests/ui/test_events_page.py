"""The CEDAW宣導與措施 page: list, form, counting status, photos and the results report."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlite_utils import Database

from gmdesk.domain.model import EventKind
from gmdesk.services import events as svc
from tests.conftest import TODAY


def jpeg(size: tuple[int, int], colour: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def page(qtbot: Any, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from gmdesk.ui.context import AppContext
    from gmdesk.ui.pages.events import page as module
    from gmdesk.ui.runner import SyncRunner

    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    shown: list[Path] = []
    warnings: list[str] = []
    monkeypatch.setattr(module, "show_pdf", lambda parent, path, *_: shown.append(path))
    widget = module.EventsPage(ctx)
    widget._warn = lambda title, text: warnings.append(text)  # type: ignore[method-assign]
    widget._confirm = lambda title, text: True  # type: ignore[method-assign]
    widget.shown = shown  # type: ignore[attr-defined]
    widget.warnings = warnings  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    return widget


def titles(page: Any) -> list[str]:
    return [r.event.title for r in page.model.records()]


def test_lists_the_year_and_counts_only_external_cedaw_sessions(page: Any) -> None:
    assert titles(page) == ["婦女節CEDAW闖關活動", "同仁CEDAW讀書會", "里民大會提供臨時托育服務"]
    assert "本年度對外宣導 1/2 場" in page.status.text()
    internal = next(r for r in page.model.records() if r.event.title == "同仁CEDAW讀書會")
    assert "內部同仁" in internal.reason
    page.kind_filter.setCurrentIndex(2)
    assert titles(page) == ["里民大會提供臨時托育服務"]


def test_focus_record_selects_the_event_with_its_photos_and_screenshot(page: Any,
                                                                       demo_db: Database) -> None:
    event = next(e for e in svc.list_year(demo_db, 115) if e.title == "婦女節CEDAW闖關活動")
    page.focus_record(str(event.id))
    assert page.form.title_edit.text() == "婦女節CEDAW闖關活動"
    assert page.form.audience_boxes["一般民眾"].isChecked()
    assert page.form.refs_list.count() == 2
    assert page.photos.strip.count() == len(svc.list_photos(demo_db, event.id)) > 0
    assert page.form.total_label.text() == f"合計 {event.total} 人"
    page.grab().save("/tmp/events_page.png")


def test_a_new_external_session_is_saved_and_counted(page: Any, demo_db: Database) -> None:
    page.new_event(EventKind.CEDAW)
    page.form.start_edit.setText("115/10/3")
    page.form.title_edit.setText("社區CEDAW說明會")
    page.form.place_edit.setText("港口里活動中心")
    page.form.audience_boxes["村里長"].setChecked(True)
    page.form.method_boxes["說明會"].setChecked(True)
    page.form.pick_combo.setCurrentIndex(6)  # 第7條
    page.form._add_picked()
    page.form.round_spin.setValue(4)
    page.form.paragraph_spin.setValue(12)
    page.form._add_observation()
    page.form.male_spin.setValue(10)
    page.form.female_spin.setValue(15)
    assert page.form.total_label.text() == "合計 25 人"
    assert page.save()
    saved = next(e for e in svc.list_year(demo_db, 115) if e.title == "社區CEDAW說明會")
    assert saved.cedaw_refs == ("第7條 政治與公共生活", "第4次國家報告結論性意見第12點")
    assert "本年度對外宣導 2/2 場" in page.status.text()
    assert not page.error.isVisible()


def test_bad_input_is_shown_next_to_the_form_and_nothing_is_saved(page: Any,
                                                                  demo_db: Database) -> None:
    before = len(svc.list_year(demo_db, 115))
    page.new_event(EventKind.CEDAW)
    page.form.start_edit.setText("114/5/1")  # outside the year in view (115)
    page.form.title_edit.setText("跨年度錯誤")
    page.form.audience_boxes["一般民眾"].setChecked(True)
    assert not page.save()
    assert page.error.isVisible() and "不在115年度內" in page.error.text()
    page.form.start_edit.setText("115/2/30")
    assert not page.save()
    assert "2月沒有30日" in page.error.text()
    assert len(svc.list_year(demo_db, 115)) == before


def test_dropped_photos_are_added_downscaled_and_bad_ones_reported(page: Any, demo_db: Database,
                                                                    tmp_path: Path) -> None:
    measure = next(e for e in svc.list_year(demo_db, 115) if e.kind is EventKind.MEASURE)
    page.focus_record(str(measure.id))
    assert page.photos.strip.count() == 0
    big = tmp_path / "big.jpg"
    big.write_bytes(jpeg((3000, 2000)))
    gif = tmp_path / "poster.gif"
    from PIL import Image

    Image.new("RGB", (50, 50)).save(gif, "GIF")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(big)), QUrl.fromLocalFile(str(gif))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.photos.strip.dropEvent(drop)
    photos = svc.list_photos(demo_db, measure.id)
    assert len(photos) == 1 and max(photos[0].width, photos[0].height) == 1600
    assert page.photos.strip.count() == 1
    assert any("請先轉存為 JPG" in w for w in page.warnings)
    page.photos.caption_edit.setText("托育區照片")
    page.photos.save_caption()
    assert svc.list_photos(demo_db, measure.id)[0].caption == "托育區照片"


def test_photos_reorder_and_remove(page: Any, demo_db: Database) -> None:
    event = next(e for e in svc.list_year(demo_db, 115) if e.title == "婦女節CEDAW闖關活動")
    page.focus_record(str(event.id))
    first, second = (p.id for p in svc.list_photos(demo_db, event.id)[:2])
    page.photos.strip.setCurrentRow(0)
    page.photos.move_photo(1)
    order = [p.id for p in svc.list_photos(demo_db, event.id)]
    assert order[:2] == [second, first]
    assert page.photos.strip.currentRow() == 1
    count = len(order)
    page.photos.remove_photo()
    assert len(svc.list_photos(demo_db, event.id)) == count - 1
    assert page.photos.strip.count() == count - 1


def test_preview_writes_the_results_report(page: Any, demo_db: Database) -> None:
    event = next(e for e in svc.list_year(demo_db, 115) if e.title == "婦女節CEDAW闖關活動")
    page.focus_record(str(event.id))
    out = page.preview_report()
    assert out is not None and out.exists() and page.shown == [out]
    page.preview_year()
    assert len(page.shown) == 2 and page.shown[1].stat().st_size > 0


def test_delete_moves_the_event_to_the_trash(page: Any, demo_db: Database) -> None:
    from gmdesk.storage import trash

    event = next(e for e in svc.list_year(demo_db, 115) if e.title == "同仁CEDAW讀書會")
    page.focus_record(str(event.id))
    page.delete_current()
    assert "同仁CEDAW讀書會" not in titles(page)
    assert any(item.table_name == "event" for item in trash.list_trash(demo_db))


def test_choosing_another_event_asks_about_unsaved_edits(page: Any, demo_db: Database) -> None:
    from gmdesk.ui.editor import Answer

    first, second = page.model.records()[0].event, page.model.records()[1].event
    page.focus_record(str(first.id))
    page.form.title_edit.setText("改過的名稱")
    questions: list[Answer] = []
    page.ask_unsaved = lambda: questions.append(Answer.CANCEL) or Answer.CANCEL
    page.table.selectRow(1)
    assert questions and page.form.title_edit.text() == "改過的名稱"  # 取消 keeps the edit
    assert page.current.id == first.id and page.dirty
    page.ask_unsaved = lambda: Answer.DISCARD
    page.table.selectRow(1)
    assert page.form.title_edit.text() == second.title and not page.dirty
    assert svc.get_event(demo_db, first.id).title == first.title  # 放棄 saved nothing


def test_photos_are_stored_on_the_worker_connection_and_every_view_hears_it(
        qtbot: Any, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    from gmdesk.ui.context import AppContext, Change
    from gmdesk.ui.pages.events import EventsPage
    from gmdesk.ui.runner import Runner

    ctx = AppContext(demo_db, demo_path, 115, Runner(), today=lambda: TODAY)
    heard: list[Change] = []
    ctx.listen(Change.EVENTS, heard.append)
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    measure = next(e for e in svc.list_year(demo_db, 115) if e.kind is EventKind.MEASURE)
    page.focus_record(str(measure.id))
    photo = tmp_path / "托育區.jpg"
    photo.write_bytes(jpeg((800, 600)))
    page.photos.add_photo_files([photo])
    qtbot.waitUntil(lambda: page.photos.strip.count() == 1, timeout=10000)
    assert len(svc.list_photos(demo_db, measure.id)) == 1
    assert heard == [Change.EVENTS]
    assert "1" in page.model.data(page.model.index(
        next(r for r in range(page.model.rowCount())
             if "托育" in str(page.model.data(page.model.index(r, 2)))), 4))
