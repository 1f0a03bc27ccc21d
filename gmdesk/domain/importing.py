"""Read the messy cells of staff rosters and training lists that learning platforms export."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from gmdesk.domain import texts
from gmdesk.domain.memo import Memo
from gmdesk.domain.model import (
    CATEGORY_LABELS,
    Delivery,
    Gender,
    Level,
    StaffCategory,
)
from gmdesk.domain.rocdate import DateError, parse_date
from gmdesk.domain.texts import Label, Phrase

MAX_HOURS_PER_DAY = 12.0


class ImportKind(StrEnum):
    STAFF = "staff"
    TRAINING = "training"

    @property
    def label(self) -> str:
        return texts.zh_name("import_kind", self.value)


texts.define_labels("import_kind", {"staff": "人員名冊", "training": "培力時數"})


@dataclass(frozen=True)
class FieldSpec:
    """A field an import can fill: its code, its label and the headers that name it."""

    code: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False


# Headers are compared after normalise_header(); longer synonyms win over shorter ones.
STAFF_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "姓名", ("姓名", "員工姓名", "人員姓名", "name", "中文姓名"), True),
    FieldSpec("gender", "性別", ("性別", "gender", "sex")),
    FieldSpec("unit", "單位", ("單位", "服務單位", "單位名稱", "課室", "科室", "部門", "unit")),
    FieldSpec("title", "職稱", ("職稱", "職務", "職稱名稱", "title")),
    FieldSpec("staff_no", "員工編號", ("員工編號", "人員編號", "員工代號", "編號", "工號",
                                      "staffno", "staffnumber")),
    FieldSpec("id_no", "身分證字號", ("身分證字號", "身分證號", "身分證統一編號", "身分證",
                                       "證號", "idno", "id")),
    FieldSpec("category", "人員類別", ("人員類別", "人員身分", "身分別", "類別", "category")),
    FieldSpec("start", "到職日期", ("到職日期", "到職日", "到職", "任職日期", "起始日期",
                                      "start")),
    FieldSpec("end", "離職日期", ("離職日期", "離職日", "離職", "end")),
    FieldSpec("note", "備註", ("備註", "說明", "note")),
)

TRAINING_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "姓名", ("姓名", "學員姓名", "員工姓名", "人員姓名", "name"), True),
    FieldSpec("id_no", "身分證字號", ("身分證字號", "身分證號", "身分證統一編號", "身分證",
                                       "證號", "idno", "id")),
    FieldSpec("staff_no", "員工編號", ("員工編號", "人員編號", "員工代號", "工號", "staffno")),
    FieldSpec("unit", "單位", ("單位", "服務單位", "服務機關", "課室", "部門", "unit")),
    FieldSpec("title", "課程名稱", ("課程名稱", "課程", "課程名", "研習名稱", "班期名稱",
                                      "訓練名稱", "course", "coursename"), True),
    # Learning portals export 學習起日 and 學習迄日: the hours are earned on the day it ends.
    FieldSpec("day", "上課日期", ("上課日期", "研習日期", "訓練日期", "完成日期", "結訓日期",
                                    "認證日期", "學習迄日", "學習結束日期", "學習完成日期",
                                    "迄日", "結束日期", "完成日", "結訓日", "學習日期", "日期",
                                    "date"), True),
    FieldSpec("hours", "時數", ("時數", "認證時數", "學習時數", "研習時數", "上課時數",
                                 "訓練時數", "hours"), True),
    FieldSpec("level", "課程等級", ("課程等級", "等級", "程度", "基礎進階", "level")),
    FieldSpec("cedaw", "CEDAW內容", ("cedaw內容", "cedaw", "含cedaw")),
    FieldSpec("delivery", "上課方式", ("上課方式", "授課方式", "學習方式", "學習型態", "研習方式",
                                     "上課型態", "方式", "實體數位", "delivery")),
    FieldSpec("provider", "辦理機關", ("辦理機關", "開課機關", "主辦單位", "訓練機構",
                                     "學習平臺", "學習平台", "平臺", "平台", "provider")),
    FieldSpec("satisfaction", "滿意度", ("滿意度", "滿意度分數", "satisfaction")),
    FieldSpec("note", "備註", ("備註", "說明", "note")),
)

FIELDS: dict[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.STAFF: STAFF_FIELDS,
    ImportKind.TRAINING: TRAINING_FIELDS,
}
for _kind, _specs in FIELDS.items():  # label kinds staff_field, training_field
    texts.define_labels(f"{_kind.value}_field", {spec.code: spec.label for spec in _specs})


texts.define({
    "import.err.not_hours": "不是時數",
    "import.err.no_hours": "沒有填時數",
    "import.err.hours_form": "不是時數：請寫數字，如 2 或 1.5",
    "import.err.hours_positive": "時數須大於 0",
    "import.err.half_hours": "時數以半小時為單位（如 1、1.5、2）",
    "import.err.not_a_date": "不是有效的日期",
    "import.err.no_gender": "沒有填性別：請寫 男、女 或 其他",
    "import.err.not_gender": "不是性別：請寫 男、女 或 其他",
    "import.err.not_id": "不是身分證字號（應為 1 個英文字母加 9 個數字，可部分遮蔽）",
    "import.err.no_category": "沒有填人員類別",
    "import.err.not_category": "不是人員類別：請寫 一般公務人員、主管人員、性別議題聯絡人、職工 "
                               "或 機關首長",
    "import.err.not_level": "不是課程等級：請寫 基礎 或 進階",
    "import.err.not_delivery": "不是上課方式：請寫 實體 或 數位",
    "import.err.yes_no": "請寫 是 或 否",
    "import.err.satisfaction": "滿意度請寫 1 到 5 的數字",
    "import.err.no_header": "找不到標題列：請確認檔案第一列（或前幾列）有「姓名」等欄位名稱",
    "import.err.hours_max": "一天最多 {maximum} 小時",
    "import.err.not_filled": "沒有填{field}",
    "import.err.implausible_day": "日期須在民國1年到民國{last}年之間（{day} 不合理），請檢查年份",
    "import.err.too_long": "內容有 {n} 字，超過上限 {maximum} 字：請縮短或分開記錄",
    "import.err.control": "含有控制字元（{char}），可能是複製時夾帶的：請刪除後重新輸入",
    "import.err.end_before_start": "結束日 {end} 早於開始日 {start}：請檢查兩個日期",
    "import.row": "第{row}列{cell}",
    "import.cell": "「{column}」欄 {shown}：{why}",
    "import.value": "「{value}」",
    "import.blank": "（空白）",
    "import.more_errors": "…另有 {n} 筆錯誤",
})


@dataclass(frozen=True)
class RowError:
    """A cell that cannot be read: where it is, what it says and why."""

    row: int  # the row number as the spreadsheet shows it (1-based)
    column: str  # the column's header (or letter)
    value: str
    why: str  # zh-TW
    why_phrase: Phrase | None = field(default=None, compare=False)  # `why` in any language

    @classmethod
    def said(cls, row: int, column: str, value: str, why: str | Phrase) -> RowError:
        """A row error whose reason may be a phrase."""
        return cls(row, column, value, str(why), why if isinstance(why, Phrase) else None)

    def __str__(self) -> str:
        return self.phrase.text

    @property
    def phrase(self) -> Phrase:
        """第3列「上課日期」欄 「115/13/5」：… in any language."""
        return Phrase.of("import.row", row=self.row, cell=self.cell_phrase())

    def cell_text(self) -> str:
        """Return the error without its row: 「上課日期」欄 「115/13/5」：月份須為 1 到 12."""
        return self.cell_phrase().text

    def cell_phrase(self) -> Phrase:
        shown = (Phrase.of("import.value", value=self.value) if self.value
                 else Phrase.of("import.blank"))
        return Phrase.of("import.cell", column=self.column, shown=shown,
                         why=self.why_phrase or self.why)


def row_reasons(errors: Sequence[RowError], text: Callable[[RowError], str] | None = None,
                sep: str = "；") -> dict[int, str]:
    """Return each bad row's number with all of its reasons, in the order of the errors
    (zh-TW; `text` words one error's cell another way, e.g. in the window's language)."""
    reasons: dict[int, list[str]] = {}
    for error in errors:
        reasons.setdefault(error.row, []).append(text(error) if text else error.cell_text())
    return {row: sep.join(texts) for row, texts in reasons.items()}


@dataclass
class ParsedRow:
    """One readable row: field code -> clean value, and its spreadsheet row number."""

    row: int
    values: dict[str, object] = field(default_factory=dict)

    def get(self, code: str, default: object = None) -> object:
        return self.values.get(code, default)


class CellError(ValueError):
    """A cell value that cannot be read; the message says why (zh-TW), `phrase` in any
    language (None for a plain message)."""

    def __init__(self, message: str | Phrase) -> None:
        super().__init__(str(message))
        self.phrase = message if isinstance(message, Phrase) else None


# --- cells ---------------------------------------------------------------------------

def clean_text(value: object) -> str:
    """Return a cell as trimmed text: full-width letters and digits become ASCII."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else str(value)
    if not text.isascii():  # NFKC also makes U+3000 and U+00A0 plain spaces
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        # NFKC never turns a visible character into nothing, and what it makes spaces
        # (U+3000, U+00A0, U+2000…) str.strip() already strips: no need to normalise.
        return not value.strip()
    if isinstance(value, int | float):
        return False
    return clean_text(value) == ""


