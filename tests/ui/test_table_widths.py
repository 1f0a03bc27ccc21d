"""Columns sized from a sample of rows: every sampled text fits, as resizeColumnsToContents."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from gmdesk.ui.widgets.tables import Fit, fit_to_sample, set_up_table


def _view(qtbot: QtBot, rows: list[list[str]], sortable: bool = True) -> QTableView:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["姓名", "課程名稱", "時數"])
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    view = set_up_table(QTableView(), model, [Fit.FIXED] * 3, sortable=sortable)
    view.horizontalHeader().setStretchLastSection(False)
    qtbot.addWidget(view)
    return view


def test_sampled_widths_are_the_widths_qt_measures(qtbot: QtBot) -> None:
    rows = [["王小明", "性別主流化數位課程第12單元：CEDAW與性別平等", "3"],
            ["歐陽美麗", "性別影響評估", "12.5"]] * 60
    view = _view(qtbot, rows)
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    measured = [header.sectionSize(c) for c in range(3)]
    for column in range(3):
        header.resizeSection(column, 30)
    fit_to_sample(view)
    assert [header.sectionSize(c) for c in range(3)] == measured


def test_only_the_sample_is_read_and_a_long_title_is_never_cut(qtbot: QtBot) -> None:
    long = "性別平等與多元文化工作坊（含實作與分組討論）"
    view = _view(qtbot, [["王小明", long, "3"], *[["李大同", "短", "1"]] * 500,
                         ["陳", long * 3, "1"]], sortable=False)
    fit_to_sample(view, rows=100)
    width = view.horizontalHeader().sectionSize(1)
    assert width > view.fontMetrics().horizontalAdvance(long)  # row 1 is in the sample
    assert width < view.fontMetrics().horizontalAdvance(long * 3)  # row 502 is not read


def test_content_columns_follow_their_rows_without_qt_measuring_every_cell(qtbot: QtBot) -> None:
    from gmdesk.ui.table_model import Column, RecordTableModel

    long = "性別平等與多元文化工作坊（含實作與分組討論）"
    model: RecordTableModel[tuple[str, str]] = RecordTableModel(
        [Column("姓名", lambda r: r[0]), Column("課程名稱", lambda r: r[1])])
    view = set_up_table(QTableView(), model, [Fit.CONTENT, Fit.STRETCH])
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    assert header.sectionResizeMode(0) == header.ResizeMode.Interactive  # measured by gmdesk
    model.set_records([("歐陽美麗", "短"), ("王", long)])
    fitted = header.sectionSize(0)
    assert fitted > view.fontMetrics().horizontalAdvance("歐陽美麗") > 0
    model.set_records([(long, "短")])  # longer text: wider, as Qt's own ResizeToContents
    assert header.sectionSize(0) > view.fontMetrics().horizontalAdvance(long)
    model.set_filter("沒有這個字")  # nothing shown: back to the title's width
    assert header.sectionSize(0) < fitted
