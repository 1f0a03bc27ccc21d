"""Outreach sessions and measures: save them checked in one transaction, keep their photos
small enough to print, and gather what the results reports need."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gmdesk.domain import outreach as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import check_fields
from gmdesk.domain.model import Event, EventId, EventKind, Office, Photo, PhotoId
from gmdesk.domain.texts import Phrase, define
from gmdesk.storage import events as store
from gmdesk.storage import office, trash
from gmdesk.storage.database import Database

define({
    "events.err.gone_refresh": "找不到編號 {id} 的活動，可能已被刪除：請重新整理後再試",
    "events.err.gone": "找不到編號 {id} 的活動，可能已被刪除",
    "events.err.no_event": "找不到編號 {id} 的活動：請確認編號（可在「CEDAW宣導與措施」頁查看）",
    "events.err.cannot_open": "找不到或無法開啟「{name}」：{why}",
    "events.err.too_big": "「{name}」檔案過大（{size}）：照片請在 {maximum} MB 以下，"
                          "可先用手機或小畫家縮小後再加入",
    "events.err.empty_file": "「{name}」是空的檔案：請重新從手機或相機匯出後再加入",
    "events.err.heic": "「{name}」是 HEIC 格式（iPhone 預設），活動照片只收 JPG 或 PNG："
                       "請先轉存為 JPG（例如用 Windows「相片」開啟後另存新檔，或在 iPhone 設定 > "
                       "相機 > 格式 選「最相容」），再加入",
    "events.err.not_a_photo": "「{name}」無法讀取，可能已損毀或不是照片：活動照片請用 JPG 或 PNG "
                              "檔，可重新從手機或相機匯出後再加入",
    "events.err.damaged": "「{name}」無法讀取，檔案可能已損毀：請重新匯出後再加入",
    "events.err.unknown_format": "未知",
    "events.err.other_format": "「{name}」是 {format} 格式，活動照片只收 JPG 或 PNG：請先轉存為 "
                               "JPG（例如用小畫家開啟後「另存新檔」選 JPEG 圖片），再加入",
    "events.err.too_many_pixels": "「{name}」像素過大（{width}×{height}，約{mega}百萬像素）："
                                  "照片請在{maximum}百萬像素以下，"
                                  "可先用小畫家「調整大小」縮小後再加入",
    "events.err.no_image": "「{name}」沒有影像內容：請換一張照片",
    "events.err.pixels_unreadable": "「{name}」像素過大，無法讀取：請先縮小後再加入",
    "events.err.incomplete": "「{name}」無法讀取，檔案可能不完整或已損毀："
                             "請重新從手機或相機匯出後再加入",
    "events.err.photo_number": "第{seq}張",
    "events.err.photo_this_batch": "本次另一張",
    "events.err.same_photo": "「{name}」與這個活動已有的照片（{number}）是同一張：不必重複加入",
    "events.err.caption_long": "照片說明超過{maximum}字：請精簡",
    "events.err.photo_gone": "找不到這張照片，可能已被移除：請重新整理",
    "events.err.order": "照片順序與目前的照片不符：請重新整理後再排序",
    "events.err.no_office": "資料檔尚未設定機關資料：請先在「設定」填寫機關名稱",
    "events.err.none_in_year": "{year}年度沒有CEDAW宣導或其他措施的紀錄："
                               "請先在「CEDAW宣導與措施」頁新增",
})

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

# Phone photos are 3-12 MB; a print needs far less. Over these limits a file is refused.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 100_000_000
# 1600 px on the long side prints sharp at half an A4 page (about 170 mm wide, 240 dpi).
LONG_SIDE = 1600
JPEG_QUALITY = 85
MAX_CAPTION = 100

_OTHER_FORMATS = {
    "GIF": "GIF", "BMP": "BMP", "DIB": "BMP", "WEBP": "WebP", "TIFF": "TIFF", "ICO": "ICO",
    "PPM": "PPM", "TGA": "TGA", "JPEG2000": "JPEG 2000", "PSD": "Photoshop（PSD）",
}


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo read, turned upright and downscaled, ready to store."""

    name: str
    mime: str
    width: int
    height: int
    data: bytes
    sha256: str  # of the original file: the same picture offered twice is recognised
    original_bytes: int


