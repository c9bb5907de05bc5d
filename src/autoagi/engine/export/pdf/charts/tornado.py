"""The ROI sensitivity as a tornado chart: NPV with each input at −20 % and +20 %, widest swing on top."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from autoagi.engine.planning.models import RoiResult

from ..diagrams.geometry import fit_text
from ..fonts import FontSet
from ..styles import MUTED, RULE
from .scale import LinearScale, compact, nice_ticks

ROW = 16.0
LABEL_WIDTH = 150.0
AXIS = 26.0
MAX_ROWS = 20
LOW_COLOUR = colors.HexColor("#f97316")
HIGH_COLOUR = colors.HexColor("#0ea5e9")


def tornado_chart(roi: RoiResult, width: float, fonts: FontSet) -> Drawing | None:
    rows = sorted(roi.sensitivity, key=lambda row: (-row.swing, row.label))[:MAX_ROWS]
    if not rows:
        return None
    height = len(rows) * ROW + AXIS + 14
    drawing = Drawing(width, height)
    values = [roi.npv] + [v for row in rows for v in (row.npv_low, row.npv_high)]
    ticks = nice_ticks(min(values), max(values))
    x = LinearScale(ticks[0], ticks[-1], LABEL_WIDTH, width - 6)
    top = height - 14
    for tick in ticks:
        drawing.add(Line(x(tick), AXIS - 4, x(tick), top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(x(tick), AXIS - 13, compact(tick), fontName=fonts.regular, fontSize=6.5, textAnchor="middle")
        )
    for index, row in enumerate(rows):
        y = top - (index + 1) * ROW
        drawing.add(
            String(0, y + 5, fit_text(row.label, fonts.regular, 7, LABEL_WIDTH - 6), fontName=fonts.regular, fontSize=7)
        )
        for value, colour in ((row.npv_low, LOW_COLOUR), (row.npv_high, HIGH_COLOUR)):
            left, right = sorted((x(roi.npv), x(value)))
            drawing.add(Rect(left, y + 3, max(right - left, 0.5), ROW - 6, fillColor=colour, strokeColor=None))
    drawing.add(Line(x(roi.npv), AXIS - 4, x(roi.npv), top, strokeColor=colors.black, strokeWidth=0.8))
    drawing.add(
        String(
            x(roi.npv), top + 3, f"base NPV {compact(roi.npv)}", fontName=fonts.bold, fontSize=7, textAnchor="middle"
        )
    )
    drawing.add(String(LABEL_WIDTH, 2, "NPV with the input at", fontName=fonts.regular, fontSize=7, fillColor=MUTED))
    for offset, (label, colour) in enumerate((("−20 %", LOW_COLOUR), ("+20 %", HIGH_COLOUR))):
        left = LABEL_WIDTH + 80 + offset * 50
        drawing.add(Rect(left, 2, 8, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(left + 11, 2, label, fontName=fonts.regular, fontSize=7))
    return drawing
