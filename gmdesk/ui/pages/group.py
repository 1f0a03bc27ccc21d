"""執行小組: the roster with its history, the member form and the composition checked as you type."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import group as group_rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import (
    POST_LABELS,
    ROLE_LABELS,
    Gender,
    Membership,
    PersonId,
    Role,
    UnitId,
)
from gmdesk.domain.rocdate import format_short
from gmdesk.services import group as service
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import UnsavedGuard
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.dates import date_field, read_date
from gmdesk.ui.widgets.findings import findings_html

ROW_COLOURS = {  # the roster's row background by membership state
    group_rules.MembershipState.TERM_ENDED: "#ffebee",
    group_rules.MembershipState.TERM_ENDING: "#fff8e1",
    group_rules.MembershipState.NOT_STARTED: "#eeeeee",
    group_rules.MembershipState.LEFT: "#eeeeee",
}


class GroupPage(QWidget):
    """The roster as of any date, a member form and live composition findings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = UnsavedGuard(self, self.tr("成員資料"), lambda: self.save(),
                                  discard=lambda: self._revert(), filling=lambda: self._loading)
        self.ctx = ctx
        self.guard.readonly = ctx.readonly
        self._membership_id: int | None = None
        self._loading = False

        # --- top bar ---
        self.as_of = date_field()
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
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        top.addWidget(today_button)
        top.addWidget(self.history)
        top.addStretch(1)
        top.addWidget(self.filter, 1)

        # --- roster ---
        State = group_rules.MembershipState
        self._state_labels = {
            State.NOT_STARTED: self.tr("尚未就任"), State.SERVING: self.tr("在任"),
            State.TERM_ENDING: self.tr("任期將屆滿"), State.TERM_ENDED: self.tr("任期已屆滿"),
            State.LEFT: self.tr("已離任"),
        }
        self._warning_days = settings_service.preset_for(self.ctx.db, self.ctx.year) \
            .term_warning_days
        self.model: RecordTableModel[service.RosterRow] = RecordTableModel([
            Column(self.tr("姓名"), lambda r: r.person.name),
            Column(self.tr("性別"), lambda r: r.person.gender.label),
            Column(self.tr("單位"), lambda r: r.unit or (self.tr("府外") if r.person.external
                                                       else "")),
            Column(self.tr("職稱"), lambda r: r.person.title),
            Column(self.tr("角色"), lambda r: r.role_text),
            Column(self.tr("聘任日"), lambda r: format_short(r.membership.start),
                   sort_key=lambda r: r.membership.start.toordinal()),
            Column(self.tr("任期屆滿"), lambda r: _short(r.membership.term_end),
                   sort_key=lambda r: _ordinal(r.membership.term_end)),
            Column(self.tr("離任日"), lambda r: _short(r.membership.end),
                   sort_key=lambda r: _ordinal(r.membership.end)),
            Column(self.tr("狀態"), self._state_text),
        ], self)
        self.model.highlight = self._row_colour
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._edit_selected())
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight:bold")
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop)
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

        # --- member form ---
        self.person = QComboBox()
        self.name = QLineEdit()
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(self.tr(gender.label), gender.value)
        self.title = QLineEdit()
        self.unit = QComboBox()
        self.external = QCheckBox(self.tr("府外人士"))
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), role.value)
        self.post = QComboBox()
        self.post.addItem("", "")
        for code, label in POST_LABELS.items():
            self.post.addItem(self.tr(label), code)
        self.committee = QCheckBox(self.tr("現任或曾任婦權會委員"))
        self.start = date_field()
        self.term_end = date_field()
        self.end = date_field(self.tr("在任免填"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("人員(&P)"), self.person), (self.tr("姓名"), self.name),
            (self.tr("性別"), self.gender), (self.tr("職稱"), self.title),
            (self.tr("單位"), self.unit), ("", self.external), (self.tr("角色(&R)"), self.role),
            (self.tr("當然成員職務"), self.post), ("", self.committee),
            (self.tr("聘任日"), self.start), (self.tr("任期屆滿日"), self.term_end),
            (self.tr("離任日"), self.end),
        ):
            if text:
                buddy = QLabel(text)
                buddy.setBuddy(widget)
                form.addRow(buddy, widget)
            else:
                form.addRow(widget)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color:#c62828;font-weight:bold")
        self.error.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QPushButton(self.tr("新增成員(&N)"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_member)
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
        member_layout.addLayout(form)
        member_layout.addWidget(self.error)
        member_layout.addLayout(buttons)
        preview_title = QLabel(self.tr("儲存後的組成（即時檢核）："))
        member_layout.addWidget(preview_title)
        member_layout.addWidget(self.preview)

        # --- filing with the city ---
        self.filing_rule = QComboBox()
        for code, label in group_rules.RULE_LABELS.items():
            self.filing_rule.addItem(self.tr(label), code)
        self.filing_date = date_field()
        self.filing_no = QLineEdit()
        self.filings = QLabel()
        self.filings.setWordWrap(True)
        filing_button = QPushButton(self.tr("登錄報備(&F)"))
        filing_button.clicked.connect(self.record_filing)
        filing_form = QFormLayout()
        filing_form.addRow(self.tr("無法符合之規定"), self.filing_rule)
        filing_form.addRow(self.tr("報市府備查日期"), self.filing_date)
        filing_form.addRow(self.tr("文號"), self.filing_no)
        filing_box = QGroupBox(self.tr("報市府備查（當然成員致無法符合三分之一原則時）"))
        filing_layout = QVBoxLayout(filing_box)
        filing_layout.addLayout(filing_form)
        filing_layout.addWidget(filing_button, 0, Qt.AlignmentFlag.AlignRight)
        filing_layout.addWidget(self.filings)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(member_box)
        right_layout.addWidget(filing_box)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_member)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)

        self.as_of.editingFinished.connect(self.refresh)
        self.history.toggled.connect(lambda _on: self.refresh())
        self.filter.textChanged.connect(lambda text: self.model.set_filter(text, self._visible))
        self.person.currentIndexChanged.connect(lambda _i: self._person_changed())
        for combo in (self.gender, self.unit, self.role, self.post):
            combo.currentIndexChanged.connect(lambda _i: self._draft_changed())
        for edit in (self.name, self.title, self.start, self.term_end, self.end):
            edit.textChanged.connect(lambda _t: self._draft_changed())
        for box in (self.external, self.committee):
            box.toggled.connect(lambda _on: self._draft_changed())
        for widget in (self.person, self.gender, self.unit, self.role, self.post, self.name,
                       self.title, self.start, self.term_end, self.end, self.external,
                       self.committee):
            self.guard.watch(widget)
        ctx.year_changed.connect(ctx.when_shown(self, lambda _y: self._go_today()))
        ctx.listen(Change.GROUP | Change.PEOPLE | Change.OFFICE, self._on_data_changed)
        for button in (self.new_button, self.save_button, self.leave_button, filing_button):
            button.setEnabled(not ctx.readonly)
        self._go_today()
        self.new_member()

    # --- view ---------------------------------------------------------------------------
    def day(self) -> dt.date:
        """Return the as-of date; today (inside the year in view) when the field is unreadable."""
        try:
            value = read_date(self.as_of, self.tr("查詢日期"), "as_of", required=False)
        except InputError:
            value = None
        return value or self._default_day()

    def _default_day(self) -> dt.date:
        today = self.ctx.today()
        if today.year - 1911 == self.ctx.year:
            return today
        return dt.date(self.ctx.year + 1911, 12, 31)

    def _go_today(self) -> None:
        self.as_of.setText(format_short(self._default_day()))
        self.refresh()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _on_data_changed(self, _what: Change) -> None:
        self.refresh()

    def _visible(self, row: service.RosterRow) -> bool:
        return self.history.isChecked() or row.serving_on(self.day())

    def _state(self, row: service.RosterRow) -> group_rules.MembershipState:
        return group_rules.membership_state(row.membership, self.day(), self._warning_days)

    def _state_text(self, row: service.RosterRow) -> str:
        return self._state_labels[self._state(row)]

    def _row_colour(self, row: service.RosterRow) -> str | None:
        return ROW_COLOURS.get(self._state(row))

    def refresh(self) -> None:
        """Reload the roster, the people list and the findings for the as-of date."""
        day = self.day()
        selected = self._membership_id
        self._warning_days = settings_service.preset_for(
            self.ctx.db, day.year - 1911).term_warning_days
        self.model.set_records(service.roster(self.ctx.db))
        self.model.set_filter(self.filter.text(), self._visible)
        seats = service.seats_on(self.ctx.db, day)
        count = group_rules.composition(seats)
        self.summary.setText(
            self.tr("%1 在任成員 %2 人（男 %3、女 %4、其他 %5）")
            .replace("%1", format_short(day)).replace("%2", str(count.total))
            .replace("%3", str(count.male)).replace("%4", str(count.female))
            .replace("%5", str(count.other)))
        self.findings.setText(findings_html(service.composition_findings(self.ctx.db, day),
                                            self.tr("組成符合規定")))
        self._fill_people()
        filings = service.list_filings(self.ctx.db, day.year - 1911)
        self.filings.setText("\n".join(
            f"{format_short(f.filed_on)}　{group_rules.RULE_LABELS.get(f.rule, f.rule)}　{f.doc_no}"
            for f in filings) or self.tr("本年度尚無報備紀錄"))
        if selected is not None:
            self._select(selected)
        self._draft_changed()

    def _fill_people(self) -> None:
        self._loading = True
        current = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("（新增人員）"), None)
        units = settings_service.unit_names(self.ctx.db)
        for person in sorted(staff_service.list_people(self.ctx.db),
                             key=lambda p: (units.get(p.unit_id or 0, "~"), p.name)):
            unit = units.get(person.unit_id or 0, self.tr("府外") if person.external else "")
            self.person.addItem(f"{person.name}　{unit}{person.title}", person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.unit.clear()
        self.unit.addItem("", None)
        for unit_id, name in units.items():
            self.unit.addItem(name, unit_id)
        self._loading = False

    def _select(self, membership_id: int) -> None:
        for row, record in enumerate(self.model.records()):
            if record.membership.id == membership_id:
                self.table.selectRow(row)
                return

    def focus_record(self, record: str) -> None:
        """Select a membership by id (a target "group" needs nothing more)."""
        if record.isdigit():
            self.history.setChecked(True)
            self._select(int(record))

    # --- form ---------------------------------------------------------------------------
    def new_member(self) -> None:
        """Clear the form for a new member (after asking, when the form holds edits)."""
        if not self.guard.confirm_leave():
            return
        self._loading = True
        self._membership_id = None
        self.table.clearSelection()
        self.person.setCurrentIndex(0)
        for edit in (self.name, self.title, self.term_end, self.end):
            edit.clear()
        self.start.setText(format_short(self.day()))
        self.role.setCurrentIndex(self.role.findData(Role.APPOINTED.value))
        self.post.setCurrentIndex(0)
        self.committee.setChecked(False)
        self.external.setChecked(False)
        self.error.clear()
        self._loading = False
        self._person_changed()
        self.guard.clean()
        self.person.setFocus()

    def _edit_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.record(index.row())
        if self.guard.dirty:
            if row.membership.id == self._membership_id:
                return  # the same member, reselected after a reload: keep the edits
            wanted = row.membership.id
            if not self.guard.confirm_leave():  # 取消: stay on the member being edited
                self._select_quietly(self._membership_id)
                return
            if self.model.record(self.table.currentIndex().row()).membership.id != wanted:
                self._select(wanted)  # 儲存 reloaded the roster: go where the clerk clicked
                return
        self._fill(row.membership)

    def _select_quietly(self, membership_id: int | None) -> None:
        blocker = self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        for row, record in enumerate(self.model.records()):
            if record.membership.id == membership_id:
                self.table.selectRow(row)
        self.table.selectionModel().blockSignals(blocker)

    def _revert(self) -> None:
        """放棄: show the member as saved again (or a blank form for a new one)."""
        row = next((r for r in self.model.records() if r.membership.id == self._membership_id),
                   None)
        if row is None:
            self.new_member()
        else:
            self._fill(row.membership)

    def confirm_leave(self) -> bool:
        return self.guard.confirm_leave()

    def _fill(self, m: Membership) -> None:
        self._loading = True
        self._membership_id = m.id
        self.person.setCurrentIndex(max(0, self.person.findData(m.person_id)))
        self.role.setCurrentIndex(self.role.findData(m.role.value))
        self.post.setCurrentIndex(max(0, self.post.findData(m.post)))
        self.committee.setChecked(m.committee)
        self.start.setText(format_short(m.start))
        self.term_end.setText(_short(m.term_end))
        self.end.setText(_short(m.end))
        self.error.clear()
        self._loading = False
        self._person_changed()
        self.guard.clean()

    def _person_changed(self) -> None:
        person_id = self.person.currentData()
        new = person_id is None
        for widget in (self.name, self.gender, self.title, self.unit, self.external):
            widget.setEnabled(new)
        if not new and not self._loading:
            person = staff_service.get_person(self.ctx.db, person_id)
            if person is not None:
                self._loading = True
                self.name.setText(person.name)
                self.gender.setCurrentIndex(self.gender.findData(person.gender.value))
                self.title.setText(person.title)
                self.unit.setCurrentIndex(max(0, self.unit.findData(person.unit_id)))
                self.external.setChecked(person.external)
                self._loading = False
        self._draft_changed()

    def draft(self) -> service.MemberInput:
        """Return what the form holds; raise InputError naming a field that cannot be read."""
        role = Role(self.role.currentData())
        person_id = self.person.currentData()
        start = read_date(self.start, self.tr("聘任日"), "start")
        assert start is not None
        unit_id = self.unit.currentData()
        return service.MemberInput(
            PersonId(person_id) if person_id is not None else None, role, start,
            read_date(self.term_end, self.tr("任期屆滿日"), "term_end", required=False),
            read_date(self.end, self.tr("離任日"), "end", required=False),
            self.post.currentData() or "", self.committee.isChecked(),
            self.name.text(), Gender(self.gender.currentData()), self.title.text(),
            UnitId(unit_id) if unit_id is not None else None, self.external.isChecked())

    def _draft_changed(self) -> None:
        if self._loading:
            return
        role = self.role.currentData()
        self.post.setEnabled(role == Role.EX_OFFICIO.value)
        self.committee.setEnabled(role == Role.EXTERNAL.value)
        try:
            draft = self.draft()
        except InputError as exc:
            self.preview.setText(f"<span style='color:#c62828'>{html.escape(str(exc))}</span>")
            return
        findings = service.preview_findings(self.ctx.db, draft, self._membership_id, self.day())
        self.preview.setText(findings_html(findings, self.tr("組成符合規定")))

    def save(self) -> bool:
        """Save the member form (all or nothing); show what is wrong next to the form."""
        if self.ctx.readonly:
            return False
        try:
            membership_id = service.save_member(self.ctx.db, self.draft(), self._membership_id)
        except InputError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self._membership_id = membership_id
        self.guard.clean()
        self.ctx.changed(Change.GROUP | Change.PEOPLE)  # a new person too
        self.ctx.status_message.emit(self.tr("成員資料已儲存"))
        return True

    def end_selected(self) -> None:
        """Record that the selected member left on the date in 離任日 (or the as-of date)."""
        if self._membership_id is None:
            self.error.setText(self.tr("請先在左側名冊選擇要登錄離任的成員"))
            return
        try:
            day = read_date(self.end, self.tr("離任日"), "end", required=False) or self.day()
            answer = QMessageBox.question(
                self, self.tr("登錄離任"),
                self.tr("將此成員登錄為於 %1 離任？其過去的出席紀錄會保留。")
                .replace("%1", format_short(day)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            service.end_membership(self.ctx.db, self._membership_id, day)
        except InputError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.ctx.changed(Change.GROUP)

    def record_filing(self) -> None:
        """Record the filing with the city typed in the filing box."""
        try:
            day = read_date(self.filing_date, self.tr("報市府備查日期"), "filed_on")
            assert day is not None
            service.record_filing(self.ctx.db, self.day().year - 1911,
                                  self.filing_rule.currentData(), day, self.filing_no.text())
        except InputError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.filing_date.clear()
        self.filing_no.clear()
        self.ctx.changed(Change.GROUP)


def _short(day: dt.date | None) -> str:
    return format_short(day) if day else ""


def _ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day else 0
