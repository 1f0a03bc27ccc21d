"""The Traditional Chinese TrueType font every PDF embeds (never a font the reader must have)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from gmdesk.paths import resource

FONT_NAME = "GMKai"


@dataclass(frozen=True)
class FontChoice:
    path: Path
    subfont: int = 0
    label: str = ""


class FontMissingError(RuntimeError):
    """No usable Traditional Chinese TrueType font was found."""


def font_candidates(platform: str | None = None,
                environ: Mapping[str, str] | None = None) -> list[FontChoice]:
    """Return the print fonts to try, in order: the bundled AR PL UKai, then the system's.

    Windows: bundled ukai.ttc → %WINDIR%\\Fonts\\kaiu.ttf (標楷體) → mingliu.ttc (細明體), all
    TrueType (reportlab cannot embed the CFF outlines of 微軟正黑體's successors).
    Linux: bundled ukai.ttc → Debian's fonts-arphic-ukai.
    """
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    found = [
        # Bundled by set-up / the installer: AR PL UKai, Taiwan face (subfont 2 of the .ttc).
        FontChoice(resource("fonts/ukai.ttc"), 2, "文鼎PL中楷 (AR PL UKai TW)"),
    ]
    if platform == "win32":
        windir = env.get("WINDIR") or env.get("SystemRoot") or "C:\\Windows"
        fonts = PureWindowsPath(windir) / "Fonts"
        found += [FontChoice(Path(str(fonts / "kaiu.ttf")), 0, "標楷體"),
                  FontChoice(Path(str(fonts / "mingliu.ttc")), 0, "細明體")]
    else:
        found.append(FontChoice(Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), 2,
                                "文鼎PL中楷 (AR PL UKai TW)"))
    return found


def editable_font(platform: str | None = None) -> str:
    """Return the font family an editable copy (.odt, .docx) names: the Kai face the PC has.

    An editable copy cannot carry gmdesk's bundled font the way a PDF embeds it; Windows PCs
    in Taiwan all have 標楷體, Linux ones Debian's AR PL UKai (the face the PDFs print in).
    """
    return "標楷體" if (platform or sys.platform) == "win32" else "AR PL UKai TW"


def available_fonts() -> list[FontChoice]:
    """Return the fonts this PC offers for printing, the bundled one first."""
    seen: set[Path] = set()
    result = []
    for choice in font_candidates():
        if choice.path.is_file() and choice.path.resolve() not in seen:
            seen.add(choice.path.resolve())
            result.append(choice)
    return result


_registered: FontChoice | None = None
_preferred: Path | None = None


def set_preferred(path: str | Path | None) -> None:
    """Use the font the clerk chose in 設定 (such as 標楷體) for later documents, if it exists."""
    global _preferred
    _preferred = Path(path) if path else None


def register(preferred: str | Path | None = None) -> FontChoice:
    """Register the print font with reportlab (once) and return which it is.

    `preferred` is a path the clerk chose in 設定 (such as 標楷體 kaiu.ttf); the
    bundled font is used when it is missing.
    """
    global _registered
    preferred = preferred or _preferred
    if preferred:
        path = Path(preferred)
        wanted = FontChoice(path, 2 if path.suffix.lower() == ".ttc" else 0, path.stem)
        if _registered is not None and _registered.path == wanted.path:
            return _registered
        if path.is_file():
            return _register(wanted)
    if _registered is not None:
        return _registered
    fonts = available_fonts()
    if not fonts:
        raise FontMissingError(
            "找不到列印用的中文字型（ukai.ttc）。請重新執行安裝，或在「設定」選擇標楷體。"
        )
    return _register(fonts[0])


def _register(choice: FontChoice) -> FontChoice:
    global _registered
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(FONT_NAME, str(choice.path), subfontIndex=choice.subfont)
    # Re-registering under the same name replaces the face for later documents.
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME,
                                  boldItalic=FONT_NAME)
    # The canvas's default font (Helvetica) would otherwise appear, unembedded, in every PDF.
    rl_config.canvas_basefontname = FONT_NAME
    _registered = choice
    return choice


def missing_glyphs(text: str) -> list[str]:
    """Return the characters of `text` the print font cannot draw (each once, in order)."""
    from reportlab.pdfbase import pdfmetrics

    register()
    font = pdfmetrics.getFont(FONT_NAME)
    cmap = font.face.charToGlyph
    missing: list[str] = []
    for char in text:
        if char.isspace() or ord(char) < 0x20:
            continue
        if ord(char) not in cmap and char not in missing:
            missing.append(char)
    return missing