_HOURS_MINUTES = re.compile(r"^(?:(\d+(?:\.\d+)?)\s*(?:小時|時|hr|hrs|h|hours?))?\s*"
                            r"(?:(\d+)\s*(?:分鐘|分|min|mins|minutes?))?$")


def parse_hours(value: object) -> float:
    """Read hours: 2, "2", "２", "2小時", "1.5", "1小時30分", "90分鐘"; halves only, 0 < h <= 12."""
    if isinstance(value, bool):
        raise CellError(Phrase.of("import.err.not_hours"))
    if isinstance(value, int | float):
        hours = float(value)
    else:
        text = clean_text(value).lower().replace(" ", "")
        if not text:
            raise CellError(Phrase.of("import.err.no_hours"))
        try:
            hours = float(text)
        except ValueError:
            match = _HOURS_MINUTES.match(text)
            if not match or not any(match.groups()):
                raise CellError(Phrase.of("import.err.hours_form")) from None
            hours = float(match.group(1) or 0) + int(match.group(2) or 0) / 60
    if not math.isfinite(hours):
        raise CellError(Phrase.of("import.err.hours_form"))
    if hours <= 0:
        raise CellError(Phrase.of("import.err.hours_positive"))
    if hours > MAX_HOURS_PER_DAY:
        raise CellError(Phrase.of("import.err.hours_max", maximum=f"{MAX_HOURS_PER_DAY:g}"))
    if abs(hours * 2 - round(hours * 2)) > 1e-6:
        raise CellError(Phrase.of("import.err.half_hours"))
    return round(hours * 2) / 2


