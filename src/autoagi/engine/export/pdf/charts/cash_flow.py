"""Monthly net cash flow as bars, with the cumulative and discounted cumulative position as lines."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from autoagi.engine.planning.models import RoiResult

from ..fonts import FontSet
from ..styles import ACCENT, MUTED, RULE
from .scale import LinearScale, compact, nice_ticks

HEIGHT = 210.0
LEFT = 44.0
BOTTOM = 34.0
TOP_PAD = 8.0
POSITIVE = colors.HexColor("#16a34a")
NEGATIVE = colors.HexColor("#dc2626")
DISCOUNTED = colors.HexColor("#9333ea")


def cash_flow_chart(roi: RoiResult, width: float, fonts: FontSet) -> Drawing:
    flows = roi.cash_flows
    drawing = Drawing(width, HEIGHT)
    values = [0.0] + [f.net for f in flows] + [f.cumulative for f in flows] + [f.cumulative_discounted for f in flows]
    ticks = nice_ticks(min(values), max(values))
    y = LinearScale(ticks[0], ticks[-1], BOTTOM, HEIGHT - TOP_PAD)
    months = max(len(flows), 1)
    x = LinearScale(0, months, LEFT, width - 4)
    for tick in ticks:
        drawing.add(Line(LEFT, y(tick), width - 4, y(tick), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(LEFT - 3, y(tick) - 2.5, compact(tick), fontName=fonts.regular, fontSize=6.5, textAnchor="end")
        )
    drawing.add(Line(LEFT, y(0), width - 4, y(0), strokeColor=MUTED, strokeWidth=0.6))
    bar_width = max((x(1) - x(0)) * 0.7, 0.3)
    for flow in flows:
        if flow.net:
            base, top = sorted((y(0), y(flow.net)))
            drawing.add(
                Rect(
                    x(flow.month) + 0.15 * bar_width,
                    base,
                    bar_width,
                    top - base,
                    strokeColor=None,
                    fillColor=POSITIVE if flow.net > 0 else NEGATIVE,
                )
            )
    for attribute, colour, dash in (("cumulative", ACCENT, None), ("cumulative_discounted", DISCOUNTED, [3, 2])):
        points = [coordinate for f in flows for coordinate in (x(f.month + 0.5), y(getattr(f, attribute)))]
        if len(points) >= 4:
            drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.2, strokeDashArray=dash))
    step = 1 if months <= 24 else 3 if months <= 60 else 12 if months <= 240 else 60
    for month in range(0, months, step):
        drawing.add(
            String(x(month + 0.5), BOTTOM - 9, str(month), fontName=fonts.regular, fontSize=6, textAnchor="middle")
        )
    drawing.add(
        String(
            (LEFT + width) / 2,
            BOTTOM - 18,
            "month",
            fontName=fonts.regular,
            fontSize=6.5,
            textAnchor="middle",
            fillColor=MUTED,
        )
    )
    legend = (("net cash flow per month", POSITIVE), ("cumulative", ACCENT), ("cumulative, discounted", DISCOUNTED))
    left = LEFT
    for label, colour in legend:
        drawing.add(Rect(left, 2, 8, 6, fillColor=colour, strokeColor=None))
        drawing.add(String(left + 11, 2, label, fontName=fonts.regular, fontSize=7))
        left += 20 + len(label) * 3.9
    return drawing
