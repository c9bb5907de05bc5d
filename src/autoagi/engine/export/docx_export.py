"""The project report as a Word document (python-docx): headings, tables, findings, screenshots.

python-docx stamps each zip member with the current time, so the saved file is re-packed with the
bundle's ``generated_at`` (see :mod:`.deterministic_zip`); core properties carry the same time.
"""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.document import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Inches, Pt

from autoagi.engine.artifacts import Design, Requirement

from . import figures
from .bundle import ProjectBundle
from .deterministic_zip import normalise_zip
from .figures import Table
from .text import clip, one_line, xml_safe

SEVERITY_HIGHLIGHT = {"error": WD_COLOR_INDEX.PINK, "warning": WD_COLOR_INDEX.YELLOW, "info": WD_COLOR_INDEX.GRAY_25}
MAX_CELL = 300
SCREENSHOT_WIDTH = Inches(3.0)


def _table(document: Document, table: Table) -> None:
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for values in table.rows:
        for cell, text in zip(grid.add_row().cells, values, strict=True):
            cell.text = clip(text, MAX_CELL)
    document.add_paragraph()


def _bullet(document: Document, text: str) -> None:
    document.add_paragraph(one_line(text), style="List Bullet")


def _cover(document: Document, bundle: ProjectBundle) -> None:
    document.add_heading(one_line(bundle.title), level=0)
    if bundle.client:
        document.add_paragraph(f"Client: {one_line(bundle.client)}")
    document.add_paragraph(f"Generated: {bundle.generated_at_utc.isoformat()}")


def _requirement(document: Document, requirement: Requirement, names: dict[str, str]) -> None:
    document.add_heading(f"{requirement.id}: {clip(requirement.title, 200)}", level=3)
    meta = (
        f"{requirement.kind.replace('_', '-')} · {requirement.category.replace('_', ' ')} · "
        f"priority {requirement.priority} · confidence {requirement.confidence:.2f}"
    )
    document.add_paragraph(meta).runs[0].italic = True
    document.add_paragraph(xml_safe(requirement.statement), style="Quote")
    if requirement.rationale:
        document.add_paragraph(one_line(f"Rationale: {requirement.rationale}"))
    if requirement.actors or requirement.entities:
        document.add_paragraph(
            one_line(
                f"Actors: {', '.join(requirement.actors) or '—'} · Entities: {', '.join(requirement.entities) or '—'}"
            )
        )
    for criterion in requirement.acceptance_criteria:
        _bullet(document, f"Given {criterion.given}, when {criterion.when}, then {criterion.then}")
    for finding in requirement.findings:
        paragraph = document.add_paragraph(style="List Bullet")
        label = paragraph.add_run(f"{finding.severity.upper()} {one_line(finding.rule)}: ")
        label.bold = True
        label.font.highlight_color = SEVERITY_HIGHLIGHT[finding.severity]
        paragraph.add_run(
            one_line(finding.message) + (f" Suggestion: {one_line(finding.suggestion)}" if finding.suggestion else "")
        )
    for span in requirement.sources:
        where = names.get(span.document_id, span.document_id)
        document.add_paragraph(f"Source: {one_line(where)} [{span.start}–{span.end}]: “{one_line(span.quote)}”").runs[
            0
        ].font.size = Pt(9)
    if requirement.depends_on:
        document.add_paragraph(one_line(f"Depends on: {', '.join(requirement.depends_on)}"))


def _requirements(document: Document, bundle: ProjectBundle) -> None:
    analysis = bundle.analysis
    document.add_heading("Requirements", level=1)
    _table(document, figures.requirement_counts(analysis))
    for heading, notes in figures.project_notes(analysis):
        document.add_heading(heading, level=2)
        for note in notes:
            _bullet(document, note)
    names = {d.id: d.name for d in analysis.documents}
    for heading, kinds in (
        ("Functional requirements", {"functional"}),
        ("Non-functional requirements and constraints", {"non_functional", "constraint"}),
    ):
        group = [r for r in analysis.requirements if r.kind in kinds]
        if group:
            document.add_heading(heading, level=2)
            for requirement in group:
                _requirement(document, requirement, names)


