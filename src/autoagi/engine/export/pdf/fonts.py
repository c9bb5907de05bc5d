"""Fonts for the PDF report, chosen from what is installed, never downloaded.

1. DejaVu Sans / Sans Mono from Debian's ``fonts-dejavu-core`` (installed on the project's machines):
   Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols.
2. Bitstream Vera, which ships inside the reportlab wheel: Latin only.
3. reportlab's built-in Helvetica and Courier (the PDF standard 14 fonts): Latin-1 only.

reportlab draws a character its font lacks as an empty box and leaves it out of the text layer,
so :meth:`FontSet.printable` replaces such characters first: a symbol or emoji by its Unicode
name ("🚀" → "[rocket]"), anything else (CJK, for want of a CJK font) by "□". Right-to-left
runs are put in visual order by :mod:`.bidi`.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
REPORTLAB_FONTS = Path(reportlab.__file__).parent / "fonts"


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    mono: str
    source: str
    coverage: frozenset[int] = field(default=frozenset(), repr=False)  # code points the regular face draws

    def printable(self, text: str) -> str:
        """``text`` with every character the font cannot draw replaced by something it can."""
        if all(ord(character) in self.coverage for character in text):
            return text
        return "".join(self._substitute(character) for character in text)

    def _substitute(self, character: str) -> str:
        if ord(character) in self.coverage or character in "\n\t":
            return character
        category = unicodedata.category(character)
        if category in ("Mn", "Me", "Cf"):  # emoji variation selectors, joiners, combining marks
            return ""
        name = unicodedata.name(character, "")
        if category.startswith("S") and name:
            return f"[{name.lower()}]"
        return "\u25a1" if 0x25A1 in self.coverage else "?"


def _latin1() -> frozenset[int]:
    """What the standard 14 fonts draw: reportlab encodes them as WinAnsi (cp1252)."""
    return frozenset(ord(character) for character in bytes(range(32, 256)).decode("cp1252", errors="ignore"))


STANDARD = FontSet(
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier", "standard", _latin1()
)


def _register(family: str, files: dict[str, Path], mono: tuple[str, Path] | None, source: str) -> FontSet:
    names = {style: f"{family}-{style}" for style in files}
    for style, path in files.items():
        pdfmetrics.registerFont(TTFont(names[style], str(path)))
    # <b> and <i> in paragraphs pick the family's bold and italic faces through this mapping.
    for (bold, italic), style in {(0, 0): "regular", (1, 0): "bold", (0, 1): "italic", (1, 1): "bold_italic"}.items():
        addMapping(family, bold, italic, names[style])
    mono_name = "Courier"
    if mono is not None:
        mono_name = mono[0]
        pdfmetrics.registerFont(TTFont(mono_name, str(mono[1])))
    coverage = frozenset(pdfmetrics.getFont(names["regular"]).face.charToGlyph)
    return FontSet(names["regular"], names["bold"], names["italic"], names["bold_italic"], mono_name, source, coverage)


def _dejavu() -> FontSet | None:
    for folder in DEJAVU_DIRS:
        files = {
            "regular": folder / "DejaVuSans.ttf",
            "bold": folder / "DejaVuSans-Bold.ttf",
            "italic": folder / "DejaVuSans-Oblique.ttf",
            "bold_italic": folder / "DejaVuSans-BoldOblique.ttf",
        }
        mono = folder / "DejaVuSansMono.ttf"
        if all(path.is_file() for path in files.values()):
            return _register(
                "DejaVuSans", files, ("DejaVuSansMono", mono) if mono.is_file() else None, f"DejaVu ({folder})"
            )
    return None


def _vera() -> FontSet | None:
    files = {
        "regular": REPORTLAB_FONTS / "Vera.ttf",
        "bold": REPORTLAB_FONTS / "VeraBd.ttf",
        "italic": REPORTLAB_FONTS / "VeraIt.ttf",
        "bold_italic": REPORTLAB_FONTS / "VeraBI.ttf",
    }
    if all(path.is_file() for path in files.values()):
        return _register("Vera", files, None, "Bitstream Vera (reportlab)")
    return None


@functools.cache
def report_fonts() -> FontSet:
    """The best installed font set. reportlab's font registry is process-wide, so registration
    happens once per process; it is idempotent and every PDF uses the same faces."""
    return _dejavu() or _vera() or STANDARD
