"""The page layout of the report, bookmarks, and a canvas whose output never depends on the clock."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from ..text import clip, xml_safe
from .bidi import visual_order
from .styles import MUTED, RULE, Styles

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 8 * mm  # leaves room for the running header


class _FixedTimestamp:
    """Quacks like ``reportlab.lib.utils.TimeStamp`` but holds the bundle's ``generated_at``."""

    def __init__(self, moment: dt.datetime) -> None:
        utc = moment.astimezone(dt.UTC)
        self.t = utc.timestamp()
        self.lt = utc.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


def fixed_time_canvas(moment: dt.datetime, identity: str) -> Callable[..., Canvas]:
    """A canvas factory for ``doc.build``: creation date = ``moment``, document ID from ``identity``.

    reportlab's invariant mode alone still honours SOURCE_DATE_EPOCH from the environment; these
    two private fields are the whole of what it would otherwise take from the clock.
    """

    def make(*args, **kwargs) -> Canvas:
        kwargs["invariant"] = 1
        canvas = Canvas(*args, **kwargs)
        document = canvas._doc  # noqa: SLF001
        document._timeStamp = _FixedTimestamp(moment)  # noqa: SLF001
        document.signature = hashlib.md5(identity.encode("utf-8"), usedforsecurity=False)
        return canvas

    return make


class ReportDocument(BaseDocTemplate):
    """A4 portrait; a plain cover page, then pages with a running header and page numbers.

    Headings made by ``flowables.heading`` become PDF bookmarks, so a reader can jump between
    sections and requirements.
    """

    def __init__(self, buffer: io.BytesIO, *, title: str, subject: str, styles: Styles) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=xml_safe(title),
            author="Auto AGI Builder",
            creator="Auto AGI Builder",
            subject=subject,
            invariant=1,
        )
        self.styles = styles
        self.running_title = visual_order(clip(title, 90))
        cover = Frame(MARGIN, MARGIN, FRAME_WIDTH, PAGE_HEIGHT - 2 * MARGIN, id="cover")
        body = Frame(MARGIN, MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover], onPage=self._cover_page),
                PageTemplate(id="body", frames=[body], onPage=self._body_page),
            ]
        )

    def _cover_page(self, canvas: Canvas, _document) -> None:
        canvas.setTitle(self.title)

    def _body_page(self, canvas: Canvas, _document) -> None:
        fonts = self.styles.fonts
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN + 2
        canvas.drawString(MARGIN, top, self.running_title)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, f"Page {canvas.getPageNumber()}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, PAGE_WIDTH - MARGIN, top - 4)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook name
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        key = flowable.outline_key  # type: ignore[attr-defined]
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=level > 0)  # type: ignore[attr-defined]


def body_pages() -> Flowable:
    """Switch to the body template from the next page on (placed on the cover)."""
    return NextPageTemplate("body")