def parse_day(value: object) -> dt.date:
    """Read a date cell (ROC or Gregorian, text or Excel date); say why when it cannot."""
    if isinstance(value, str):
        value = value.strip()
    if is_blank(value):
        raise CellError(Phrase.of("date.empty"))
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and float(value).is_integer() and value >= 100000:
        # 1150305 or 20260305 typed into a number cell is a date, not an Excel serial.
        value = str(int(value))
    try:
        return parse_date(value)
    except DateError as exc:
        raise CellError(exc.why_phrase or exc.why or Phrase.of("import.err.not_a_date")) from None


def parse_gender(value: object) -> Gender:
    text = clean_text(value)
    if not text:
        raise CellError(Phrase.of("import.err.no_gender"))
    try:
        return Gender.parse(text)
    except ValueError:
        raise CellError(Phrase.of("import.err.not_gender")) from None


def staff_no_text(value: object) -> str:
    """Return a staff number as text, keeping leading zeros the cell still has."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value).replace(" ", "")


def staff_key(value: str) -> str:
    """Return the matching key of a staff number: 00012 and 12 (a number cell) are the same."""
    text = staff_no_text(value).upper()
    return text.lstrip("0") or text


_ID = re.compile(r"^[A-Z][0-9A-D*][0-9*]{8}$")


def parse_id(value: object) -> str:
    """Return an ID number masked as offices keep it (A12****789); accept masked input."""
    text = clean_text(value).upper().replace(" ", "")
    if not text:
        return ""
    # Masks arrive as *, ＊, ○, ● or X in the digits (A12XXXX789).
    text = text[:1] + re.sub(r"[*＊○●X\-]", "*", text[1:])
    if not _ID.match(text):
        raise CellError(Phrase.of("import.err.not_id"))
    return mask_id(text)


def mask_id(text: str) -> str:
    """Mask an ID number's middle four digits: A123456789 -> A12****789."""
    if len(text) != 10:
        return text
    return text[:3] + "****" + text[7:]


def ids_match(a: str, b: str) -> bool:
    """Return whether two (masked) ID numbers agree on every character both show."""
    if not a or not b or len(a) != len(b):
        return False
    return all(x == y or "*" in (x, y) for x, y in zip(a, b, strict=True))


_CATEGORY_WORDS: tuple[tuple[str, StaffCategory], ...] = (
    ("性別議題聯絡人", StaffCategory.FOCAL), ("性別業務承辦人", StaffCategory.FOCAL),
    ("聯絡人", StaffCategory.FOCAL), ("承辦人", StaffCategory.FOCAL), ("focal", StaffCategory.FOCAL),
    ("機關首長", StaffCategory.HEAD), ("首長", StaffCategory.HEAD), ("區長", StaffCategory.HEAD),
    ("head", StaffCategory.HEAD),
    ("主管", StaffCategory.SUPERVISOR), ("supervisor", StaffCategory.SUPERVISOR),
    ("職工", StaffCategory.WORKER), ("非公務人員", StaffCategory.WORKER),
    ("約僱", StaffCategory.WORKER), ("約聘", StaffCategory.WORKER), ("技工", StaffCategory.WORKER),
    ("工友", StaffCategory.WORKER), ("駕駛", StaffCategory.WORKER), ("worker", StaffCategory.WORKER),
    ("一般", StaffCategory.GENERAL), ("公務人員", StaffCategory.GENERAL),
    ("general", StaffCategory.GENERAL),
)


