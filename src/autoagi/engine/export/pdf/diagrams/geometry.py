"""Shared drawing helpers: boxes, clipped connectors, arrowheads, labels, fitting to the page."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...text import ELLIPSIS, one_line
from ..bidi import visual_order
from ..fonts import report_fonts

LINE = colors.HexColor("#52606d")


@dataclass(frozen=True)
class Box:
    x: float  # lower-left corner
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    def border_towards(self, x: float, y: float) -> tuple[float, float]:
        """Where the line from the centre towards (x, y) leaves the box."""
        cx, cy = self.centre
        dx, dy = x - cx, y - cy
        if dx == 0 and dy == 0:
            return cx, cy
        scale = min(
            (self.width / 2) / abs(dx) if dx else math.inf,
            (self.height / 2) / abs(dy) if dy else math.inf,
        )
        return cx + dx * scale, cy + dy * scale


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line in visual order, cut with an ellipsis to fit ``width`` points."""
    text = visual_order(report_fonts().printable(one_line(text)))
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``; the last allowed line ends with an ellipsis when cut."""
    lines = simpleSplit(one_line(text), font, size, width) or [""]
    if len(lines) <= max_lines:
        return [fit_text(line, font, size, width) for line in lines]  # a single over-long word is cut
    kept = lines[:max_lines]
    kept[-1] = fit_text(kept[-1] + " " + ELLIPSIS * 3, font, size, width)
    return [fit_text(line, font, size, width) for line in kept]


def arrow(x1: float, y1: float, x2: float, y2: float, *, dashed: bool = False, head: bool = True, colour=LINE) -> Group:
    group = Group(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=0.8, strokeDashArray=[3, 2] if dashed else None))
    length = math.hypot(x2 - x1, y2 - y1)
    if head and length > 0:
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        size = 5.0
        left = (x2 - size * ux + size * 0.45 * uy, y2 - size * uy - size * 0.45 * ux)
        right = (x2 - size * ux - size * 0.45 * uy, y2 - size * uy + size * 0.45 * ux)
        group.add(Polygon([x2, y2, *left, *right], fillColor=colour, strokeColor=colour, strokeWidth=0.5))
    return group


def label(text: str, x: float, y: float, font: str, size: float, max_width: float, *, background: bool = True) -> Group:
    """Centred text on an optional white plate, so it stays readable over lines."""
    fitted = fit_text(text, font, size, max_width)
    width = stringWidth(fitted, font, size)
    group = Group()
    if background and fitted:
        group.add(Rect(x - width / 2 - 1.5, y - 2, width + 3, size + 2, fillColor=colors.white, strokeColor=None))
    group.add(String(x, y, fitted, fontName=font, fontSize=size, textAnchor="middle"))
    return group


def fit(drawing: Drawing, max_width: float, max_height: float) -> Drawing:
    """Scale ``drawing`` down (never up) to fit the frame."""
    factor = min(1.0, max_width / drawing.width, max_height / drawing.height)
    if factor < 1.0:
        drawing.scale(factor, factor)
        drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
    return drawing
