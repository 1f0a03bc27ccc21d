"""執行小組: the roster as of any date, the member editor, live composition findings, filings."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import group as group_rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import format_short
from gmdesk.services import group as service
from gmdesk.services import people as people_service
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import EditorPage
from gmdesk.ui.pages.group.filing_box import FilingBox
from gmdesk.ui.pages.group.member_form import MemberForm
from gmdesk.ui.runner import error_message
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.forms import DateEdit, FindingsView, findings_html
from gmdesk.ui.widgets.tables import EmptyHint, Fit, table

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

ROW_COLOURS = {  # the roster's row background by membership state, never by its label
    group_rules.MembershipState.TERM_ENDED: "#ffebee",
    group_rules.MembershipState.TERM_ENDING: "#fff8e1",
    group_rules.MembershipState.NOT_STARTED: "#eeeeee",
    group_rules.MembershipState.LEFT: "#eeeeee",
}


class GroupPage(EditorPage):
    """The roster on the left, the member being edited and the filings on the right."""

    writes = Change.GROUP | Change.PEOPLE  # a new member may be a new person

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._asked = 0  # the latest roster asked of the runner; older answers are dropped
        self._loaded = 0  # the latest answer shown
        self._focus: int | None = None  # a membership to open once the roster has arrived
        self._preview_due = False  # the draft's findings wait for the form to be filled
        self.as_of = DateEdit(self.tr("查詢日期"), "as_of", required=False)
        self.as_of.setToolTip(self.tr("顯示此日期在任的成員及組成檢核"))
        as_of_label = QLabel(self.tr("查詢日期(&D)"))
        as_of_label.setBuddy(self.as_of)
        today_button = QPushButton(self.tr("今天(&T)"))
        today_button.clicked.connect(self._go_today)
        self.history = QCheckBox(self.tr("顯示歷任成員(&H)"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("篩選姓名、單位、角色（Ctrl+F）"))
        self.filter.setClearButtonEnabled(True)
        top = QHBoxLayout()
        for widget in (as_of_label, self.as_of, today_button, self.history):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.filter, 1)

        state = group_rules.MembershipState
        self._state_labels = {
            state.NOT_STARTED: self.tr("尚未就任"), state.SERVING: self.tr("在任"),
            state.TERM_ENDING: self.tr("任期將屆滿"), state.TERM_ENDED: self.tr("任期已屆滿"),
            state.LEFT: self.tr("已離任"),
        }
        self._warning_days = settings_service.preset_for(ctx.db, ctx.year).term_warning_days
        self.model: RecordTableModel[service.RosterRow] = RecordTableModel([
            Column(self.tr("姓名"), lambda r: r.person.name),
            Column(self.tr("性別"), lambda r: wording.label(r.person.gender)),
            Column(self.tr("單位"), lambda r: r.unit or (self.tr("府外") if r.person.external
                                                       else "")),
            Column(self.tr("職稱"), lambda r: r.person.title),
            Column(self.tr("角色"), lambda r: wording.role_text(r.membership)),
            Column(self.tr("聘任日"), lambda r: format_short(r.membership.start),
                   sort_key=lambda r: r.membership.start.toordinal()),
            Column(self.tr("任期屆滿"), lambda r: _short(r.membership.term_end),
                   sort_key=lambda r: _ordinal(r.membership.term_end)),
            Column(self.tr("離任日"), lambda r: _short(r.membership.end),
                   sort_key=lambda r: _ordinal(r.membership.end)),
            Column(self.tr("狀態"), lambda r: self._state_labels[self._state(r)]),
        ], self)
        self.model.highlight = lambda r: ROW_COLOURS.get(self._state(r))
        self.list_model = self.model
        # state, term dates and names fit their text; 角色 is capped (whole text in a tooltip)
        # so 聘任日, 任期屆滿 and 狀態 are in view at 1366 px without scrolling
        self.table = table(self.model, [Fit.CONTENT] * 4 + [140] + [Fit.CONTENT] * 4,
                           sortable=True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._edit_selected())
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "沒有符合的成員：可改查詢日期，或勾選「顯示歷任成員」。") if self.model.all_records()
            else self.tr("尚無小組成員：在右側「成員資料」填寫後按「儲存」。"))
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight:bold")
        self.findings = FindingsView(self.tr("組成符合規定"))
        findings_box = QGroupBox(self.tr("組成檢核"))
        findings_scroll = QScrollArea()
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setWidget(self.findings)
        QVBoxLayout(findings_box).addWidget(findings_scroll)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(findings_box, 2)

        self.form = MemberForm(self._draft_changed, self._person_changed)
        f = self.form
        self.person, self.name, self.gender, self.title = f.person, f.name, f.gender, f.title
        self.start, self.term_end, self.end = f.start, f.term_end, f.end
        self.preview = FindingsView(self.tr("組成符合規定"))
        self.new_button = QPushButton(self.tr("新增成員(&N)"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_record)
        self.save_button = QPushButton(self.tr("儲存(&S)"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.leave_button = QPushButton(self.tr("登錄離任(&E)"))
        self.leave_button.clicked.connect(self.end_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        member_box = QGroupBox(self.tr("成員資料"))
        member_layout = QVBoxLayout(member_box)
        member_layout.addWidget(self.form)
        member_layout.addWidget(self.error)
        member_layout.addLayout(buttons)
        member_layout.addWidget(QLabel(self.tr("儲存後的組成（即時檢核）：")))
        member_layout.addWidget(self.preview)
        self.filing = FilingBox(self.record_filing)
        self.filings = self.filing.filings

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(member_box)
        right_layout.addWidget(self.filing)
        right_layout.addStretch(1)
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setWidget(right)
        right_scroll.setMinimumWidth(400)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 400])  # the roster first: its columns in view, English too
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.as_of.editingFinished.connect(self.refresh)
        self.history.toggled.connect(lambda _on: self.refresh())
        self.history.toggled.connect(self._show_left_column)
        self._show_left_column(False)
        self.filter.textChanged.connect(lambda text: self.model.set_filter(text, self._visible))
        ctx.year_changed.connect(ctx.when_shown(self, lambda _y: self._go_today()))
        ctx.listen(Change.GROUP | Change.PEOPLE | Change.OFFICE, self._on_data_changed)
        for button in (self.new_button, self.save_button, self.leave_button):
            button.setEnabled(not ctx.readonly)
        self.form.set_readonly(ctx.readonly)
        self.filing.set_readonly(ctx.readonly)
        self._go_today()
        self.present(self.blank_draft(), None)

    def noun(self) -> str:
        return self.tr("這位成員")

    def field_widget(self, field: str) -> QWidget | None:
        f = self.form
        return {"name": f.name, "gender": f.gender, "person": f.person, "post": f.post,
                "committee": f.committee, "start": f.start, "term_end": f.term_end,
                "end": f.end}.get(field)

    def _show_left_column(self, history: bool) -> None:
        """離任日 is empty for serving members: shown only with 顯示歷任成員."""
        self.table.setColumnHidden(7, not history)

    # --- view ---------------------------------------------------------------------------
    def day(self) -> dt.date:
        """Return the as-of date; today (inside the year in view) when the field is unreadable."""
        try:
            value = self.as_of.date()
        except InputError:
            value = None
        return value or self._default_day()

    def _default_day(self) -> dt.date:
        today = self.ctx.today()
        if today.year - 1911 == self.ctx.year:
            return today
        return dt.date(self.ctx.year + 1911, 12, 31)

    def _go_today(self) -> None:
        self.as_of.set_date(self._default_day())
        self.refresh()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _on_data_changed(self, _what: Change) -> None:
        self.refresh()  # the roster and findings; the form keeps an unsaved edit

    def _visible(self, row: service.RosterRow) -> bool:
        return self.history.isChecked() or row.serving_on(self.day())

    def _state(self, row: service.RosterRow) -> group_rules.MembershipState:
        return group_rules.membership_state(row.membership, self.day(), self._warning_days)

    def refresh(self) -> None:
        """Reload the roster, the people list and the findings for the as-of date, through
        the runner (its own connection); the page shows them when the answer comes."""
        day, outside = self.day(), self.tr("府外")
        self._asked += 1
        asked = self._asked

        def task(db: Database, _progress: object) -> tuple[service.GroupView,
                                                           list[people_service.PersonRow]]:
            view = service.group_view(db, day)
            return view, people_service.person_rows(db, view.people, outside=outside)

        def done(answer: tuple[service.GroupView, list[people_service.PersonRow]]) -> None:
            if asked == self._asked:
                self._loaded = asked
                self._show_view(*answer)

        self.ctx.runner.op(task, done, self.tr("整理執行小組名單…"), quiet=True)

    def _show_view(self, view: service.GroupView,
                   person_rows: list[people_service.PersonRow]) -> None:
        day = view.day
        self._warning_days = view.warning_days  # the preset of the as-of day's year
        self.model.set_records(view.roster)
        self.model.set_filter(self.filter.text(), self._visible)
        count = group_rules.composition(view.seats)
        self.summary.setText(
            self.tr("%1 在任成員 %2 人（男 %3、女 %4、其他 %5）")
            .replace("%1", format_short(day)).replace("%2", str(count.total))
            .replace("%3", str(count.male)).replace("%4", str(count.female))
            .replace("%5", str(count.other)))
        self.findings.show_findings(view.findings)
        with self.loading():
            self.form.person.set_choices((row.label, row.person.id) for row in person_rows)
            self.form.unit.set_choices((name, uid) for uid, name in view.units.items())
        self.filings.setText("\n".join(
            wording.gap().join((format_short(f.filed_on), wording.label_of(
                'filing_rule', f.rule, group_rules.RULE_LABELS.get(f.rule, f.rule)), f.doc_no))
            for f in view.filings) or self.tr("本年度尚無報備紀錄"))
        self._select(self.record_id)
        with self.loading():  # new rows are not an edit: the form stays as clean as it was
            self._draft_changed()
        self._flush_preview()
        focus, self._focus = self._focus, None
        if focus is not None:  # asked for (and the leaving confirmed) before the rows came
            self._open_member(focus)

    def _select(self, membership_id: int | None) -> None:
        with self.loading():
            for row, record in enumerate(self.model.records()):
                if record.membership.id == membership_id:
                    self.table.selectRow(row)
                    return
            self.table.clearSelection()

    def focus_record(self, record: str) -> None:
        """Select a membership by id (a target "group" needs nothing more)."""
        if record.isdigit() and self.confirm_leave():
            self.history.setChecked(True)
            if self._loaded != self._asked:  # the roster is on its way: open it when it is here
                self._focus = int(record)
                return
            self._open_member(int(record))

    def _open_member(self, membership_id: int) -> None:
        self._select(membership_id)
        self.open_record(membership_id)

    def _edit_selected(self) -> None:
        if self._loading:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            return
        membership_id = self.model.record(index.row()).membership.id
        if membership_id == self.record_id:
            return
        if not self.confirm_leave():
            self._select(self.record_id)
            return
        self._select(membership_id)
        self.open_record(membership_id)

    # --- the editor hooks -----------------------------------------------------------------
    def new_member(self) -> None:
        self.new_record()

    def new_record(self) -> None:
        if self.ctx.readonly or not self.confirm_leave():
            return
        self.present(self.blank_draft(), None)
        self.table.clearSelection()
        self.form.person.setFocus()

    def blank_draft(self) -> Any:
        return None

    def load_draft(self, record_id: Any) -> Any:
        return next((r.membership for r in self.model.all_records()
                     if r.membership.id == record_id), None)

    def present(self, draft: Any, record_id: Any) -> None:
        super().present(draft, record_id)
        self._flush_preview()

    def show_draft(self, draft: Any) -> None:
        self.form.show_membership(draft, format_short(self.day()))
        self._person_changed()

    def _person_changed(self) -> None:
        person_id = self.form.person.value()
        person = staff_service.get_person(self.ctx.db, person_id) if person_id is not None else None
        with self.loading():
            self.form.show_person(person)
        self._draft_changed()

    def draft(self) -> service.MemberInput:
        return self.form.draft()

    def _draft_changed(self) -> None:
        self.mark_dirty()
        self.form.update_enabled(self.ctx.readonly)
        if self._loading:  # a record being shown fires this per field: check it once, after
            self._preview_due = True
            return
        self._update_preview()

    def _flush_preview(self) -> None:
        if self._preview_due and self._loaded:  # before the roster: its answer checks it
            self._update_preview()

    def _update_preview(self) -> None:
        self._preview_due = False
        try:
            draft = self.draft()
        except InputError as exc:
            self.preview.setText(f"<span style='color:#c62828'>{html.escape(error_message(exc))}</span>")
            return
        findings = service.preview_findings(self.ctx.db, draft, self.record_id, self.day())
        self.preview.setText(findings_html(findings, self.tr("組成符合規定")))

    def write(self, draft: service.MemberInput, record_id: Any) -> int:
        membership_id = service.save_member(self.ctx.db, draft, record_id)
        self.ctx.status_message.emit(self.tr("成員資料已儲存"))
        return membership_id

    def end_selected(self) -> None:
        """Record that the selected member left on the date in 離任日 (or the as-of date)."""
        if self.record_id is None:
            self.error.show_error(self.tr("請先在左側名冊選擇要登錄離任的成員"))
            return
        try:
            day = self.form.end.date() or self.day()
            answer = QMessageBox.question(
                self, self.tr("登錄離任"),
                self.tr("將此成員登錄為於 %1 離任？其過去的出席紀錄會保留。")
                .replace("%1", format_short(day)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            service.end_membership(self.ctx.db, self.record_id, day)
        except InputError as exc:
            self.error.show_error(error_message(exc))
            return
        self.error.clear()
        self._dirty = False
        self.ctx.changed(Change.GROUP)
        self.open_record(self.record_id)

    def record_filing(self) -> None:
        """Record the filing with the city typed in the filing box."""
        box = self.filing
        try:
            day = box.date.date()
            assert day is not None
            service.record_filing(self.ctx.db, self.day().year - 1911, box.rule.value(), day,
                                  box.doc_no.text())
        except InputError as exc:
            self.error.show_error(error_message(exc))
            return
        self.error.clear()
        box.date.clear()
        box.doc_no.clear()
        self.ctx.changed(Change.GROUP)


def _short(day: dt.date | None) -> str:
    return format_short(day) if day else ""


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day else 0