def parse_category(value: object) -> StaffCategory:
    """Read a staff category by its label, a short form (主管, 聯絡人) or its code."""
    text = clean_text(value).lower()
    if not text:
        raise CellError(Phrase.of("import.err.no_category"))
    for category, label in CATEGORY_LABELS.items():
        if text in (label.lower(), category.value):
            return category
    for word, category in _CATEGORY_WORDS:
        if word in text:
            return category
    raise CellError(Phrase.of("import.err.not_category"))


def parse_level(value: object) -> Level:
    text = clean_text(value).lower()
    if not text or "基礎" in text or "初階" in text or text in ("basic", "b"):
        return Level.BASIC
    if "進階" in text or "高階" in text or text in ("advanced", "a"):
        return Level.ADVANCED
    raise CellError(Phrase.of("import.err.not_level"))


def parse_delivery(value: object) -> Delivery:
    text = clean_text(value).lower()
    if not text or any(w in text for w in ("實體", "面授", "課堂", "視訊", "直播")):
        # Live online classes count as in-person (domain.md: 實體 includes live online).
        return Delivery.IN_PERSON
    if any(w in text for w in ("數位", "線上", "e-learning", "elearning", "網路", "online")):
        return Delivery.ONLINE
    raise CellError(Phrase.of("import.err.not_delivery"))


def parse_flag(value: object, default: bool = True) -> bool:
    """Read yes/no cells: 是/否, Y/N, V, ✓, 1/0, 有/無."""
    text = clean_text(value).lower()
    if not text:
        return default
    if text in ("是", "y", "yes", "v", "✓", "✔", "1", "有", "true", "○", "o"):
        return True
    if text in ("否", "n", "no", "0", "無", "false", "x", "✗"):
        return False
    raise CellError(Phrase.of("import.err.yes_no"))


def parse_satisfaction(value: object) -> int | None:
    text = clean_text(value)
    if not text:
        return None
    try:
        number = float(text.removesuffix("分"))
    except ValueError:
        raise CellError(Phrase.of("import.err.satisfaction")) from None
    if not 1 <= number <= 5:
        raise CellError(Phrase.of("import.err.satisfaction"))
    return round(number)


# --- headers and mapping -------------------------------------------------------------------

def normalise_header(value: object) -> str:
    """Return a header cell as comparable text: no spaces, brackets' contents, or case."""
    text = clean_text(value).lower()
    text = re.sub(r"[\(（\[【].*?[\)）\]】]", "", text)
    return re.sub(r"[\s_:：*＊/／、.]", "", text)


def _score(cell: str, spec: FieldSpec) -> int:
    """Return how well a header names a field: 3 exact, 2 starts or ends with, 1 contains."""
    return _rank(cell, spec)[0]


def _rank(cell: str, spec: FieldSpec) -> tuple[int, int]:
    """Return (score, position of the synonym that matched); earlier synonyms are likelier."""
    best = (0, len(spec.synonyms))
    for position, synonym in enumerate(spec.synonyms):
        if cell == synonym:
            return 3, position
        if len(synonym) >= 2 and (cell.startswith(synonym) or cell.endswith(synonym)):
            best = max(best, (2, -position), key=lambda b: b[0])
        elif len(synonym) >= 2 and synonym in cell:
            best = max(best, (1, -position), key=lambda b: b[0])
    return best[0], abs(best[1])


def header_score(row: Sequence[object], kind: ImportKind) -> int:
    """Return how many fields a row's cells look like headers of."""
    cells = [normalise_header(c) for c in row]
    return sum(1 for spec in FIELDS[kind] if any(_score(c, spec) for c in cells if c))


def find_header(rows: Sequence[Sequence[object]], kind: ImportKind,
                look: int = 15) -> tuple[int, list[str]]:
    """Return the index of the last header row and the column headers.

    A title row merged across the sheet is skipped; a two-row header (a merged parent
    such as 上課 over 日期 | 時數) is joined into one header per column.
    """
    best, best_score = -1, 0
    for index, row in enumerate(rows[:look]):
        score = header_score(row, kind)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        raise CellError(Phrase.of("import.err.no_header"))
    headers = [clean_text(c) for c in rows[best]]
    # A second header row below the best one: cells that add to their parent.
    if best + 1 < len(rows):
        below = rows[best + 1]
        below_cells = [clean_text(c) for c in below]
        filled = [c for c in below_cells if c]
        if filled and header_score(below, kind) >= max(1, len(filled) // 2) and not any(
                _looks_like_data(c) for c in below):
            headers = _join_headers(headers, below_cells)
            best += 1
    # A parent row above whose merged cells span the header's blanks.
    if best > 0:
        above = [clean_text(c) for c in rows[best - 1]]
        if sum(1 for c in above if c) >= 2 and any(not h for h in headers[:len(above)]):
            parents = _forward_fill(above)
            headers = [h or (parents[i] if i < len(parents) else "")
                       for i, h in enumerate(headers)]
    return best, headers


