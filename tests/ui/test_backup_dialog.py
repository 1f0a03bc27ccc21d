import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gmdesk.services import safety
from gmdesk.storage import lock
from gmdesk.ui.backup_dialog import BackupDialog
from gmdesk.ui.lock_dialog import CANCEL, CLEAR, READONLY, LockDialog

NOW = dt.datetime(2026, 11, 24, 9, 0)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=7)
        return self.now


def make_session(demo_path: Path, tmp_path: Path) -> safety.Session:
    opened = safety.open_for_app(demo_path, NOW - dt.timedelta(days=3), folder=tmp_path / "backups")
    safety.backup_now(opened, NOW - dt.timedelta(days=1), "close")
    return safety.Session(opened, Clock())


def test_the_dialog_lists_backups_backs_up_and_restores(qtbot: QtBot, qapp: object, demo_path: Path,
                                                         tmp_path: Path) -> None:
    session = make_session(demo_path, tmp_path)
    questions: list[str] = []
    dialog = BackupDialog(demo_path, session, confirm=lambda q: questions.append(q) or True,
                          choose_folder=lambda current: tmp_path / "usb")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 0).data() == "115/11/23 09:00"
    assert dialog.model.index(0, 1).data() == "自動（關閉時）"
    people = session.db["person"].count
    assert dialog.model.index(0, 2).data() == str(people) or dialog.model.index(0, 2).data() == people
    assert not dialog.restore_button.isEnabled()

    dialog.backup_button.click()
    assert dialog.model.rowCount() == 3 and "檢查通過" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "backup_dialog.png"))
    Path("/tmp/gmdesk_backup_dialog.png").write_bytes((tmp_path / "backup_dialog.png").read_bytes())

    session.db.execute("DELETE FROM training")
    restored: list[bool] = []
    dialog.restored.connect(lambda: restored.append(True))
    oldest = dialog.model.rowCount() - 1
    dialog.table.selectRow(oldest)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert restored == [True] and "目前的資料會先另存一份備份" in questions[0]
    assert session.db["training"].count > 0  # the session's new connection holds the backup
    assert any(b.reason == "restore" for b in session.list_backups())

    dialog.folder_button.click()
    assert session.folder() == tmp_path / "usb"
    assert "usb" in dialog.folder_label.text() and dialog.model.rowCount() == 0
    session.close()


def test_the_lock_dialog_names_who_and_offers_read_only(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    holder = lock.LockInfo("chen.mh", "KHH-PC-023", 4242, NOW, NOW, "t")
    dialog = LockDialog(tmp_path / "office.gmdesk", holder, stale=False)
    qtbot.addWidget(dialog)
    text = dialog.text() + dialog.informativeText()
    assert "chen.mh" in text and "KHH-PC-023" in text and "115/11/24 09:00" in text
    assert dialog.clear_button is None  # a live holder's lock cannot be cleared
    dialog.show()
    dialog.grab().save("/tmp/gmdesk_lock_dialog.png")
    dialog.readonly_button.click()
    assert dialog.choice == READONLY


def test_a_stale_lock_is_cleared_only_after_confirming(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    holder = lock.LockInfo("chen.mh", "KHH-PC-023", 4242, NOW, NOW, "t")
    answers = [False, True]
    dialog = LockDialog(tmp_path / "office.gmdesk", holder, stale=True, confirm=lambda q: answers.pop(0))
    qtbot.addWidget(dialog)
    assert dialog.clear_button is not None and "已失效" in dialog.informativeText()
    dialog.show()
    dialog.grab().save("/tmp/gmdesk_lock_dialog_stale.png")
    dialog.clear_button.click()
    assert dialog.choice == CANCEL
    dialog.clear_button.click()
    assert dialog.choice == CLEAR
    assert isinstance(dialog, QMessageBox)
