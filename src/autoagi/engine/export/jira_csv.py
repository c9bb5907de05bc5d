"""Requirements as a CSV file for Jira's CSV importer: one Epic per MoSCoW phase, one Story each.

Columns follow Atlassian's importer: ``Issue ID`` numbers each row and ``Parent`` holds the parent
row's ``Issue ID`` (the Epic Link field is deprecated in Jira Cloud); epics come first so the
importer knows them before their children. Several ``Labels`` columns give several labels.
Acceptance criteria and sources go into ``Description`` as Jira wiki markup.

Cells are neutralised for spreadsheets (CSV injection) and Jira markup (links, macros, images).
"""

from __future__ import annotations

import csv
import io
import re

from autoagi.engine.artifacts import Priority, Requirement
from autoagi.engine.planning.models import Roadmap

from .bundle import ProjectBundle
from .text import clip, one_line, xml_safe

LABEL_COLUMNS = 4
HEADER = (
    "Issue ID",
    "Parent",
    "Issue Type",
    "Summary",
    "Description",
    "Priority",
    *("Labels",) * LABEL_COLUMNS,
    "Original Estimate",
)
JIRA_PRIORITY: dict[Priority, str] = {"must": "Highest", "should": "High", "could": "Medium", "wont": "Lowest"}
EPIC_NAMES: dict[Priority, str] = {
    "must": "MVP (must have)",
    "should": "Should have",
    "could": "Could have",
    "wont": "Won't have this time",
}
MAX_SUMMARY = 250  # Jira rejects summaries longer than 255 characters
MAX_DESCRIPTION = 30_000  # well under Jira's 32,767-character limit for a text field
# Spreadsheets run a cell that starts with one of these as a formula (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Jira wiki markup that could link, embed or run a macro: [link], {macro}, !image!, |table|.
_JIRA_MARKUP = re.compile(r"([\[\]{}!|\\])")
_LABEL_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def neutralise_cell(value: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate."""
    value = xml_safe(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _wiki(text: str) -> str:
    return _JIRA_MARKUP.sub(r"\\\1", one_line(text))


def _label(text: str) -> str:
    return _LABEL_UNSAFE.sub("-", text).strip("-").lower()[:255]


def _description(requirement: Requirement, document_names: dict[str, str]) -> str:
    lines = [_wiki(requirement.statement), ""]
    if requirement.rationale:
        lines += [f"_Rationale:_ {_wiki(requirement.rationale)}", ""]
    if requirement.acceptance_criteria:
        lines.append("h3. Acceptance criteria")
        lines += [
            f"* *Given* {_wiki(c.given)} *when* {_wiki(c.when)} *then* {_wiki(c.then)}"
            for c in requirement.acceptance_criteria
        ]
        lines.append("")
    if requirement.findings:
        lines.append("h3. Quality findings")
        lines += [f"* ({f.severity}) {_wiki(f.rule)}: {_wiki(f.message)}" for f in requirement.findings]
        lines.append("")
    if requirement.sources:
        lines.append("h3. Source")
        lines += [
            f"* {_wiki(document_names.get(s.document_id, s.document_id))} (characters {s.start}–{s.end}): “{_wiki(s.quote)}”"
            for s in requirement.sources
        ]
        lines.append("")
    if requirement.depends_on:
        lines.append("Depends on: " + _wiki(", ".join(requirement.depends_on)))
    lines.append(f"Traceability: {_wiki(requirement.id)} (Auto AGI Builder)")
    text = "\n".join(lines)
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def _estimate_seconds(roadmap: Roadmap | None) -> dict[str, str]:
    """Jira's Original Estimate is in seconds: a requirement's task effort at the roadmap's hours per day."""
    if roadmap is None:
        return {}
    hours_per_day = roadmap.inputs.options.hours_per_day
    seconds: dict[str, float] = {}
    for task in roadmap.tasks:
        if task.kind == "requirement":
            for requirement_id in task.requirement_ids:
                seconds[requirement_id] = seconds.get(requirement_id, 0.0) + task.effort_days * hours_per_day * 3600
    return {key: str(round(value)) for key, value in seconds.items()}


def _labels(*labels: str) -> list[str]:
    cleaned = [_label(label) for label in labels if _label(label)]
    return (cleaned + [""] * LABEL_COLUMNS)[:LABEL_COLUMNS]


def jira_rows(bundle: ProjectBundle) -> list[tuple[str, ...]]:
    requirements = bundle.analysis.requirements
    document_names = {d.id: d.name for d in bundle.analysis.documents}
    estimates = _estimate_seconds(bundle.roadmap)
    present = [p for p in ("must", "should", "could", "wont") if any(r.priority == p for r in requirements)]
    epic_ids = {priority: str(number) for number, priority in enumerate(present, start=1)}
    rows = [
        (
            epic_ids[p],
            "",
            "Epic",
            f"{clip(bundle.title, 150)}: {EPIC_NAMES[p]}",
            f"Requirements prioritised '{p}' (MoSCoW).",
            JIRA_PRIORITY[p],
            *_labels("autoagi", f"moscow-{p}"),
            "",
        )
        for p in present
    ]
    for offset, requirement in enumerate(requirements, start=len(present) + 1):
        rows.append(
            (
                str(offset),
                epic_ids[requirement.priority],
                "Story",
                clip(f"{requirement.id}: {requirement.title}", MAX_SUMMARY),
                _description(requirement, document_names),
                JIRA_PRIORITY[requirement.priority],
                *_labels("autoagi", f"moscow-{requirement.priority}", requirement.kind, requirement.category),
                estimates.get(requirement.id, ""),
            )
        )
    return rows


def render_jira_csv(bundle: ProjectBundle) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in jira_rows(bundle):
        writer.writerow([neutralise_cell(cell) for cell in row])
    return buffer.getvalue()
