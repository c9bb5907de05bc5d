"""Requirements as a Markdown report a reviewer can read top to bottom."""

from __future__ import annotations

from autoagi.engine.artifacts import AnalysisResult, Requirement
from autoagi.engine.export.figures import project_notes


def escape_markdown(text: str) -> str:
    """Keep client text from being read as Markdown or HTML (emphasis, code, tables, links)."""
    return (
        text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("[", "\\[")
        .replace("]", "\\]")
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _requirement(requirement: Requirement, names: dict[str, str]) -> list[str]:
    lines = [
        f"### {requirement.id} — {escape_markdown(_one_line(requirement.title))}",
        "",
        f"> {escape_markdown(_one_line(requirement.statement))}",
        "",
        f"- **Kind:** {requirement.kind.replace('_', ' ')} · **Category:** {requirement.category.replace('_', ' ')}"
        f" · **Priority:** {requirement.priority}"
        + (f" (cue: “{escape_markdown(requirement.priority_cue)}”)" if requirement.priority_cue else "")
        + f" · **Confidence:** {requirement.confidence:.2f}",
    ]
    if requirement.rationale:
        lines.append(f"- **Rationale:** {escape_markdown(_one_line(requirement.rationale))}")
    if requirement.actors:
        lines.append(f"- **Actors:** {', '.join(escape_markdown(a) for a in requirement.actors)}")
    if requirement.entities:
        lines.append(f"- **Entities:** {', '.join(escape_markdown(e) for e in requirement.entities)}")
    if requirement.depends_on:
        lines.append(f"- **Depends on:** {', '.join(requirement.depends_on)}")
    for span in requirement.sources:
        where = names.get(span.document_id, span.document_id)
        lines.append(
            f"- **Source:** {escape_markdown(where)} [{span.start}–{span.end}]: “{escape_markdown(_one_line(span.quote))}”"
        )
    for criterion in requirement.acceptance_criteria:
        lines.append(
            f"- **Acceptance:** Given {escape_markdown(criterion.given)}, when {escape_markdown(criterion.when)}, "
            f"then {escape_markdown(criterion.then)}"
        )
    for finding in requirement.findings:
        fix = f" — suggestion: {escape_markdown(finding.suggestion)}" if finding.suggestion else ""
        lines.append(f"- ⚠ **{finding.rule}** ({finding.severity}): {escape_markdown(finding.message)}{fix}")
    lines.append("")
    return lines


def render_requirements_markdown(result: AnalysisResult, title: str = "Requirements") -> str:
    names = {document.id: document.name for document in result.documents}
    functional = [r for r in result.requirements if r.kind == "functional"]
    other = [r for r in result.requirements if r.kind != "functional"]
    lines = [f"# {escape_markdown(title)}", ""]
    lines.append(
        f"{len(result.requirements)} requirements ({len(functional)} functional, {len(other)} non-functional"
        f" or constraints) from {len(result.documents)} document(s): "
        + ", ".join(escape_markdown(d.name) for d in result.documents)
    )
    lines.append("")
    for heading, notes in project_notes(result):
        lines += [f"## {heading}", ""]
        lines += [f"- {escape_markdown(note)}" for note in notes]
        lines.append("")
    for heading, group in (
        ("Functional requirements", functional),
        ("Non-functional requirements and constraints", other),
    ):
        if group:
            lines += [f"## {heading}", ""]
            for requirement in group:
                lines += _requirement(requirement, names)
    return "\n".join(lines).rstrip() + "\n"
