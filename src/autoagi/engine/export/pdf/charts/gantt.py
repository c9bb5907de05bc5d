"""The roadmap as a Gantt chart: one bar per task, coloured by phase, critical tasks outlined,
milestones as diamonds; long roadmaps split into several drawings that share one time axis."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from autoagi.engine.planning.models import Roadmap, Task

from ..diagrams.geometry import fit_text
from ..fonts import FontSet
from ..styles import CRITICAL, MUTED, PHASE_COLOURS, RULE
from .scale import LinearScale

ROWS_PER_CHART = 45
ROW_HEIGHT = 11.0
LABEL_WIDTH = 150.0
AXIS_HEIGHT = 26.0
LEGEND_HEIGHT = 16.0
TICK_LABEL_WIDTH = 40.0


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    months, current = [], dt.date(first.year, first.month, 1)
    while current <= last:
        if current >= first:
            months.append(current)
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _week_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    return [monday + dt.timedelta(weeks=n) for n in range((last - monday).days // 7 + 1)]


class _Timeline:
    def __init__(self, roadmap: Roadmap, width: float) -> None:
        self.first = roadmap.start
        self.last = roadmap.finish + dt.timedelta(days=1)
        self.x = LinearScale(0, max((self.last - self.first).days, 1), LABEL_WIDTH, width - 4)

    def at(self, day: dt.date) -> float:
        return self.x((day - self.first).days)

    def ticks(self) -> list[tuple[dt.date, str]]:
        """Week or month starts, thinned so that labels never overlap."""
        room = max(int((self.x.end - self.x.start) // TICK_LABEL_WIDTH), 1)
        if (self.last - self.first).days <= 70:
            ticks = [(day, day.strftime("%d %b")) for day in _week_starts(self.first, self.last)]
        else:
            ticks = [(day, day.strftime("%b %Y")) for day in _month_starts(self.first, self.last)]
        step = -(-len(ticks) // room)  # ceiling division
        return ticks[::step]


def _axis(drawing: Drawing, timeline: _Timeline, top: float, bottom: float, fonts: FontSet) -> None:
    for day, label in timeline.ticks():
        x = timeline.at(day)
        drawing.add(Line(x, bottom, x, top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(x + 1, top + 3, label, fontName=fonts.regular, fontSize=6.5, fillColor=MUTED))


def _bar(drawing: Drawing, task: Task, timeline: _Timeline, y: float) -> None:
    left = timeline.at(task.start)
    right = max(timeline.at(task.finish + dt.timedelta(days=1)), left + 1.5)
    colour = PHASE_COLOURS.get(task.phase, colors.grey)
    drawing.add(
        Rect(
            left,
            y + 2,
            right - left,
            ROW_HEIGHT - 4,
            fillColor=colour,
            strokeColor=CRITICAL if task.critical else colour,
            strokeWidth=1.2 if task.critical else 0.3,
        )
    )


def _legend(drawing: Drawing, roadmap: Roadmap, fonts: FontSet, y: float) -> None:
    x = 0.0
    for phase in roadmap.phases:
        drawing.add(Rect(x, y, 8, 8, fillColor=PHASE_COLOURS.get(phase.id, colors.grey), strokeColor=None))
        label = fit_text(phase.name, fonts.regular, 7, 110)
        drawing.add(String(x + 11, y + 1, label, fontName=fonts.regular, fontSize=7))
        x += 20 + stringWidth(label, fonts.regular, 7)
    drawing.add(Rect(x, y, 8, 8, fillColor=colors.white, strokeColor=CRITICAL, strokeWidth=1.2))
    drawing.add(String(x + 11, y + 1, "critical path", fontName=fonts.regular, fontSize=7))
    x += 70
    drawing.add(Polygon([x, y + 4, x + 4, y + 8, x + 8, y + 4, x + 4, y], fillColor=colors.black, strokeColor=None))
    drawing.add(String(x + 11, y + 1, "milestone", fontName=fonts.regular, fontSize=7))


def gantt_charts(roadmap: Roadmap, width: float, fonts: FontSet) -> list[Drawing]:
    """One drawing per ``ROWS_PER_CHART`` tasks, ordered by start; milestones on every drawing."""
    tasks = sorted(roadmap.tasks, key=lambda task: (task.start_day, task.id))
    timeline = _Timeline(roadmap, width)
    chunks = [tasks[index : index + ROWS_PER_CHART] for index in range(0, len(tasks), ROWS_PER_CHART)] or [[]]
    drawings = []
    for chunk in chunks:
        rows = len(chunk) + 1  # + the milestone row
        height = rows * ROW_HEIGHT + AXIS_HEIGHT + LEGEND_HEIGHT
        drawing = Drawing(width, height)
        top = height - AXIS_HEIGHT
        _axis(drawing, timeline, top, LEGEND_HEIGHT, fonts)
        milestone_y = top - ROW_HEIGHT
        drawing.add(String(0, milestone_y + 2.5, "Milestones", fontName=fonts.bold, fontSize=7))
        for milestone in roadmap.milestones:
            x, mid = timeline.at(milestone.date), milestone_y + ROW_HEIGHT / 2
            drawing.add(
                Polygon([x - 4, mid, x, mid + 4, x + 4, mid, x, mid - 4], fillColor=colors.black, strokeColor=None)
            )
        for row, task in enumerate(chunk, start=2):
            y = top - row * ROW_HEIGHT
            label = fit_text(f"{task.id} {task.title}", fonts.regular, 6.5, LABEL_WIDTH - 6)
            drawing.add(String(0, y + 2.5, label, fontName=fonts.regular, fontSize=6.5))
            _bar(drawing, task, timeline, y)
        _legend(drawing, roadmap, fonts, 2)
        drawings.append(drawing)
    return drawings
