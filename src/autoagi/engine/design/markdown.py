"""Markdown renderings of a design and of its ADRs.

Text from requirements is escaped so a statement can neither inject HTML nor break a table or a
code fence.
"""

from __future__ import annotations

import re

from autoagi.engine.artifacts import Decision, Design
from autoagi.engine.design.identifiers import kebab
from autoagi.engine.design.text import natural_key

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|#])")
_MAX_SLUG = 60


def escape_text(text: str) -> str:
    """Plain text for a Markdown paragraph: HTML neutralised, markup characters escaped."""
    escaped = "".join(_HTML.get(character, character) for character in text)
    return _INLINE_SPECIAL.sub(r"\\\1", escaped)


def _cell(text: str) -> str:
    return escape_text(" ".join(text.split()))


def _code(text: str) -> str:
    """Inline code that survives backticks and pipes in the text."""
    cleaned = " ".join(text.split()).replace("|", "\\|")
    fence = "``" if "`" in cleaned else "`"
    return f"{fence} {cleaned} {fence}" if fence == "``" else f"`{cleaned}`"


def _ids(requirement_ids: list[str]) -> str:
    return ", ".join(escape_text(item) for item in requirement_ids) if requirement_ids else "none"


def adr_filename(decision: Decision, number: int) -> str:
    """ "0003-health-checks-and-redundant-api-instances-for-availability.md"."""
    slug = kebab(decision.title)[:_MAX_SLUG].strip("-") or "decision"
    return f"{number:04d}-{slug}.md"


def render_adr_markdown(decision: Decision, number: int) -> str:
    lines = [
        f"# ADR-{number:03d}: {escape_text(decision.title)}",
        "",
        "- Status: Proposed",
        f"- Requirements: {_ids(decision.requirement_ids)}",
        "",
        "## Context",
        "",
        *_paragraphs(decision.context),
        "",
        "## Decision",
        "",
        *_paragraphs(decision.decision),
        "",
        "## Consequences",
        "",
        *_paragraphs(decision.consequences),
    ]
    return "\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    """Keep the line structure (the context is a list), escaping each line's text."""
    lines = []
    for line in text.splitlines():
        if line.startswith("- "):
            lines.append("- " + escape_text(line[2:]))
        else:
            lines.append(escape_text(line))
    return lines


def render_design_markdown(design: Design, title: str = "Design") -> str:
    parts = [f"# {escape_text(title)}", "", _summary(design)]
    parts += _roles_section(design)
    parts += _domain_section(design)
    parts += _endpoints_section(design)
    parts += _pages_section(design)
    parts += _decisions_section(design)
    parts += _diagrams_section(design)
    parts += _traceability_section(design)
    return "\n".join(parts).rstrip("\n") + "\n"


def _summary(design: Design) -> str:
    return (
        f"{len(design.entities)} entities, {len(design.roles)} roles, {len(design.endpoints)} endpoints, "
        f"{len(design.pages)} pages, {len(design.decisions)} decisions, {len(design.diagrams)} diagrams; "
        f"{len(design.unanswered_requirement_ids)} requirements unanswered.\n"
    )


def _roles_section(design: Design) -> list[str]:
    lines = ["## Roles", ""]
    lines += [f"- {_code(role)}" for role in design.roles] or ["No roles: the requirements name no human actor."]
    return [*lines, ""]


def _domain_section(design: Design) -> list[str]:
    lines = ["## Domain model", ""]
    if not design.entities:
        return [*lines, "No entities.", ""]
    for entity in design.entities:
        lines += [f"### {escape_text(entity.name)}", "", f"Requirements: {_ids(entity.requirement_ids)}", ""]
        lines += ["| Field | Type | Required | Unique |", "| --- | --- | --- | --- |"]
        for field in entity.fields:
            lines.append(
                f"| {_code(field.name)} | {_cell(field.type)} | {'yes' if field.required else 'no'} "
                f"| {'yes' if field.unique else 'no'} |"
            )
        if entity.relations:
            lines += ["", "Relations:", ""]
            lines += [
                f"- {_cell(relation.kind.replace('_', '-'))} {_code(relation.target)}"
                + (f" as {_code(relation.name)}" if relation.name else "")
                for relation in entity.relations
            ]
        lines.append("")
    return lines


def _endpoints_section(design: Design) -> list[str]:
    lines = ["## API endpoints", "", "| Method | Path | Summary | Requirements |", "| --- | --- | --- | --- |"]
    for endpoint in design.endpoints:
        lines.append(
            f"| {_cell(endpoint.method)} | {_code(endpoint.path)} | {_cell(endpoint.summary)} "
            f"| {_ids(endpoint.requirement_ids)} |"
        )
    return [*lines, ""]


def _pages_section(design: Design) -> list[str]:
    lines = ["## Pages", "", "| Page | Route | Requirements |", "| --- | --- | --- |"]
    for page in design.pages:
        lines.append(f"| {_cell(page.name)} | {_code(page.route)} | {_ids(page.requirement_ids)} |")
    return [*lines, ""]


def _decisions_section(design: Design) -> list[str]:
    lines = ["## Architecture decisions", ""]
    for number, decision in enumerate(design.decisions, start=1):
        adr = render_adr_markdown(decision, number)
        lines += ["##" + line if line.startswith("#") else line for line in adr.splitlines()]  # nest headings
        lines.append("")
    return lines


def _diagrams_section(design: Design) -> list[str]:
    lines = ["## Diagrams", ""]
    for name, source in design.diagrams.items():
        fence = "```"
        while fence in source:
            fence += "`"
        lines += [f"### {escape_text(name)}", "", f"{fence}mermaid", source.rstrip("\n"), fence, ""]
    return lines


def _traceability_section(design: Design) -> list[str]:
    answered: dict[str, list[str]] = {}

    def note(requirement_ids: list[str], element: str) -> None:
        for requirement_id in requirement_ids:
            answered.setdefault(requirement_id, []).append(element)

    for entity in design.entities:
        note(entity.requirement_ids, f"entity {entity.name}")
    for endpoint in design.endpoints:
        note(endpoint.requirement_ids, f"{endpoint.method} {endpoint.path}")
    for page in design.pages:
        note(page.requirement_ids, f"page {page.route}")
    for number, decision in enumerate(design.decisions, start=1):
        note(decision.requirement_ids, f"ADR-{number:03d}")
    lines = ["## Traceability", "", "| Requirement | Answered by |", "| --- | --- |"]
    for requirement_id in sorted(answered, key=natural_key):
        elements = answered[requirement_id]
        shown = ", ".join(elements[:8]) + (f" and {len(elements) - 8} more" if len(elements) > 8 else "")
        lines.append(f"| {_cell(requirement_id)} | {_cell(shown)} |")
    lines += ["", f"Unanswered requirements: {_ids(design.unanswered_requirement_ids)}."]
    return [*lines, ""]
