"""Saving events checked in one transaction, and photos: formats, limits, downscaling."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Event, EventId, EventKind
from gmdesk.services import events as svc
from gmdesk.storage import events as store

NOW = dt.datetime(2026, 11, 24, 10, 0)


def image_bytes(fmt: str, size: tuple[int, int], exif_orientation: int | None = None,
                noise: bool = False) -> bytes:
    from PIL import Image

    if noise:
        # Random pixels compress badly, as a real phone photo does: a large file.
        import os

        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (30, 120, 200))
    out = io.BytesIO()
    kwargs: dict[str, object] = {}
    if exif_orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kwargs["exif"] = exif
    if fmt == "JPEG":
        kwargs["quality"] = 95
    image.save(out, fmt, **kwargs)
    return out.getvalue()


@pytest.fixture
def event_id(demo_db: Database) -> EventId:
    return svc.save_event(demo_db, Event(EventId(0), EventKind.CEDAW, "測試宣導",
                                         dt.date(2026, 4, 1), audiences=("企業",)), year=115)


def test_a_big_phone_photo_is_stored_downscaled_and_much_smaller(demo_db: Database,
                                                                  event_id: EventId,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(image_bytes("JPEG", (4000, 3000), noise=True))
    original = path.stat().st_size
    assert original > 4_000_000
    photo_id = svc.add_photo(demo_db, event_id, path, "開場")
    photo = store.get_photo(demo_db, photo_id)
    assert photo is not None
    assert (photo.width, photo.height) == (1600, 1200)
    assert photo.mime == "image/jpeg" and photo.caption == "開場" and photo.seq == 1
    assert len(photo.data) < original / 4
    from PIL import Image

    assert Image.open(io.BytesIO(photo.data)).size == (1600, 1200)


def test_exif_orientation_is_applied(event_id: EventId, demo_db: Database) -> None:
    # Orientation 6: the camera was turned; the stored photo must stand upright.
    prepared = svc.prepare_photo(image_bytes("JPEG", (2000, 1000), exif_orientation=6), "a.jpg")
    assert (prepared.width, prepared.height) == (800, 1600)


def test_png_is_accepted(demo_db: Database, event_id: EventId) -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", (400, 300), (255, 0, 0, 128)).save(out, "PNG")
    photo_id = svc.add_photo(demo_db, event_id, out.getvalue(), name="poster.png")
    photo = store.get_photo(demo_db, photo_id)
    assert photo is not None and (photo.width, photo.height) == (400, 300)


@pytest.mark.parametrize(("fmt", "shown"), [("GIF", "GIF"), ("BMP", "BMP"), ("WEBP", "WebP")])
def test_other_formats_are_refused_saying_what_to_do(demo_db: Database, event_id: EventId,
                                                      fmt: str, shown: str) -> None:
    with pytest.raises(InputError, match=f"{shown} 格式.*請先轉存為 JPG"):
        svc.add_photo(demo_db, event_id, image_bytes(fmt, (50, 40)), name=f"x.{fmt.lower()}")
    assert store.list_photos(demo_db, event_id) == []


def test_heic_is_refused_with_advice(demo_db: Database, event_id: EventId) -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    with pytest.raises(InputError, match=r"HEIC.*請先轉存為 JPG"):
        svc.add_photo(demo_db, event_id, heic, name="IMG_1234.HEIC")


def test_corrupt_and_truncated_images_are_refused(demo_db: Database, event_id: EventId) -> None:
    with pytest.raises(InputError, match="無法讀取"):
        svc.add_photo(demo_db, event_id, b"not an image at all" * 10, name="壞掉.jpg")
    whole = image_bytes("JPEG", (800, 600), noise=True)
    with pytest.raises(InputError, match="無法讀取"):
        svc.add_photo(demo_db, event_id, whole[: len(whole) // 3], name="半張.jpg")
    assert store.list_photos(demo_db, event_id) == []


def test_huge_images_are_refused(demo_db: Database, event_id: EventId,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(svc, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError, match="檔案過大"):
        svc.add_photo(demo_db, event_id, image_bytes("JPEG", (300, 300), noise=True), name="a.jpg")
    monkeypatch.setattr(svc, "MAX_FILE_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(svc, "MAX_PIXELS", 10_000)
    with pytest.raises(InputError, match="像素過大"):
        svc.add_photo(demo_db, event_id, image_bytes("PNG", (200, 100)), name="b.png")


def test_the_same_photo_twice_is_refused(demo_db: Database, event_id: EventId) -> None:
    data = image_bytes("JPEG", (640, 480))
    svc.add_photo(demo_db, event_id, data, name="a.jpg")
    with pytest.raises(InputError, match="同一張"):
        svc.add_photo(demo_db, event_id, data, name="a (1).jpg")
    assert len(store.list_photos(demo_db, event_id)) == 1


def test_captions_order_and_removal(demo_db: Database, event_id: EventId) -> None:
    ids = [svc.add_photo(demo_db, event_id, image_bytes("JPEG", (64 + i, 48)), f"第{i}張")
           for i in range(3)]
    svc.move_photo(demo_db, ids[2], -1)
    assert [p.id for p in svc.list_photos(demo_db, event_id)] == [ids[0], ids[2], ids[1]]
    svc.set_caption(demo_db, ids[1], "  大合照  ")
    assert store.get_photo(demo_db, ids[1]).caption == "大合照"  # type: ignore[union-attr]
    with pytest.raises(InputError, match="超過100字"):
        svc.set_caption(demo_db, ids[1], "長" * 101)
    svc.remove_photo(demo_db, ids[0], NOW)
    assert [(p.id, p.seq) for p in svc.list_photos(demo_db, event_id)] == [(ids[2], 1), (ids[1], 2)]


def test_bad_input_saves_nothing(demo_db: Database) -> None:
    before = store.list_events(demo_db)
    bad = Event(EventId(0), EventKind.CEDAW, "人數不符", dt.date(2026, 5, 1),
                audiences=("學校",), male=3, female=4)
    with pytest.raises(InputError, match="不符"):
        svc.save_event(demo_db, bad, year=115, stated_total=8)
    with pytest.raises(InputError, match="不在115年度內"):
        svc.save_event(demo_db, Event(EventId(0), EventKind.CEDAW, "去年", dt.date(2025, 5, 1),
                                      audiences=("學校",)), year=115)
    assert store.list_events(demo_db) == before


def test_delete_goes_to_the_trash_with_the_photos(demo_db: Database, event_id: EventId) -> None:
    from gmdesk.storage import trash

    svc.add_photo(demo_db, event_id, image_bytes("JPEG", (64, 48)), "x")
    item = svc.delete_event(demo_db, event_id, NOW)
    assert store.get_event(demo_db, event_id) is None
    assert store.list_photos(demo_db, event_id) == []
    trash.restore(demo_db, item, NOW)
    assert len(store.list_photos(demo_db, event_id)) == 1


def test_count_status(demo_db: Database) -> None:
    status = svc.count_status(demo_db, 115, dt.date(2026, 11, 24))
    assert status.text.startswith("本年度對外宣導 1/2 場")
    svc.save_event(demo_db, Event(EventId(0), EventKind.CEDAW, "學校宣導", dt.date(2026, 6, 1),
                                  audiences=("學校",)), year=115)
    assert svc.count_status(demo_db, 115, dt.date(2026, 11, 24)).sessions == 2
