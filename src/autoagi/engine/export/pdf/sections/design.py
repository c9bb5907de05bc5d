"""The design: domain model (table and ER drawings), diagrams, API, pages and decision records."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from autoagi.engine.artifacts import Design

from ...bundle import ProjectBundle
from ...figures import Table
from ...text import clip
from ..context import RenderContext
from ..diagrams.er import er_drawings
from ..diagrams.flowchart import flowchart_drawing
from ..diagrams.geometry import fit
from ..diagrams.mermaid_text import diagram_kind
from ..diagrams.sequence import sequence_drawing
from ..flowables import code_block, data_table, gap, para

DRAWERS = {"flowchart": flowchart_drawing, "sequence": sequence_drawing}


def _diagram_title(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _domain(design: Design, context: RenderContext) -> list[Flowable]:
    styles, width = context.styles, context.width
    table = Table(
        ("Entity", "Fields", "Relations", "Requirements"),
        [
            (
                entity.name,
                ", ".join(f"{f.name}: {f.type}{'' if f.required else '?'}" for f in entity.fields),
                ", ".join(f"{r.kind.replace('_', '-')} {r.target}" for r in entity.relations),
                ", ".join(entity.requirement_ids),
            )
            for entity in design.entities
        ],
    )
    flowables: list[Flowable] = [context.heading("Domain model", 1)]
    if not design.entities:
        return [*flowables, Paragraph("No entities.", styles.body)]
    flowables += [data_table(table, styles, width, [width * s for s in (0.17, 0.45, 0.19, 0.19)]), gap()]
    for index, drawing in enumerate(er_drawings(design, width, styles.fonts), start=1):
        flowables.append(
            KeepTogether(
                [
                    Paragraph(f"Entity-relationship diagram ({index})", styles.caption),
                    fit(drawing, width, context.height - 30),
                ]
            )
        )
        flowables.append(gap())
    return flowables


def _diagrams(design: Design, context: RenderContext) -> list[Flowable]:
    """Flowcharts and sequence diagrams drawn from their Mermaid text; the ER diagram is drawn
    from the model above, and anything unreadable is shown as Mermaid source."""
    styles = context.styles
    blocks: list[list[Flowable]] = []
    for name in sorted(design.diagrams):
        source = design.diagrams[name]
        kind = diagram_kind(source)
        if kind == "er" and design.entities:
            continue
        drawer = DRAWERS.get(kind or "")
        drawing = drawer(source, context.width, styles.fonts) if drawer else None
        title = Paragraph(_diagram_title(clip(name, 80)), styles.caption)
        shown = fit(drawing, context.width, context.height - 60) if drawing is not None else code_block(source, styles)
        blocks.append([title, shown])
    if not blocks:
        return []
    blocks[0].insert(0, context.heading("Diagrams", 1))  # the heading travels with the first diagram
    flowables: list[Flowable] = []
    for block in blocks:
        flowables += [KeepTogether(block), gap()]
    return flowables


def _interfaces(design: Design, context: RenderContext) -> list[Flowable]:
    styles, width = context.styles, context.width
    flowables: list[Flowable] = []
    if design.endpoints:
        endpoints = Table(
            ("Method", "Path", "Summary", "Requirements"),
            [(e.method, e.path, e.summary, ", ".join(e.requirement_ids)) for e in design.endpoints],
        )
        flowables += [
            context.heading("API endpoints", 1),
            data_table(endpoints, styles, width, [width * s for s in (0.1, 0.33, 0.39, 0.18)]),
            gap(),
        ]
    if design.pages:
        pages = Table(
            ("Page", "Route", "Requirements"), [(p.name, p.route, ", ".join(p.requirement_ids)) for p in design.pages]
        )
        flowables += [
            context.heading("Pages", 1),
            data_table(pages, styles, width, [width * s for s in (0.35, 0.35, 0.3)]),
            gap(),
        ]
    return flowables


def _decisions(design: Design, context: RenderContext) -> list[Flowable]:
    if not design.decisions:
        return []
    styles = context.styles
    flowables: list[Flowable] = [context.heading("Architecture decision records", 1)]
    for number, decision in enumerate(design.decisions, start=1):
        flowables.append(context.heading(f"ADR-{number:03d}: {clip(decision.title, 150)}", 2))
        for label, text in (
            ("Context", decision.context),
            ("Decision", decision.decision),
            ("Consequences", decision.consequences),
        ):
            flowables.append(para(text, styles.body, prefix=f"<b>{label}:</b> "))
        if decision.requirement_ids:
            flowables.append(para(", ".join(decision.requirement_ids), styles.small, prefix="<b>Requirements:</b> "))
    return flowables


def design_section(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    design = bundle.design
    if design is None:
        return []
    summary = (
        f"{len(design.entities)} entities, {len(design.roles)} roles ({', '.join(design.roles) or 'none'}), "
        f"{len(design.endpoints)} endpoints, {len(design.pages)} pages, {len(design.decisions)} decisions."
    )
    flowables: list[Flowable] = [context.heading("Design", 0), para(summary, context.styles.body)]
    if design.unanswered_requirement_ids:
        flowables.append(
            para(
                ", ".join(design.unanswered_requirement_ids),
                context.styles.body,
                prefix="<b>Requirements no design element answers yet:</b> ",
            )
        )
    return (
        flowables
        + _domain(design, context)
        + _diagrams(design, context)
        + _interfaces(design, context)
        + _decisions(design, context)
    )
