"""設定: the office profile, its units, the rule preset and its numbers, language and printing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gmdesk import paths
from gmdesk.domain.model import Office, OfficeKind, StaffCategory
from gmdesk.domain.presets import PRESETS, Preset
from gmdesk.services import output
from gmdesk.services import settings as settings_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import EditorPage
from gmdesk.ui.widgets.forms import required

OFFICE = "office"  # the one record this page edits


def user_settings() -> QSettings:
    """Per-user preferences (language) kept beside the data, not in the registry."""
    return QSettings(str(paths.data_dir() / "gmdesk.ini"), QSettings.Format.IniFormat)


def _spin(maximum: int = 999) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    return box


def _hours() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 200)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" 小時")
    return box


@dataclasses.dataclass(frozen=True)
class SettingsDraft:
    """What the page shows: the office, its units, the preset from a year, and preferences."""

    office: Office
    units: tuple[str, ...]
    preset: Preset
    year_from: int
    name_display: str
    font: str
    language: str
    output_dir: str = ""  # '' = 「gmdesk 輸出」 in Documents
    postcode: str = ""


class SettingsPage(EditorPage):
    """Every number of the preset is editable; the office's data travels with its file.

    One form, not a list: an EditorPage whose one record is the office, so edits here get the
    same dirty flag and 儲存／放棄／取消 question as every other page.
    """

    writes = Change.OFFICE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._preset_code = ""

        # --- office ---
        self.name = QLineEdit()
        self.city = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("區公所"), OfficeKind.DISTRICT.value)
        self.kind.addItem(self.tr("市府一級機關"), OfficeKind.BUREAU.value)
        self.head_name = QLineEdit()
        self.head_title = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_email = QLineEdit()
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText(self.tr("例：80543"))
        self.postcode.setMaxLength(7)
        self.doc_prefix = QLineEdit()
        self.doc_prefix.setPlaceholderText(self.tr("例：高市旗區人字第"))
        self.plan_start = _spin(300)
        self.plan_end = _spin(300)
        self.clerk_name = QLineEdit()
        plan = QHBoxLayout()
        plan.addWidget(self.plan_start)
        plan.addWidget(QLabel(self.tr("年 至")))
        plan.addWidget(self.plan_end)
        plan.addWidget(QLabel(self.tr("年")))
        plan.addStretch(1)
        office_form = QFormLayout()
        for label, widget in (
            (required(self.tr("機關名稱(&N)"), self.name), self.name), (self.tr("縣市"), self.city),
            (self.tr("機關類型"), self.kind), (self.tr("機關首長"), self.head_name),
            (self.tr("首長職稱"), self.head_title), (self.tr("聯絡人"), self.contact_name),
            (self.tr("聯絡電話"), self.contact_phone), (self.tr("電子郵件"), self.contact_email),
            (self.tr("郵遞區號"), self.postcode), (self.tr("機關地址"), self.address),
            (self.tr("發文字號字頭"), self.doc_prefix),
            (self.tr("承辦人"), self.clerk_name),
        ):
            office_form.addRow(label, widget)
        office_form.addRow(self.tr("計畫期程"), plan)
        office_box = QGroupBox(self.tr("機關資料"))
        office_box.setLayout(office_form)

        self.units = QPlainTextEdit()
        self.units.setPlaceholderText(self.tr("每行一個單位，例如：人事室"))
        self.units.setTabChangesFocus(True)
        units_box = QGroupBox(self.tr("單位（每行一個）"))
        QVBoxLayout(units_box).addWidget(self.units)

        # --- preset ---
        self.preset_box = QComboBox()
        for code, preset in PRESETS.items():
            self.preset_box.addItem(wording.term(preset.label), code)
        apply_preset = QPushButton(self.tr("套用預設值"))
        apply_preset.clicked.connect(self._apply_preset_defaults)
        self.year_from = _spin(300)
        self.group_min, self.group_max = _spin(), _spin()
        self.external_min, self.external_committee_min = _spin(), _spin()
        self.focal_min = _spin()
        self.meetings_per_year = _spin(12)
        self.quorum_external_min = _spin()
        self.notice_days_min = _spin(60)
        self.term_warning_days = _spin(365)
        self.min_service_days = _spin(366)
        self.outreach_per_year = _spin(50)
        self.measures_per_year = _spin(50)
        self.measure_categories_min = _spin(6)
        self.analyses_per_year, self.analyses_per_unit = _spin(50), _spin(10)
        # (month, day) rows: the budget table is filed by this day of the year before the
        # budget year; the results report reaches the city by this day of the next year.
        self.budget_month, self.budget_day = _spin(12), _spin(31)
        self.report_due_month, self.report_due_day = _spin(12), _spin(31)
        budget_due = self._month_day(self.budget_month, self.budget_day)
        report_due = self._month_day(self.report_due_month, self.report_due_day)
        self.duties_off = {duty: QCheckBox(label) for duty, label in (
            ("impact", self.tr("性別影響評估")), ("statistics", self.tr("性別統計")),
            ("budget", self.tr("性別預算")), ("committees", self.tr("委員會性別比例")))}
        duties_off = QWidget()
        duties_row = QGridLayout(duties_off)
        duties_row.setContentsMargins(0, 0, 0, 0)
        # two by two, so the page fits a 1280-pixel screen without scrolling sideways
        per_row = 2
        for index, box in enumerate(self.duties_off.values()):
            duties_row.addWidget(box, index // per_row, index % per_row)
        duties_row.setColumnStretch(per_row, 1)
        self.focal_advanced_hours = _hours()
        self.hours = {category: _hours() for category in StaffCategory}
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        self.preset_note.setStyleSheet("color:#b26a00")
        chooser = QHBoxLayout()
        chooser.addWidget(self.preset_box, 1)
        chooser.addWidget(apply_preset)
        rules = QFormLayout()
        if wording.language() != "zh_TW":  # a long label puts its field below, not the page wider
            rules.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("適用起始年度"), self.year_from),
            (self.tr("小組人數下限（0 為不限）"), self.group_min),
            (self.tr("小組人數上限（0 為不限）"), self.group_max),
            (self.tr("府外委員至少"), self.external_min),
            (self.tr("其中婦權會委員至少"), self.external_committee_min),
            (self.tr("性別議題聯絡人至少"), self.focal_min),
            (self.tr("每年開會至少（次）"), self.meetings_per_year),
            (self.tr("開會須府外委員出席至少"), self.quorum_external_min),
            (self.tr("開會通知至少提前（日）"), self.notice_days_min),
            (self.tr("任期屆滿提醒（日）"), self.term_warning_days),
            (self.tr("在職未滿（日）免訓"), self.min_service_days),
            (self.tr("每年對外CEDAW宣導至少（場）"), self.outreach_per_year),
            (self.tr("每年其他措施至少（項）"), self.measures_per_year),
            (self.tr("每年措施至少辦理（類，0 為不限）"), self.measure_categories_min),
            (self.tr("每年性別分析專題至少（篇）"), self.analyses_per_year),
            (self.tr("每單位每年性別分析專題至少（篇）"), self.analyses_per_unit),
            (self.tr("性別預算報送期限（預算年度前一年）"), budget_due),
            (self.tr("成果報告報市府期限（次年）"), report_due),
            (self.tr("本機關免辦（本年度無應辦理案件）"), duties_off),
        ]
        pairs += [(self.tr("培力時數：%1").replace("%1", wording.label(c)), self.hours[c])
                  for c in StaffCategory]
        pairs.append((self.tr("其中進階時數（聯絡人）"), self.focal_advanced_hours))
        for text, field in pairs:
            rules.addRow(text, field)
        rules_layout = QVBoxLayout()
        rules_layout.addLayout(chooser)
        rules_layout.addWidget(self.preset_note)
        rules_layout.addLayout(rules)
        rules_box = QGroupBox(self.tr("規則與年度目標（每個數字皆可修改）"))
        rules_box.setLayout(rules_layout)

        # --- preferences ---
        self.language = QComboBox()
        self.language.addItem("繁體中文", "zh_TW")
        self.language.addItem("English", "en")
        self.name_display = QComboBox()
        self.name_display.addItem(self.tr("遮蔽姓名（王○明）"), "masked")
        self.name_display.addItem(self.tr("僅顯示姓氏（王○○）"), "surname")
        self.name_display.addItem(self.tr("顯示全名"), "full")
        self.font_box = QComboBox()
        choose_font = QPushButton(self.tr("選擇字型檔…"))
        choose_font.clicked.connect(self._choose_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_box, 1)
        font_row.addWidget(choose_font)
        self.output_dir = QLineEdit()
        self.output_dir.setPlaceholderText(str(output.default_output_dir()))
        self.output_dir.setToolTip(self.tr("預覽的「另存新檔」與報表匯出存到這裡；空白＝文件資料夾下的「%1」")
                                   .replace("%1", output.DEFAULT_FOLDER))
        choose_output = QPushButton(self.tr("選擇…"))
        choose_output.clicked.connect(self._choose_output_dir)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_dir, 1)
        output_row.addWidget(choose_output)
        prefs = QFormLayout()
        prefs.addRow(self.tr("介面語言（重新開啟後生效）"), self.language)
        prefs.addRow(self.tr("對外報表的姓名"), self.name_display)
        prefs.addRow(self.tr("列印字型"), font_row)
        prefs.addRow(self.tr("輸出資料夾"), output_row)
        prefs_box = QGroupBox(self.tr("偏好"))
        prefs_box.setLayout(prefs)

        self.save_button = QPushButton(self.tr("儲存設定(&S)"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(self.tr("復原"))
        revert.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)

        left = QVBoxLayout()
        left.addWidget(office_box)
        left.addWidget(units_box, 1)
        right = QVBoxLayout()
        right.addWidget(rules_box)
        right.addWidget(prefs_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for widget in (self.name, self.city, self.head_name, self.head_title, self.contact_name,
                       self.contact_phone, self.contact_email, self.address, self.doc_prefix,
                       self.clerk_name):
            widget.setMinimumWidth(220)
        self.setEnabled(not ctx.readonly)
        self.watch(*[w for w in body.findChildren(QWidget)
                     if isinstance(w, (QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox,
                                       QComboBox, QCheckBox))])
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.load()))
        ctx.listen(Change.OFFICE, ctx.when_shown(self, lambda _what: self._reload_if_clean()))
        self.load()

    def _month_day(self, month: QSpinBox, day: QSpinBox) -> QWidget:
        """A (month, day) of the preset as one row: 「9 月」「15 日」."""
        month.setMinimum(1)
        day.setMinimum(1)
        month.setSuffix(self.tr(" 月"))
        day.setSuffix(self.tr(" 日"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(month)
        layout.addWidget(day)
        layout.addStretch(1)
        return row

    def noun(self) -> str:
        return self.tr("設定")

    def new_record(self) -> None:
        """Ctrl+N: there is nothing new to start on this page."""

    def field_widget(self, field: str) -> QWidget | None:
        return {"name": self.name}.get(field)

    def _reload_if_clean(self) -> None:
        """Show what another window or a restore saved, unless the clerk is editing here."""
        if not self.dirty:
            self.load()

    # --- load ---------------------------------------------------------------------------
    def load(self) -> None:
        """Show what is saved for the year in view."""
        self.open_record(OFFICE)

    def load_draft(self, record_id: object) -> SettingsDraft:
        db, year = self.ctx.db, self.ctx.year
        starts = [y for y in settings_service.preset_years(db) if y <= year]
        return SettingsDraft(
            settings_service.office_profile(db) or Office("", "", OfficeKind.DISTRICT),
            tuple(u.name for u in settings_service.units(db)),
            settings_service.preset_for(db, year), max(starts) if starts else year,
            settings_service.get_setting(db, "name_display", "masked"),
            settings_service.get_setting(db, "pdf_font", ""),
            str(user_settings().value("language", "zh_TW")),
            settings_service.get_setting(db, output.SETTING, ""),
            settings_service.get_postcode(db))

    def blank_draft(self) -> SettingsDraft:
        return self.load_draft(OFFICE)

    def show_draft(self, draft: SettingsDraft) -> None:
        office = draft.office
        for field in ("name", "city", "head_name", "head_title", "contact_name",
                      "contact_phone", "contact_email", "address", "doc_prefix", "clerk_name"):
            getattr(self, field).setText(getattr(office, field))
        self.kind.setCurrentIndex(self.kind.findData(office.kind.value))
        self.postcode.setText(draft.postcode)
        self.plan_start.setValue(office.plan_start)
        self.plan_end.setValue(office.plan_end)
        self.units.setPlainText("\n".join(draft.units))
        self._show_preset(draft.preset)
        self.year_from.setValue(draft.year_from)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.name_display.setCurrentIndex(max(0, self.name_display.findData(draft.name_display)))
        self._fill_fonts(draft.font)
        self.output_dir.setText(draft.output_dir)

    def _show_preset(self, preset: Preset) -> None:
        self._preset_code = preset.code
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(preset.code)))
        for field in ("group_min", "group_max", "external_min", "external_committee_min",
                      "focal_min", "meetings_per_year", "quorum_external_min",
                      "notice_days_min", "term_warning_days", "min_service_days",
                      "outreach_per_year", "measures_per_year", "measure_categories_min",
                      "analyses_per_year", "analyses_per_unit"):
            getattr(self, field).setValue(getattr(preset, field))
        self.budget_month.setValue(preset.budget_deadline[0])
        self.budget_day.setValue(preset.budget_deadline[1])
        for duty, switch in self.duties_off.items():
            switch.setChecked(duty in preset.duties_off)
        self.focal_advanced_hours.setValue(preset.focal_advanced_hours)
        self.report_due_month.setValue(preset.report_due[0])
        self.report_due_day.setValue(preset.report_due[1])
        for category, box in self.hours.items():
            box.setValue(preset.hours_for(category))
        self.preset_note.setText(wording.term(preset.note))
        self.preset_note.setVisible(bool(preset.note))

    def _apply_preset_defaults(self) -> None:
        self._show_preset(PRESETS[self.preset_box.currentData()])

    def _fill_fonts(self, chosen: str) -> None:
        self.font_box.clear()
        self.font_box.addItem(self.tr("內建：文鼎PL中楷（建議）"), "")
        for font in settings_service.print_fonts()[1:]:
            self.font_box.addItem(font.label, str(font.path))
        if chosen and self.font_box.findData(chosen) < 0:
            self.font_box.addItem(Path(chosen).name, chosen)
        self.font_box.setCurrentIndex(max(0, self.font_box.findData(chosen)))

    def _choose_output_dir(self) -> None:
        start = self.output_dir.text() or str(output.default_output_dir())
        path = QFileDialog.getExistingDirectory(self, self.tr("選擇輸出資料夾"), start)
        if path:
            self.output_dir.setText(path)

    def _choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("選擇 TrueType 字型"), "",
                                              self.tr("TrueType 字型 (*.ttf *.ttc)"))
        if path:
            self.font_box.addItem(Path(path).name, path)
            self.font_box.setCurrentIndex(self.font_box.count() - 1)

    # --- save ---------------------------------------------------------------------------
    def current_preset(self) -> Preset:
        base = PRESETS.get(self.preset_box.currentData()) or PRESETS["kaohsiung_district"]
        saved = settings_service.preset_for(self.ctx.db, self.ctx.year)
        if saved.code == base.code:
            base = saved
        values = {field: getattr(self, field).value() for field in (
            "group_min", "group_max", "external_min", "external_committee_min", "focal_min",
            "meetings_per_year", "quorum_external_min", "notice_days_min",
            "term_warning_days", "min_service_days", "outreach_per_year",
            "measures_per_year", "measure_categories_min", "analyses_per_year", "analyses_per_unit")}
        return dataclasses.replace(
            base, **values,
            budget_deadline=(self.budget_month.value(), self.budget_day.value()),
            duties_off=tuple(d for d, switch in self.duties_off.items() if switch.isChecked()),
            focal_advanced_hours=self.focal_advanced_hours.value(),
            report_due=(self.report_due_month.value(), self.report_due_day.value()),
            training_hours={c.value: box.value() for c, box in self.hours.items()},
        )

    def current_office(self) -> Office:
        return Office(
            name=self.name.text(), city=self.city.text(),
            kind=OfficeKind(self.kind.currentData()), head_name=self.head_name.text(),
            head_title=self.head_title.text(), contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(), contact_email=self.contact_email.text(),
            address=self.address.text(), doc_prefix=self.doc_prefix.text(),
            plan_start=self.plan_start.value(), plan_end=self.plan_end.value(),
            clerk_name=self.clerk_name.text(),
        )

    def draft(self) -> SettingsDraft:
        return SettingsDraft(
            self.current_office(), tuple(self.units.toPlainText().splitlines()),
            self.current_preset(), self.year_from.value(), self.name_display.currentData(),
            self.font_box.currentData() or "", self.language.currentData(),
            self.output_dir.text().strip(), self.postcode.text())

    def write(self, draft: SettingsDraft, record_id: object) -> str:
        """Validate and save everything, or nothing (the base shows what is wrong)."""
        output.check_output_dir(draft.output_dir)
        settings_service.save_profile(self.ctx.db, draft.office, list(draft.units), draft.preset,
                                      draft.year_from, draft.name_display, draft.postcode)
        settings_service.save_print_font(self.ctx.db, draft.font)
        output.set_output_dir(self.ctx.db, draft.output_dir)
        prefs = user_settings()
        if prefs.value("language", "zh_TW") != draft.language:
            prefs.setValue("language", draft.language)
            QMessageBox.information(self, self.tr("介面語言"),
                                    self.tr("介面語言將在重新開啟 gmdesk 後變更。"))
        self.ctx.status_message.emit(self.tr("設定已儲存"))
        return OFFICE
