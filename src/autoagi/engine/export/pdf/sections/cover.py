"""The title page: project, client, date, what the report holds, and the headline numbers."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ...bundle import ProjectBundle
from ...figures import Table, money, number
from ..context import RenderContext
from ..document import body_pages
from ..flowables import data_table, markup, para


def _headlines(bundle: ProjectBundle) -> Table:
    rows = [("Requirements", str(len(bundle.analysis.requirements)))]
    if bundle.design is not None:
        rows.append(
            (
                "Entities / endpoints / pages",
                f"{len(bundle.design.entities)} / {len(bundle.design.endpoints)} / {len(bundle.design.pages)}",
            )
        )
    if bundle.estimate is not None:
        cost = bundle.estimate.monte_carlo.cost
        rows.append(
            (
                "Cost P50 (P10–P90)",
                f"{money(cost.p50, bundle.estimate.currency)} ({number(cost.p10)}–{number(cost.p90)})",
            )
        )
    if bundle.roadmap is not None:
        rows.append(("Schedule", f"{bundle.roadmap.start.isoformat()} → {bundle.roadmap.finish.isoformat()}"))
    if bundle.roi is not None:
        rows.append(("Net present value", number(bundle.roi.npv)))
    return Table(("At a glance", ""), rows)


def cover(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    styles = context.styles
    flowables: list[Flowable] = [
        Spacer(1, 120),
        para(bundle.title, styles.title),
        Paragraph("Project report", styles.subtitle),
    ]
    if bundle.client:
        flowables.append(Paragraph("Prepared for " + markup(" ".join(bundle.client.split())), styles.subtitle))
    flowables.append(Paragraph(f"Generated {bundle.generated_at_utc.strftime('%d %B %Y, %H:%M UTC')}", styles.subtitle))
    flowables += [Spacer(1, 30), data_table(_headlines(bundle), styles, context.width * 0.75)]
    flowables += [
        Spacer(1, 30),
        Paragraph("Made with Auto AGI Builder; every requirement cites its source text.", styles.small),
    ]
    return [*flowables, body_pages(), PageBreak()]