@dataclass(frozen=True)
class EventPaper:
    """What a results report prints: the office, the event and its photos in order."""

    office: Office
    event: Event
    photos: tuple[Photo, ...]


@dataclass(frozen=True)
class YearPaper:
    """What the yearly collection prints: every event of the year with the duty's figures."""

    office: Office
    year: int
    papers: tuple[EventPaper, ...]
    required: int
    required_measures: int
    today: dt.date | None


@dataclass(frozen=True)
class CountStatus:
    """The live count a page shows: sessions that count and measures against the minimum."""

    sessions: int
    required: int
    measures: int
    required_measures: int
    planned: int

    @property
    def text(self) -> str:
        line = f"本年度對外宣導 {self.sessions}/{self.required} 場"
        if self.planned:
            line += f"（另已排定 {self.planned} 場）"
        return line + f"；其他性別平等措施 {self.measures}/{self.required_measures} 項"

    @property
    def met(self) -> bool:
        return self.sessions >= self.required and self.measures >= self.required_measures


# --- events -----------------------------------------------------------------------------------

def save_event(db: Database, event: Event, *, year: int | None = None,
               stated_total: int | None = None) -> EventId:
    """Check an event and add it (id 0) or write it over the stored one; return its id."""
    cleaned = rules.validate_event(event, year, stated_total)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            if store.get_event(db, cleaned.id) is None:
                raise InputError(Phrase.of("events.err.gone_refresh", id=cleaned.id))
            store.update_event(db, cleaned)
            return cleaned.id
        return store.add_event(db, cleaned)


def delete_event(db: Database, event_id: int, now: dt.datetime) -> int:
    """Move an event and its photos to the 資源回收筒; return the trash entry's id."""
    event = store.get_event(db, event_id)
    if event is None:
        raise InputError(Phrase.of("events.err.gone", id=event_id))
    return trash.move_to_trash(db, "event", event_id, now, f"{event.kind.label}：{event.title}")


def list_year(db: Database, year: int) -> list[Event]:
    return store.list_events(db, year)


def get_event(db: Database, event_id: int) -> Event:
    event = store.get_event(db, event_id)
    if event is None:
        raise InputError(Phrase.of("events.err.no_event", id=event_id))
    return event


def photo_counts(db: Database, event_ids: list[int]) -> dict[int, int]:
    return store.photo_counts(db, event_ids)


def count_status(db: Database, year: int, today: dt.date) -> CountStatus:
    """Return the year's sessions and measures against the minimum, as of `today`."""
    preset = office.preset_for(db, year)
    events = store.list_events(db, year)
    planned = [e for e in events if rules.counts_for_outreach(e) and not rules.held(e, today)]
    return CountStatus(len(rules.counted_sessions(events, today)), preset.outreach_per_year,
                       sum(rules.measures_by_category(events, today).values()),
                       preset.measures_per_year, len(planned))


# --- photos -----------------------------------------------------------------------------------

def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def _sniff_heic(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"hevc", b"hevx", b"mif1",
                                                  b"msf1", b"avif")


