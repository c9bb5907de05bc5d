"""Small builders of reportlab flowables that take client text safely.

reportlab paragraphs read a small XML markup, so every piece of client text is cleaned of
characters XML forbids and escaped before it reaches one; long text never goes into a table cell
whole, because a cell taller than a page cannot be laid out.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Preformatted, Spacer, Table, TableStyle

from ..figures import Table as DataTable
from ..text import clip, xml_safe
from .bidi import visual_order
from .fonts import report_fonts
from .styles import HEADER_FILL, RULE, Styles

MAX_CELL = 280
MAX_CODE_LINES = 80
MAX_CODE_LINE = 110


def markup(text: str) -> str:
    """Client text as paragraph markup: no tags, no entities, no control characters."""
    return escape(visual_order(report_fonts().printable(xml_safe(text))))


def para(text: str, style, *, prefix: str = "") -> Paragraph:
    """A paragraph of client ``text`` after trusted ``prefix`` markup (for example ``<b>Source:</b> ``)."""
    return Paragraph(prefix + markup(" ".join(text.split())), style)


def bullets(texts: list[str], styles: Styles, *, prefix: str = "") -> list[Paragraph]:
    return [Paragraph(prefix + markup(" ".join(t.split())), styles.bullet, bulletText="•") for t in texts]


def heading(text: str, style, level: int, key: str) -> Paragraph:
    """A heading the document template turns into a PDF bookmark (see ``ReportDocument``)."""
    paragraph = para(text, style)
    paragraph.outline_level = level  # type: ignore[attr-defined]
    paragraph.outline_key = key  # type: ignore[attr-defined]
    paragraph.outline_title = clip(text, 90)  # type: ignore[attr-defined]
    paragraph.keepWithNext = True
    return paragraph


def data_table(table: DataTable, styles: Styles, width: float, col_widths: list[float] | None = None) -> Table:
    """A table that splits across pages, repeating its header row; cells are clipped."""
    header = [Paragraph(markup(cell), styles.cell_bold) for cell in table.header]
    rows = [[Paragraph(markup(clip(cell, MAX_CELL)), styles.cell) for cell in row] for row in table.rows]
    widths = col_widths or [width / len(table.header)] * len(table.header)
    grid = Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f8fafc")]),
            ]
        )
    )
    return grid


def code_block(text: str, styles: Styles) -> Preformatted:
    """Monospaced text, cut to a page-friendly number of lines and line length."""
    lines = [report_fonts().printable(xml_safe(line))[:MAX_CODE_LINE] for line in text.splitlines()[:MAX_CODE_LINES]]
    if len(text.splitlines()) > MAX_CODE_LINES:
        lines.append("…")
    return Preformatted("\n".join(lines), styles.code)


def gap(height: float = 6) -> Flowable:
    return Spacer(1, height)
