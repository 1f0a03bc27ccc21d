"""The office profile and the rule preset, validated and saved in one transaction."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from gmdesk.domain.address import normalize_postcode
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Office, OfficeKind, Unit
from gmdesk.domain.presets import PRESETS, Preset
from gmdesk.domain.texts import Label, Phrase, define, define_labels
from gmdesk.storage import office as store
from gmdesk.storage.database import Database

if TYPE_CHECKING:
    from gmdesk.documents.fonts import FontChoice

NAME_DISPLAY = ("masked", "surname", "full")
POSTCODE_KEY = "postcode"  # the office's 郵遞區號: a setting, no column (no migration)

# The preset's numbers, named in errors (their zh names are also the fields' keys).
define_labels("preset_number", {name: name for name in (
    "小組人數下限", "小組人數上限", "府外委員人數", "每年開會次數", "每年宣導場次", "每年措施項數",
    "開會通知日數", "最少在職日數")})
define({
    "settings.err.no_name": "請填寫機關名稱（例如：高雄市旗津區公所）",
    "settings.err.plan": "計畫期程 {start}-{end} 的起年晚於迄年：請修正",
    "settings.err.email": "電子郵件「{email}」格式不正確",
    "settings.err.budget_deadline": "性別預算報送期限「{month}月{day}日」不是存在的日期："
                                    "請改正月或日（預設 9 月 15 日）",
    "settings.err.report_due": "成果報告報市府期限「{month}月{day}日」不是存在的日期："
                               "請改正月或日（預設次年 1 月 31 日）",
    "settings.err.negative": "「{label}」不可為負數",
    "settings.err.group_range": "小組人數下限 {minimum} 大於上限 {maximum}",
    "settings.err.categories": "措施類別數須介於 0 與 6 之間（臺北市為 3 類）",
    "settings.err.quorum": "出席門檻須介於 0 與 1 之間（二分之一寫 0.5）",
    "settings.err.hours": "培力時數「{hours}」不合理（{category}）：請填 0 到 200 小時",
    "settings.err.unit_twice": "單位「{unit}」重複：每個單位只列一次",
    "settings.err.name_display": "姓名顯示方式「{value}」不在選項中",
    "settings.err.unit_in_use": "單位「{unit}」仍有{n}筆人員資料，不能刪除：請先調整人員的單位",
    "settings.err.no_preset": "沒有「{preset}」這個預設規則",
})


def validate_office(office: Office) -> None:
    if not office.name.strip():
        raise InputError(Phrase.of("settings.err.no_name"), "name")
    from gmdesk.domain.importing import check_fields  # the import's rules: loaded when used

    check_fields(office, dt.date.today())
    if office.plan_start and office.plan_end and office.plan_start > office.plan_end:
        raise InputError(Phrase.of("settings.err.plan", start=office.plan_start,
                                    end=office.plan_end), "plan")
    if office.contact_email and "@" not in office.contact_email:
        raise InputError(Phrase.of("settings.err.email", email=office.contact_email),
                         "contact_email")


def _check_month_day(value: tuple[int, int], field: str) -> None:
    """A (month, day) of the preset must be a day of the calendar (2月29日 allowed: a leap
    year is used; other years take 28日)."""
    month, day = value
    try:
        dt.date(2024, month, day)
    except ValueError:
        raise InputError(Phrase.of(f"settings.err.{field}", month=month, day=day),
                         field) from None


def validate_preset(preset: Preset) -> None:
    numbers = {
        "小組人數下限": preset.group_min, "小組人數上限": preset.group_max,
        "府外委員人數": preset.external_min, "每年開會次數": preset.meetings_per_year,
        "每年宣導場次": preset.outreach_per_year, "每年措施項數": preset.measures_per_year,
        "開會通知日數": preset.notice_days_min, "最少在職日數": preset.min_service_days,
    }
    for label, value in numbers.items():
        if value < 0:
            raise InputError(Phrase.of("settings.err.negative", label=Label("preset_number", label)),
                             label)
    if preset.group_min and preset.group_max and preset.group_min > preset.group_max:
        raise InputError(Phrase.of("settings.err.group_range", minimum=preset.group_min,
                                    maximum=preset.group_max), "group_min")
    _check_month_day(preset.budget_deadline, "budget_deadline")
    if not 0 <= preset.measure_categories_min <= 6:
        raise InputError(Phrase.of("settings.err.categories"), "measure_categories_min")
    _check_month_day(preset.report_due, "report_due")
    if not 0 < preset.quorum_fraction <= 1:
        raise InputError(Phrase.of("settings.err.quorum"), "quorum_fraction")
    for category, hours in preset.training_hours.items():
        if hours < 0 or hours > 200:
            raise InputError(Phrase.of("settings.err.hours", hours=str(hours), category=category),
                             category)


def save_profile(db: Database, office: Office, units: list[str], preset: Preset,
                 year_from: int, name_display: str = "masked",
                 postcode: str | None = None) -> None:
    """Save the office, its units and the preset in force from `year_from` (and the
    郵遞區號, when given), or nothing."""
    validate_office(office)
    code = normalize_postcode(postcode) if postcode is not None else None
    validate_preset(preset)
    cleaned = [u.strip() for u in units if u.strip()]
    if len(set(cleaned)) != len(cleaned):
        duplicate = next(u for u in cleaned if cleaned.count(u) > 1)
        raise InputError(Phrase.of("settings.err.unit_twice", unit=duplicate), "units")
    if name_display not in NAME_DISPLAY:
        raise InputError(Phrase.of("settings.err.name_display", value=name_display),
                         "name_display")
    existing = {u.name: u.id for u in store.list_units(db)}
    removed = [name for name in existing if name not in cleaned]
    for name in removed:
        in_use = store.unit_in_use(db, existing[name])
        if in_use:
            raise InputError(Phrase.of("settings.err.unit_in_use", unit=name, n=in_use), "units")
    with db.atomic():
        store.save_office(db, office)
        for name in removed:
            store.delete_unit(db, existing[name])
        for order, name in enumerate(cleaned):
            if name in existing:
                store.set_unit_order(db, existing[name], order)
            else:
                store.add_unit(db, name, order)
        store.save_preset(db, year_from, preset)
        store.set_setting(db, "name_display", name_display)
        if code is not None:
            store.set_setting(db, POSTCODE_KEY, code)


def get_postcode(db: Database) -> str:
    """Return the office's 郵遞區號 ("" when not set)."""
    return str(store.get_setting(db, POSTCODE_KEY, "") or "")