def prepare_photo(source: Path | bytes, name: str = "") -> PreparedPhoto:
    """Read a JPEG or PNG, turn it upright, downscale it for print and re-encode it as JPEG.

    Re-encoding also drops the camera's EXIF data (the GPS position of the shot among it),
    which should not travel inside a report. Safe to call on a worker thread.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    if isinstance(source, Path):
        name = name or source.name
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise InputError(Phrase.of("events.err.cannot_open", name=name,
                                       why=str(exc.strerror or exc)), "photo") from exc
        if size > MAX_FILE_BYTES:
            raise InputError(_too_big(name, size), "photo")
        data = source.read_bytes()
    else:
        data = bytes(source)
    name = name or "照片"
    if len(data) > MAX_FILE_BYTES:
        raise InputError(_too_big(name, len(data)), "photo")
    if not data:
        raise InputError(Phrase.of("events.err.empty_file", name=name), "photo")
    if _sniff_heic(data) or name.lower().endswith((".heic", ".heif", ".avif")):
        raise InputError(Phrase.of("events.err.heic", name=name), "photo")
    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as exc:
        raise InputError(Phrase.of("events.err.not_a_photo", name=name), "photo") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise InputError(Phrase.of("events.err.damaged", name=name), "photo") from exc
    kind = image.format or ""
    if kind not in ("JPEG", "MPO", "PNG"):
        shown = _OTHER_FORMATS.get(kind, kind) or Phrase.of("events.err.unknown_format")
        raise InputError(Phrase.of("events.err.other_format", name=name, format=shown), "photo")
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise InputError(Phrase.of("events.err.too_many_pixels", name=name, width=width,
                                    height=height, mega=f"{width * height / 1e6:.0f}",
                                    maximum=MAX_PIXELS // 1_000_000), "photo")
    if width < 1 or height < 1:
        raise InputError(Phrase.of("events.err.no_image", name=name), "photo")
    try:
        if kind in ("JPEG", "MPO"):
            # Decode a big JPEG at 1/2, 1/4 or 1/8 scale straight away: much faster and lighter.
            scale = LONG_SIDE / max(width, height)
            if scale < 1:
                image.draft("RGB", (max(1, round(width * scale)), max(1, round(height * scale))))
        image.load()
        upright = ImageOps.exif_transpose(image)
        upright = upright if upright is not None else image
        picture = _flatten(upright)
        picture.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    except Image.DecompressionBombError as exc:
        raise InputError(Phrase.of("events.err.pixels_unreadable", name=name), "photo") from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise InputError(Phrase.of("events.err.incomplete", name=name), "photo") from exc
    return PreparedPhoto(name, "image/jpeg", picture.width, picture.height, out.getvalue(),
                         hashlib.sha256(data).hexdigest(), len(data))


def _too_big(name: str, size: int) -> Phrase:
    return Phrase.of("events.err.too_big", name=name, size=_size_text(size),
                     maximum=MAX_FILE_BYTES // 1024 // 1024)


def _flatten(image: PILImage) -> PILImage:
    from PIL import Image

    if image.mode in ("RGB", "L"):
        return image
    if (image.mode == "P" and "transparency" in image.info) or image.mode in ("LA", "PA", "RGBa"):
        image = image.convert("RGBA")
    if image.mode == "RGBA":
        # Transparent parts print white, as on paper.
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        image = image.point(lambda v: v / 256).convert("L")
        return image
    return image.convert("RGB")


def add_photo(db: Database, event_id: int, source: Path | bytes | PreparedPhoto,
              caption: str = "", name: str = "") -> PhotoId:
    """Prepare (unless prepared) and store a photo at the end of the event's photos."""
    prepared = source if isinstance(source, PreparedPhoto) else prepare_photo(source, name)
    return store_photos(db, event_id, [(prepared, caption)])[0]


def store_photos(db: Database, event_id: int,
                 photos: Sequence[tuple[PreparedPhoto, str]]) -> list[PhotoId]:
    """Store prepared photos with their captions in one transaction; refuse repeats."""
    get_event(db, event_id)
    added: list[PhotoId] = []
    seen: set[str] = set()
    with db.atomic():
        seq = store.next_photo_seq(db, event_id)
        for prepared, caption in photos:
            before = store.photo_with_hash(db, event_id, prepared.sha256)
            if before is not None or prepared.sha256 in seen:
                number = (Phrase.of("events.err.photo_number", seq=before.seq) if before
                          else Phrase.of("events.err.photo_this_batch"))
                raise InputError(Phrase.of("events.err.same_photo", name=prepared.name,
                                           number=number), "photo")
            seen.add(prepared.sha256)
            added.append(store.add_photo(db, Photo(
                PhotoId(0), EventId(event_id), seq, _caption(caption), prepared.mime,
                prepared.width, prepared.height, prepared.sha256, prepared.data)))
            seq += 1
    return added


