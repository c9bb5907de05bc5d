"""Paragraph styles and colours of the PDF report."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from .fonts import FontSet

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#2563eb")
RULE = colors.HexColor("#cbd2d9")
HEADER_FILL = colors.HexColor("#e4e7eb")
SEVERITY_COLOURS = {"error": "#c81e1e", "warning": "#b45309", "info": "#2563eb"}
PHASE_COLOURS = {
    "mvp": colors.HexColor("#2563eb"),
    "should": colors.HexColor("#0d9488"),
    "could": colors.HexColor("#9333ea"),
}
CRITICAL = colors.HexColor("#c81e1e")


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    code: ParagraphStyle
    caption: ParagraphStyle


def make_styles(fonts: FontSet) -> Styles:
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4)
    return Styles(
        fonts=fonts,
        title=ParagraphStyle("title", parent=body, fontName=fonts.bold, fontSize=26, leading=32, spaceAfter=12),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED, spaceAfter=6),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.bold,
            fontSize=17,
            leading=22,
            spaceBefore=6,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontName=fonts.bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=fonts.bold, fontSize=10.5, leading=13.5, spaceBefore=7, spaceAfter=2
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=2),
        quote=ParagraphStyle("quote", parent=body, leftIndent=10, borderPadding=(2, 0, 2, 6), textColor=INK),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=1.5, bulletFontName=fonts.regular
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=fonts.bold, fontSize=8, leading=10, spaceAfter=0),
        code=ParagraphStyle("code", parent=body, fontName=fonts.mono, fontSize=7.5, leading=9.5),
        caption=ParagraphStyle("caption", parent=body, fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER),
    )
