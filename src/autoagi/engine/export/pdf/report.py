"""``render_pdf``: the project report as a PDF, laid out by reportlab's platypus."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable

from ..bundle import ProjectBundle
from .context import RenderContext
from .document import FRAME_HEIGHT, FRAME_WIDTH, ReportDocument, fixed_time_canvas
from .fonts import report_fonts
from .sections.cover import cover
from .sections.design import design_section
from .sections.planning import estimate_section, roadmap_section, roi_section
from .sections.prototype import prototype_section
from .sections.requirements import requirements_section
from .styles import make_styles

SECTIONS = (
    cover,
    requirements_section,
    design_section,
    prototype_section,
    estimate_section,
    roadmap_section,
    roi_section,
)


def render_pdf(bundle: ProjectBundle) -> bytes:
    styles = make_styles(report_fonts())
    context = RenderContext(styles=styles, width=FRAME_WIDTH, height=FRAME_HEIGHT)
    story: list[Flowable] = [flowable for section in SECTIONS for flowable in section(bundle, context)]
    buffer = io.BytesIO()
    document = ReportDocument(buffer, title=bundle.title, subject="Project report", styles=styles)
    identity = f"{bundle.project_name}\x1f{bundle.client or ''}\x1f{bundle.generated_at_utc.isoformat()}"
    document.build(story, canvasmaker=fixed_time_canvas(bundle.generated_at_utc, identity))
    return buffer.getvalue()