def _caption(caption: str) -> str:
    cleaned = " ".join(caption.split())
    if len(cleaned) > MAX_CAPTION:
        raise InputError(Phrase.of("events.err.caption_long", maximum=MAX_CAPTION), "caption")
    return cleaned


def set_caption(db: Database, photo_id: int, caption: str) -> None:
    cleaned = _caption(caption)
    with db.atomic():
        if store.get_photo(db, photo_id) is None:
            raise InputError(Phrase.of("events.err.photo_gone"))
        store.set_caption(db, photo_id, cleaned)


def list_photos(db: Database, event_id: int) -> list[Photo]:
    return store.list_photos(db, event_id)


def reorder_photos(db: Database, event_id: int, photo_ids: Sequence[int]) -> None:
    """Put the event's photos in the order given (every photo of the event, each once)."""
    current = {p.id for p in store.list_photos(db, event_id)}
    if set(photo_ids) != current or len(photo_ids) != len(current):
        raise InputError(Phrase.of("events.err.order"))
    with db.atomic():
        store.set_photo_order(db, event_id, list(photo_ids))


def move_photo(db: Database, photo_id: int, step: int) -> None:
    """Move a photo up (-1) or down (+1) among its event's photos."""
    photo = store.get_photo(db, photo_id)
    if photo is None:
        raise InputError(Phrase.of("events.err.photo_gone"))
    ids = [p.id for p in store.list_photos(db, photo.event_id)]
    at = ids.index(photo.id)
    to = min(max(at + step, 0), len(ids) - 1)
    ids.insert(to, ids.pop(at))
    reorder_photos(db, photo.event_id, ids)


def remove_photo(db: Database, photo_id: int, now: dt.datetime) -> int:
    """Move a photo to the 資源回收筒 and renumber the rest; return the trash entry's id."""
    photo = store.get_photo(db, photo_id)
    if photo is None:
        raise InputError(Phrase.of("events.err.photo_gone"))
    with db.atomic():
        trash_id = trash.move_to_trash(db, "photo", photo_id, now,
                                       f"照片：{photo.caption or photo.seq}")
        store.set_photo_order(db, photo.event_id,
                              [p.id for p in store.list_photos(db, photo.event_id)])
    return trash_id


# --- what the reports print -------------------------------------------------------------------

def _office(db: Database) -> Office:
    profile = office.get_office(db)
    if profile is None:
        raise InputError(Phrase.of("events.err.no_office"))
    return profile


def event_paper(db: Database, event_id: int) -> EventPaper:
    event = get_event(db, event_id)
    return EventPaper(_office(db), event, tuple(store.list_photos(db, event_id)))


def year_paper(db: Database, year: int, today: dt.date | None = None) -> YearPaper:
    """Return the year's events, CEDAW sessions first and then measures, each by date."""
    events = store.list_events(db, year)
    if not events:
        raise InputError(Phrase.of("events.err.none_in_year", year=year))
    ordered = sorted(events, key=lambda e: (e.kind is not EventKind.CEDAW, e.start, e.id))
    preset = office.preset_for(db, year)
    profile = _office(db)
    papers = tuple(EventPaper(profile, e, tuple(store.list_photos(db, e.id))) for e in ordered)
    return YearPaper(profile, year, papers, preset.outreach_per_year, preset.measures_per_year,
                     today)


def measure_categories(db: Database, year: int) -> list[str]:
    """Return the measure categories the form offers: the preset's list (Taipei 陸 二（一）–（六）),
    else the common one."""
    listed = office.preset_for(db, year).measure_categories
    return list(listed or rules.MEASURE_CATEGORIES)


def unit_names(db: Database) -> list[str]:
    """Return the office's units, for the organiser picker."""
    return [u.name for u in office.list_units(db)]


def blank_event(kind: EventKind, day: dt.date) -> Event:
    """Return a new, unsaved event for the form."""
    return Event(EventId(0), kind, "", day)
