"""Visual regression: every form of the demo office looks as its reviewed reference image.

Each form's pages are rendered at a low resolution (poppler's pdftoppm, grey) and laid side by
side into one picture, compared with tests/documents/reference/<form>.png. A change to a form
fails here with a diff image (reference | now | what changed, in red) in build/visual-diff/;
after looking at it, refresh the references on purpose:

    GMDESK_UPDATE_REFERENCE=1 .venv/bin/python -m pytest tests/documents/test_visual.py
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from tests.documents.demo_forms import RenderedForm

REFERENCE = Path(__file__).parent / "reference"
DIFF_DIR = Path(__file__).resolve().parents[2] / "build" / "visual-diff"
DPI = 36  # small files; a two-character change still moves two dozen pixels
# A pixel counts as changed when its grey differs by more than LEVEL (anti-aliasing noise does
# not); a form fails when more than TOLERANCE pixels changed. The same PDF renders alike to
# the pixel here, so the tolerance only absorbs rounding.
LEVEL = 32
TOLERANCE = 8


def form_picture(pdf: Path, folder: Path) -> Image.Image:
    """Return the form's pages side by side, grey, at DPI."""
    stem = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(stem)],
                   check=True, capture_output=True)
    pages = [Image.open(p).convert("L") for p in sorted(folder.glob(f"{pdf.stem}-*.png"),
                                                       key=lambda p: int(p.stem.rsplit("-", 1)[1]))]
    picture = Image.new("L", (sum(p.width for p in pages), max(p.height for p in pages)), 255)
    left = 0
    for page in pages:
        picture.paste(page, (left, 0))
        left += page.width
    return picture


def changed_pixels(reference: Image.Image, now: Image.Image) -> tuple[int, Image.Image]:
    """Return how many pixels changed beyond LEVEL, and a mask of them."""
    if reference.size != now.size:
        width, height = max(reference.width, now.width), max(reference.height, now.height)
        reference, now = (_pad(reference, width, height), _pad(now, width, height))
    mask = ImageChops.difference(reference, now).point(lambda v: 255 if v > LEVEL else 0)
    return mask.histogram()[255], mask


def _pad(image: Image.Image, width: int, height: int) -> Image.Image:
    padded = Image.new("L", (width, height), 0)  # what is missing counts as changed
    padded.paste(image, (0, 0))
    return padded


def diff_picture(reference: Image.Image, now: Image.Image, mask: Image.Image) -> Image.Image:
    """Return reference | now | now with the changed pixels in red, one above the other."""
    width = max(reference.width, now.width)
    height = max(reference.height, now.height)
    marked = Image.merge("RGB", [_pad(now, width, height).point(lambda v: v // 2 + 64)] * 3)
    red = Image.new("RGB", mask.size, (220, 0, 0))
    marked.paste(red, (0, 0), mask)
    sheet = Image.new("RGB", (width, height * 3 + 8), (255, 255, 255))
    sheet.paste(reference.convert("RGB"), (0, 0))
    sheet.paste(now.convert("RGB"), (0, height + 4))
    sheet.paste(marked, (0, 2 * height + 8))
    return sheet


def test_a_changed_word_is_seen_and_anti_aliasing_is_not(tmp_path: Path) -> None:
    """The comparison itself: one word changed fails, the same page rendered again passes."""
    from gmdesk.documents.content import Document, Text
    from gmdesk.documents.pdf import write_pdf

    def page(word: str) -> Image.Image:
        folder = Path(tempfile.mkdtemp(dir=tmp_path))
        text = "本所依高雄市性別主流化實施計畫，推動性別平等執行小組運作。" * 3
        pdf = write_pdf(Document("t", [Text(text), Text(f"決議：{word}。")]), folder / "p.pdf")
        return form_picture(pdf, folder)

    same, _ = changed_pixels(page("照案通過"), page("照案通過"))
    assert same == 0
    count, _ = changed_pixels(page("照案通過"), page("修正通過"))
    assert count > TOLERANCE


@pytest.fixture(scope="module")
def rendered(demo_forms: list[RenderedForm], tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Image.Image]:
    folder = tmp_path_factory.mktemp("visual")
    return {form.name: form_picture(form.pdf, folder) for form in demo_forms}


def test_every_form_looks_as_its_reference(rendered: dict[str, Image.Image]) -> None:
    update = os.environ.get("GMDESK_UPDATE_REFERENCE") == "1"
    if update:
        REFERENCE.mkdir(exist_ok=True)
        for old in REFERENCE.glob("*.png"):
            if old.stem not in rendered:
                old.unlink()
        for name, picture in rendered.items():
            picture.save(REFERENCE / f"{name}.png", optimize=True)
        return
    problems = []
    for name, picture in sorted(rendered.items()):
        path = REFERENCE / f"{name}.png"
        if not path.exists():
            problems.append(f"{name}: no reference image (run with GMDESK_UPDATE_REFERENCE=1)")
            continue
        reference = Image.open(path).convert("L")
        count, mask = changed_pixels(reference, picture)
        if count > TOLERANCE:
            DIFF_DIR.mkdir(parents=True, exist_ok=True)
            diff = DIFF_DIR / f"{name}.png"
            diff_picture(reference, picture, mask).save(diff)
            page = round(210 / 25.4 * DPI)
            size = "" if reference.size == picture.size else (
                f", {round(reference.width / page)} → {round(picture.width / page)} pages")
            problems.append(f"{name}: {count} pixels changed{size}; see {diff}")
    extra = sorted(p.stem for p in REFERENCE.glob("*.png") if p.stem not in rendered)
    problems += [f"{name}: a reference for a form the demo office no longer prints"
                 for name in extra]
    assert not problems, "\n".join(problems)