def save_postcode(db: Database, text: str) -> str:
    """Save the office's 郵遞區號 (the notice prints it before the address); return it."""
    code = normalize_postcode(text)
    store.set_setting(db, POSTCODE_KEY, code)
    return code


def create_office(db: Database, name: str, city: str, preset_code: str, year: int) -> None:
    """Set up a new office from a preset (the first start dialog)."""
    if preset_code not in PRESETS:
        raise InputError(Phrase.of("settings.err.no_preset", preset=preset_code), "preset")
    preset = PRESETS[preset_code]
    kind = OfficeKind.DISTRICT if preset_code == "kaohsiung_district" else OfficeKind.BUREAU
    units = (["民政課", "社會課", "經建課", "人文課", "兵役課", "秘書室", "人事室", "會計室"]
             if kind is OfficeKind.DISTRICT else ["秘書室", "人事室", "會計室", "政風室"])
    office = Office(name=name.strip(), city=city.strip(), kind=kind,
                    plan_start=year, plan_end=year + 3)
    validate_office(office)
    save_profile(db, office, units, preset, year)


# --- reading the office's settings (the window and the CLI read them here, not from storage) ---
def office_profile(db: Database) -> Office | None:
    """Return the office profile, or None on a file not set up yet."""
    return store.get_office(db)


def units(db: Database) -> list[Unit]:
    """Return the office's units in their order."""
    return store.list_units(db)


def unit_names(db: Database) -> dict[int, str]:
    """Return unit id → name."""
    return store.unit_names(db)


def preset_for(db: Database, year: int) -> Preset:
    """Return the rule preset in force in ROC `year`."""
    return store.preset_for(db, year)


def preset_years(db: Database) -> list[int]:
    """Return the years from which a saved preset applies."""
    return [year for year, _ in store.list_presets(db)]


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    return store.get_setting(db, key, default)


def print_fonts() -> list[FontChoice]:
    """Return the TrueType fonts this PC offers for printing, the bundled one first."""
    from gmdesk.documents.fonts import available_fonts

    return available_fonts()


def save_print_font(db: Database, font: str) -> None:
    """Remember the print font ('' = the bundled one) and use it from now on."""
    from gmdesk.documents.fonts import set_preferred

    store.set_setting(db, "pdf_font", font)
    set_preferred(font or None)