def _design(document: Document, design: Design | None) -> None:
    if design is None:
        return
    document.add_heading("Design", level=1)
    document.add_paragraph(
        f"{len(design.entities)} entities, {len(design.endpoints)} endpoints, {len(design.pages)} pages, "
        f"{len(design.decisions)} decisions. Roles: {', '.join(design.roles) or 'none'}."
    )
    document.add_heading("Domain model", level=2)
    _table(
        document,
        Table(
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
        ),
    )
    document.add_heading("API endpoints", level=2)
    _table(
        document,
        Table(
            ("Method", "Path", "Summary", "Requirements"),
            [(e.method, e.path, e.summary, ", ".join(e.requirement_ids)) for e in design.endpoints],
        ),
    )
    if design.pages:
        document.add_heading("Pages", level=2)
        _table(
            document,
            Table(
                ("Page", "Route", "Requirements"),
                [(p.name, p.route, ", ".join(p.requirement_ids)) for p in design.pages],
            ),
        )
    document.add_heading("Architecture decisions", level=2)
    for number, decision in enumerate(design.decisions, start=1):
        document.add_heading(f"ADR-{number:03d}: {clip(decision.title, 200)}", level=3)
        for label, text in (
            ("Context", decision.context),
            ("Decision", decision.decision),
            ("Consequences", decision.consequences),
        ):
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(xml_safe(text))
        if decision.requirement_ids:
            document.add_paragraph(f"Requirements: {', '.join(decision.requirement_ids)}")
    if design.diagrams:
        document.add_heading("Diagrams (Mermaid source)", level=2)
        for name in sorted(design.diagrams):
            document.add_paragraph(name, style="Heading 3")
            code = document.add_paragraph().add_run(xml_safe(design.diagrams[name]))
            code.font.name, code.font.size = "Courier New", Pt(8)


def _prototype(document: Document, bundle: ProjectBundle) -> None:
    prototype = bundle.prototype
    if prototype is None and not bundle.screenshots:
        return
    document.add_heading("Prototype", level=1)
    if prototype is not None:
        document.add_paragraph(f"Target: {one_line(prototype.target)} · {len(prototype.files)} files")
        if prototype.validation is not None:
            v = prototype.validation
            document.add_paragraph(f"Tests: {v.passed} passed, {v.failed} failed in {v.duration_s:.1f} s")
            outcomes = v.per_requirement
            if outcomes:
                _table(document, Table(("Requirement", "Outcome"), [(key, outcomes[key]) for key in sorted(outcomes)]))
        if prototype.run_instructions:
            run = document.add_paragraph().add_run(xml_safe(prototype.run_instructions))
            run.font.name, run.font.size = "Courier New", Pt(9)
    for name in sorted(bundle.screenshots):
        document.add_paragraph(f"Screenshot: {one_line(name)}", style="Caption")
        try:
            document.add_picture(io.BytesIO(bundle.screenshots[name]), width=SCREENSHOT_WIDTH)
        except Exception:  # noqa: BLE001 - a damaged image must not cost the whole report
            document.add_paragraph("(the image could not be read)")


def _planning(document: Document, bundle: ProjectBundle) -> None:
    if bundle.estimate is not None:
        estimate = bundle.estimate
        document.add_heading("Estimate", level=1)
        document.add_paragraph(f"Method: {one_line(estimate.method)}")
        _table(document, figures.estimate_spread(estimate))
        _table(document, figures.estimate_basis(estimate))
        document.add_heading("Requirements that drive the cost", level=2)
        _table(document, figures.top_contributions(estimate))
        document.add_heading("Assumptions", level=2)
        for assumption in estimate.assumptions:
            _bullet(document, assumption)
    if bundle.roadmap is not None:
        roadmap = bundle.roadmap
        document.add_heading("Roadmap", level=1)
        _table(document, figures.roadmap_summary(roadmap))
        document.add_heading("Phases", level=2)
        _table(document, figures.roadmap_phases(roadmap))
        document.add_heading("Milestones", level=2)
        _table(document, figures.roadmap_milestones(roadmap))
        document.add_heading("Tasks", level=2)
        _table(document, figures.roadmap_tasks(roadmap))
        for warning in roadmap.design_warnings + roadmap.schedule_warnings:
            _bullet(document, warning)
    if bundle.roi is not None:
        roi = bundle.roi
        document.add_heading("Return on investment", level=1)
        document.add_paragraph(f"Method: {one_line(roi.method)}")
        _table(document, figures.roi_key_figures(roi))
        document.add_heading("Sensitivity (each input ±20 %)", level=2)
        _table(document, figures.roi_sensitivity(roi))
        document.add_heading("Cash flows", level=2)
        _table(document, figures.roi_cash_flows(roi))
        for note in roi.notes:
            _bullet(document, note)


def render_docx(bundle: ProjectBundle) -> bytes:
    document = new_document()
    properties = document.core_properties
    properties.title = clip(bundle.title, 200)
    properties.subject = "Project report"
    properties.author = properties.last_modified_by = "Auto AGI Builder"
    stamp = bundle.generated_at_utc.replace(tzinfo=None)  # python-docx writes it as UTC ("Z")
    properties.created = properties.modified = stamp
    properties.revision = 1
    _cover(document, bundle)
    _requirements(document, bundle)
    _design(document, bundle.design)
    _prototype(document, bundle)
    _planning(document, bundle)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue(), bundle.generated_at_utc)
