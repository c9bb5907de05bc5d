"""Requirements with their findings, criteria and sources, after a summary and the client questions."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from autoagi.engine.artifacts import Requirement

from ... import figures
from ...bundle import ProjectBundle
from ...figures import Table
from ...text import clip
from ..context import RenderContext
from ..flowables import bullets, data_table, gap, markup, para
from ..styles import SEVERITY_COLOURS

GROUPS = (
    ("Functional requirements", ("functional",)),
    ("Non-functional requirements and constraints", ("non_functional", "constraint")),
)


def _requirement(requirement: Requirement, names: dict[str, str], context: RenderContext) -> list[Flowable]:
    styles = context.styles
    meta = (
        f"{requirement.kind.replace('_', '-')} · {requirement.category.replace('_', ' ')} · "
        f"priority <b>{requirement.priority}</b> · confidence {requirement.confidence:.2f}"
    )
    head = [context.heading(f"{requirement.id} — {clip(requirement.title, 160)}", 2), Paragraph(meta, styles.small)]
    body: list[Flowable] = [para(requirement.statement, styles.quote)]
    if requirement.rationale:
        body.append(para(requirement.rationale, styles.small, prefix="<b>Rationale:</b> "))
    if requirement.actors or requirement.entities:
        body.append(
            para(
                f"{', '.join(requirement.actors) or '—'} · entities: {', '.join(requirement.entities) or '—'}",
                styles.small,
                prefix="Actors: ",
            )
        )
    if requirement.acceptance_criteria:
        body += bullets(
            [f"Given {c.given}, when {c.when}, then {c.then}" for c in requirement.acceptance_criteria],
            styles,
            prefix="<b>AC</b> ",
        )
    for finding in requirement.findings:
        colour = SEVERITY_COLOURS[finding.severity]
        prefix = f'<font color="{colour}"><b>{finding.severity.upper()}</b></font> <b>{markup(finding.rule)}</b>: '
        text = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
        body.append(
            Paragraph(
                prefix + markup(" ".join(text.split())),
                styles.bullet,
                bulletText=context.styles.fonts.printable("⚠"),
            )
        )
    for span in requirement.sources:
        where = names.get(span.document_id, span.document_id)
        body.append(
            para(
                f"{where} [{span.start}–{span.end}]: “{clip(span.quote, 400)}”", styles.small, prefix="<b>Source:</b> "
            )
        )
    if requirement.depends_on:
        body.append(para(", ".join(requirement.depends_on), styles.small, prefix="<b>Depends on:</b> "))
    # The heading, meta line and statement stay on one page; the rest may flow on.
    return [KeepTogether([*head, body[0]]), *body[1:], gap(3)]


def requirements_section(bundle: ProjectBundle, context: RenderContext) -> list[Flowable]:
    analysis, styles = bundle.analysis, context.styles
    flowables: list[Flowable] = [context.heading("Requirements", 0)]
    flowables.append(data_table(figures.requirement_counts(analysis), styles, context.width * 0.5))
    flowables.append(gap())
    for heading, notes in figures.project_notes(analysis):
        flowables.append(context.heading(heading, 1))
        flowables += bullets(notes, styles)
    overview = Table(
        ("ID", "Title", "Priority", "Kind", "Findings"),
        [
            (r.id, clip(r.title, 80), r.priority, r.kind.replace("_", "-"), str(len(r.findings)))
            for r in analysis.requirements
        ],
    )
    flowables += [
        context.heading("Overview", 1),
        data_table(
            overview, styles, context.width, [context.width * share for share in (0.11, 0.53, 0.11, 0.15, 0.10)]
        ),
        gap(),
    ]
    names = {document.id: document.name for document in analysis.documents}
    for title, kinds in GROUPS:
        group = [r for r in analysis.requirements if r.kind in kinds]
        if group:
            flowables.append(context.heading(title, 1))
            for requirement in group:
                flowables += _requirement(requirement, names, context)
    return flowables