def _looks_like_data(value: object) -> bool:
    if isinstance(value, int | float | dt.date):
        return True
    text = clean_text(value)
    return bool(re.fullmatch(r"[\d./\-年月日]+", text)) if text else False


def _forward_fill(cells: Sequence[str]) -> list[str]:
    out, last = [], ""
    for cell in cells:
        last = cell or last
        out.append(last)
    return out


def _join_headers(parents: Sequence[str], children: Sequence[str]) -> list[str]:
    filled = _forward_fill(parents)
    width = max(len(parents), len(children))
    out = []
    for i in range(width):
        parent = filled[i] if i < len(filled) else ""
        child = children[i] if i < len(children) else ""
        own = parents[i] if i < len(parents) else ""
        if child and parent and child != parent:
            out.append(f"{parent}{child}" if not own or own == parent else child)
        else:
            out.append(child or own or parent)
    return out


def guess_mapping(headers: Sequence[str], kind: ImportKind,
                  remembered: Mapping[str, str] | None = None) -> dict[str, int]:
    """Return field code -> column index, from remembered header texts first, then synonyms."""
    normal = [normalise_header(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for code, header in (remembered or {}).items():
        wanted = normalise_header(header)
        if wanted and wanted in normal and normal.index(wanted) not in taken:
            mapping[code] = normal.index(wanted)
            taken.add(mapping[code])
    candidates = []
    for spec in FIELDS[kind]:
        if spec.code in mapping:
            continue
        for index, cell in enumerate(normal):
            if cell and index not in taken:
                score, position = _rank(cell, spec)
                if score:
                    candidates.append((-score, position, index, spec.code))
    for _, _, index, code in sorted(candidates):
        if code not in mapping and index not in taken:
            mapping[code] = index
            taken.add(index)
    return mapping


def mapping_headers(mapping: Mapping[str, int], headers: Sequence[str]) -> dict[str, str]:
    """Return the mapping as field code -> header text, the form that is remembered."""
    return {code: headers[i] for code, i in mapping.items() if 0 <= i < len(headers) and headers[i]}


def missing_fields(mapping: Mapping[str, int], kind: ImportKind) -> list[FieldSpec]:
    """Return required fields the mapping leaves out."""
    return [s for s in FIELDS[kind] if s.required and s.code not in mapping]


# --- rows ------------------------------------------------------------------------------------

_PARSERS = {
    "gender": parse_gender,
    "staff_no": staff_no_text,
    "id_no": parse_id,
    "category": parse_category,
    "start": parse_day,
    "end": parse_day,
    "day": parse_day,
    "hours": parse_hours,
    "level": parse_level,
    "cedaw": parse_flag,
    "delivery": parse_delivery,
    "satisfaction": parse_satisfaction,
}


def parse_rows(rows: Sequence[Sequence[object]], header_index: int, headers: Sequence[str],
               mapping: Mapping[str, int], kind: ImportKind, today: dt.date | None = None,
               ) -> tuple[list[ParsedRow], list[RowError]]:
    """Read every data row below the header; blank rows are skipped, bad cells reported.

    Only rows without a bad cell are returned. With `today`, dates must lie between
    民國1年 and the end of next year. (parse_table is the same, column by column.)
    """
    table, errors = parse_table(rows, header_index, headers, mapping, kind, today)
    return table.rows(), errors


@dataclass
class ParsedTable:
    """The readable rows of a sheet column by column: parse_rows' rows without a dict each."""

    numbers: list[int]  # each row's number as the spreadsheet shows it (1-based)
    columns: dict[str, list[object]]  # field code -> each row's clean value (or _BLANK)
    blanks: set[str] = field(default_factory=set)  # codes that are blank in some row

    def __len__(self) -> int:
        return len(self.numbers)

    def column(self, code: str, default: object = None) -> list[object]:
        """Return a field's value in each row, `default` where the row has none (read only)."""
        values = self.columns.get(code)
        if values is None:
            return [default] * len(self.numbers)
        if code in self.blanks:
            return [default if v is _BLANK else v for v in values]
        return values

    def rows(self) -> list[ParsedRow]:
        """Return the rows one by one, as parse_rows gives them."""
        codes = list(self.columns)
        if not codes:
            return [ParsedRow(number) for number in self.numbers]
        blank = [code for code in codes if code in self.blanks]
        out = []
        for number, cells in zip(self.numbers, zip(*self.columns.values(), strict=True),
                                 strict=True):
            values = dict(zip(codes, cells, strict=True))
            for code in blank:
                if values[code] is _BLANK:
                    del values[code]
            out.append(ParsedRow(number, values))
        return out


def parse_table(rows: Sequence[Sequence[object]], header_index: int, headers: Sequence[str],
                mapping: Mapping[str, int], kind: ImportKind, today: dt.date | None = None,
                ) -> tuple[ParsedTable, list[RowError]]:
    """parse_rows column by column: a sheet of 50,000 rows is read without a Python call
    or a dict per cell.

    Each column's parser is worked out once, and a value met again in the same column (a
    course title, a date, an hour count) is read once: the outcome of a cell depends on
    nothing but its column and its value.
    """
    specs = {s.code: s for s in FIELDS[kind]}
    numbers, data = _data_rows(rows, header_index)
    codes = list(mapping)
    cells = _cells_of(data, [mapping[code] for code in codes])
    columns: dict[str, list[object]] = {}
    blanks: set[str] = set()
    problems: list[tuple[int, int, RowError]] = []  # (row position, order in row, error)
    bad: set[int] = set()
    for order, (code, values) in enumerate(zip(codes, cells, strict=True)):
        col, spec = mapping[code], specs[code]
        column = (headers[col] if col < len(headers) else "") or spec.label
        reader = _CellReader(code, today)
        outcomes = columns[code] = reader.read_all(values)
        if not reader.flagged:  # no blank and no bad cell in the whole column
            continue
        for i, outcome in enumerate(outcomes):
            if outcome is _BLANK:
                if spec.required:
                    problems.append((i, order, RowError.said(numbers[i], column, "", Phrase.of(
                        "import.err.not_filled", field=Label(f"{kind.value}_field", code)))))
                    bad.add(i)
                else:
                    blanks.add(code)
            elif type(outcome) is _Bad:
                problems.append((i, order, RowError.said(numbers[i], column, outcome.shown,
                                                         outcome.why)))
                bad.add(i)
    if kind is ImportKind.STAFF:
        _check_staff(numbers, data, headers, mapping, columns, problems, bad, len(codes))
    if kind is ImportKind.TRAINING:
        _hint_levels(columns, blanks, bad, len(numbers))
    if bad:
        keep = [i for i in range(len(numbers)) if i not in bad]
        numbers = [numbers[i] for i in keep]
        columns = {code: [values[i] for i in keep] for code, values in columns.items()}
    problems.sort(key=lambda p: (p[0], p[1]))
    return ParsedTable(numbers, columns, blanks), [error for _, _, error in problems]


def _data_rows(rows: Sequence[Sequence[object]], header_index: int,
               ) -> tuple[list[int], list[Sequence[object]]]:
    """Return the number and cells of each row below the header that is not blank and not
    a total line."""
    seen: dict[tuple[type, object], bool] = {}
    starts = _Starts(seen)
    below = rows[header_index + 1:]
    # Most rows start with a name: what a first cell's text starts is looked up once.
    kinds = [starts[row[0]] if row and type(row[0]) is str else None for row in below]
    first_number = header_index + 2
    if None not in kinds and True not in kinds:  # every row is data
        return list(range(first_number, first_number + len(below))), list(below)
    numbers: list[int] = []
    data: list[Sequence[object]] = []
    for number, row, kind in zip(range(first_number, first_number + len(below)), below, kinds,
                                 strict=True):
        if kind is None:  # the first cell is blank or not text: the first that is not
            first = next((c for c in row if not is_blank(c)), _BLANK_ROW)
            if first is _BLANK_ROW:
                continue
            kind = _is_total_cell(first, seen)
        if not kind:
            numbers.append(number)
            data.append(row)
    return numbers, data


class _Starts(dict[str, "bool | None"]):
    """What a row whose first cell is a text starts: a total line (True), data (False), or
    nothing to tell (None: the text is blank)."""

    def __init__(self, seen: dict[tuple[type, object], bool]) -> None:
        super().__init__()
        self.seen = seen

    def __missing__(self, text: str) -> bool | None:
        kind = self[text] = _is_total_cell(text, self.seen) if text.strip() else None
        return kind


def _cells_of(data: Sequence[Sequence[object]], cols: Sequence[int]) -> list[list[object]]:
    """Return, for each column index, its cell in every row (None past a row's end)."""
    if not cols:
        return []
    if data and min(map(len, data)) > max(cols):  # no row ends early
        return [[row[col] for row in data] for col in cols]
    return [[row[col] if col < len(row) else None for row in data] for col in cols]


def _check_staff(numbers: Sequence[int], data: Sequence[Sequence[object]],
                 headers: Sequence[str], mapping: Mapping[str, int],
                 columns: Mapping[str, list[object]], problems: list[tuple[int, int, RowError]],
                 bad: set[int], order: int) -> None:
    """A roster's row-wide checks: a gender is required; no one leaves before starting."""
    def header(code: str, fallback: str) -> str:
        col = mapping.get(code, len(headers))
        return (headers[col] if col < len(headers) else "") or fallback

    genders = columns.get("gender")
    for i in range(len(numbers)):
        if i not in bad and (genders is None or genders[i] is _BLANK):
            problems.append((i, order, RowError.said(numbers[i], header("gender", "性別"), "",
                                                     Phrase.of("import.err.no_gender"))))
            bad.add(i)
    starts, ends = columns.get("start"), columns.get("end")
    if starts is None or ends is None:
        return
    col = mapping["end"]
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if i in bad or not (isinstance(start, dt.date) and isinstance(end, dt.date)):
            continue
        try:
            check_period(start, end)
        except CellError as exc:
            row = data[i]
            problems.append((i, order + 1, RowError.said(
                numbers[i], header("end", "離職日期"), _shown(row[col] if col < len(row) else None),
                exc.phrase or str(exc))))
            bad.add(i)


def _hint_levels(columns: dict[str, list[object]], blanks: set[str], bad: set[int],
                 count: int) -> None:
    """Give a readable row without a course level the level its title names, marked
    level_from_title for the clerk to confirm."""
    levels = columns.get("level")
    if levels is not None and "level" not in blanks:
        return
    titles = columns.get("title", [""] * count)
    hints = {title: level_hint(str(title if title is not _BLANK else ""))
             for title in set(titles)}
    if not any(hints.values()):
        return
    hinted: dict[int, Level] = {}
    for i, title in enumerate(titles):
        hint = hints[title]
        if hint is not None and i not in bad and (levels is None or levels[i] is _BLANK):
            hinted[i] = hint
    if not hinted:
        return
    if levels is None:
        levels = columns["level"] = [_BLANK] * count
        blanks.add("level")
    flags: list[object] = [_BLANK] * count
    for i, hint in hinted.items():
        levels[i] = hint
        flags[i] = True
    columns["level_from_title"] = flags
    if len(hinted) < count:
        blanks.add("level_from_title")


_BLANK_ROW = object()
_BLANK = object()


@dataclass(frozen=True)
class _Bad:
    shown: str
    why: str | Phrase


class _CellReader:
    """One column's cells read as parse_rows reads them, each distinct value only once."""

    def __init__(self, code: str, today: dt.date | None) -> None:
        self.code = code
        self.today = today
        self.parser = _PARSERS.get(code, clean_text)
        self.multiline = code == "note"
        self.seen: dict[tuple[type, object], object] = {}
        self.flagged = False  # whether some cell was blank or could not be read

    def read(self, value: object) -> object:
        """Return the clean value, _BLANK, or a _Bad saying why the cell cannot be read."""
        try:
            key = (type(value), value)
            return self.seen[key]
        except KeyError:
            outcome = self.seen[key] = self._read(value)
            return outcome
        except TypeError:  # an unhashable cell: read it every time
            return self._read(value)

    def read_all(self, values: Sequence[object]) -> list[object]:
        """Return read() of every cell, looking most of them up without a Python call."""
        # Keyed by the value alone, True, 1 and 1.0 would share an outcome (they are equal
        # keys) though they read differently: ints and bools go through read().
        outcomes = Memo(self._read)
        read = self.read
        try:
            if not _NUMBER_KEYS & set(map(type, values)):
                return list(map(outcomes.__getitem__, values))
            return [outcomes[v] if (t := type(v)) is not int and t is not bool else read(v)
                    for v in values]
        except TypeError:  # an unhashable cell: each looked up as read() does
            return [read(v) for v in values]

    def _read(self, value: object) -> object:
        outcome = self._outcome(value)
        if outcome is _BLANK or type(outcome) is _Bad:
            self.flagged = True
        return outcome

    def _outcome(self, value: object) -> object:
        if is_blank(value):
            return _BLANK
        try:
            if isinstance(value, str):
                checked_text(value, multiline=self.multiline)
            parsed_value = self.parser(value)
            if self.today is not None and isinstance(parsed_value, dt.date):
                plausible_day(parsed_value, self.today)
            return parsed_value
        except CellError as exc:
            return _Bad(_shown(value)[:40], exc.phrase or str(exc))


_NUMBER_KEYS = frozenset({int, bool})


def level_hint(title: str) -> Level | None:
    """Return the level a course title names (「進階」 → advanced), for the clerk to confirm."""
    text = unicodedata.normalize("NFKC", title)
    if "進階" in text or "高階" in text:
        return Level.ADVANCED
    return None


# Platform exports end with a 合計/總計 line that is not a person.
_TOTAL_WORDS = ("合計", "總計", "小計", "總計時數")


def _is_total_cell(first: object, seen: dict[tuple[type, object], bool]) -> bool:
    """Return whether a row whose first non-blank cell is `first` is a total line."""
    try:
        key = (type(first), first)
        return seen[key]
    except KeyError:
        total = seen[key] = clean_text(first).replace(" ", "") in _TOTAL_WORDS
        return total
    except TypeError:
        return clean_text(first).replace(" ", "") in _TOTAL_WORDS


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def column_letter(index: int) -> str:
    """Return a spreadsheet column letter for a 0-based index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class ImportLog:
    """A file imported before: recognised by its hash when offered again."""

    id: int
    kind: str
    file_name: str
    sha256: str
    mapping: dict[str, str]
    imported_at: str
    rows: int

    @property
    def imported_day(self) -> dt.date | None:
        """Return the day it was imported (imported_at is an ISO time), None if unreadable."""
        try:
            return dt.date.fromisoformat(self.imported_at[:10])
        except ValueError:
            return None


# --- plausibility, shared by every way data gets in -----------------------------------

# The longest text a single field may hold (a meeting's explanation runs to a few pages).
MAX_FIELD_CHARS = 20_000
# Error lines shown before the rest are counted: a clerk reads twenty, not a hundred thousand.
MAX_ERROR_LINES = 20
FIRST_DAY = dt.date(1912, 1, 1)  # 民國1年1月1日
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plausible_day(day: dt.date, today: dt.date) -> dt.date:
    """Return `day` if it lies between 民國1年 and the end of next year; else CellError."""
    last = dt.date(today.year + 1, 12, 31)
    if day < FIRST_DAY or day > last:
        raise CellError(Phrase.of("import.err.implausible_day", last=today.year + 1 - 1911,
                                  day=day.isoformat()))
    return day


def checked_text(value: str, *, multiline: bool = False) -> str:
    """Return text that holds no control characters and is not over MAX_FIELD_CHARS."""
    if len(value) > MAX_FIELD_CHARS:
        raise CellError(Phrase.of("import.err.too_long", n=f"{len(value):,}",
                                  maximum=f"{MAX_FIELD_CHARS:,}"))
    bad = _CONTROL.search(value) or (None if multiline else re.search(r"[\r\n\t]", value))
    if bad:
        raise CellError(Phrase.of("import.err.control", char=f"U+{ord(bad.group()):04X}"))
    return value


def check_period(start: dt.date, end: dt.date | None) -> None:
    """Refuse an end (離職、卸任、活動結束) before its start."""
    if end is not None and end < start:
        raise CellError(Phrase.of("import.err.end_before_start", end=end.isoformat(),
                                  start=start.isoformat()))


def summarize(errors: Sequence[object], limit: int = MAX_ERROR_LINES) -> list[str]:
    """Return at most `limit` error lines, then 「…另有 N 筆錯誤」 for the rest."""
    return [str(line) for line in summary_phrases(errors, limit)]


def summary_phrases(errors: Sequence[object], limit: int = MAX_ERROR_LINES
                    ) -> list[Phrase | str]:
    """`summarize` as phrases (an error without a phrase stays its text)."""
    lines: list[Phrase | str] = []
    for error in errors[:limit]:
        phrase = getattr(error, "phrase", None)
        lines.append(phrase if isinstance(phrase, Phrase) else str(error))
    if len(errors) > limit:
        lines.append(Phrase.of("import.more_errors", n=f"{len(errors) - limit:,}"))
    return lines


_IMAGE_MAGIC = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),
}


def image_kind(data: bytes) -> str | None:
    """Return the MIME type of a JPEG, PNG, GIF or WebP image by its first bytes, or None."""
    for mime, magics in _IMAGE_MAGIC.items():
        if any(data.startswith(m) for m in magics):
            if mime == "image/webp" and data[8:12] != b"WEBP":
                continue
            return mime
    return None


# Free-text fields where a line break belongs; every other text is one line.
MULTILINE_FIELDS = frozenset({
    "explanation", "decision", "note", "text", "chair_remarks", "previous_minutes", "outcome",
    "review", "address", "partners", "caption", "reason", "value", "remarks",
    "situation", "statistics", "opinion", "adoption_reason", "revision", "description", "result",
    "exception_reason"})


def check_fields(record: object, today: dt.date) -> None:
    """Refuse a record from a form or a command whose text holds control characters or is too
    long, or whose dates lie outside 民國1年 .. next year; InputError names the field."""
    import dataclasses

    from gmdesk.domain.errors import InputError

    for item in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, item.name)
        try:
            if isinstance(value, str):
                checked_text(value, multiline=item.name in MULTILINE_FIELDS)
            elif isinstance(value, dt.date):
                plausible_day(value if not isinstance(value, dt.datetime) else value.date(), today)
        except CellError as exc:
            raise InputError(exc.phrase or str(exc), item.name) from None
