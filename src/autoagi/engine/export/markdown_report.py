"""The whole project as one Markdown report: requirements, design, prototype, estimate, roadmap, ROI."""

from __future__ import annotations

import re

from autoagi.engine.design import render_design_markdown

from . import figures
from .bundle import ProjectBundle
from .figures import Table
from .requirements_markdown import escape_markdown, render_requirements_markdown
from .text import one_line

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^#{1,6} ")
MAX_LISTED_FILES = 500


def demote_headings(markdown: str, levels: int = 1) -> str:
    """Every ATX heading ``levels`` deeper (at most ``######``), leaving fenced code untouched,
    so a stand-alone document nests under a section of the report."""
    lines, in_fence = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and _HEADING.match(line):
            depth = len(line) - len(line.lstrip("#"))
            line = "#" * min(depth + levels, 6) + line[depth:]
        lines.append(line)
    return "\n".join(lines)


def markdown_table(table: Table) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape_markdown(one_line(cell)) for cell in cells) + " |"

    return [row(table.header), "|" + "---|" * len(table.header), *(row(cells) for cells in table.rows), ""]


def _bullets(items: list[str]) -> list[str]:
    return [f"- {escape_markdown(one_line(item))}" for item in items] + [""]


def _fenced(text: str, language: str = "") -> list[str]:
    # A fence longer than any backtick run inside keeps the text from closing it early.
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{language}", text.rstrip("\n"), fence, ""]


def _cover(bundle: ProjectBundle) -> list[str]:
    lines = [f"# {escape_markdown(one_line(bundle.title))}: project report", ""]
    if bundle.client:
        lines.append(f"- **Client:** {escape_markdown(one_line(bundle.client))}")
    lines.append(f"- **Generated:** {bundle.generated_at_utc.isoformat()}")
    included = ["requirements"] + [
        name
        for name, artifact in (
            ("design", bundle.design),
            ("prototype", bundle.prototype),
            ("estimate", bundle.estimate),
            ("roadmap", bundle.roadmap),
            ("ROI", bundle.roi),
        )
        if artifact is not None
    ]
    lines += [f"- **Contents:** {', '.join(included)}", ""]
    return lines


def _requirements(bundle: ProjectBundle) -> list[str]:
    body = render_requirements_markdown(bundle.analysis, title="Requirements")
    return [demote_headings(body), "", "### Summary", "", *markdown_table(figures.requirement_counts(bundle.analysis))]


def _design(bundle: ProjectBundle) -> list[str]:
    if bundle.design is None:
        return []
    return [demote_headings(render_design_markdown(bundle.design, title="Design")), ""]


def _prototype(bundle: ProjectBundle) -> list[str]:
    prototype = bundle.prototype
    if prototype is None:
        return []
    lines = ["## Prototype", "", f"- **Target:** {escape_markdown(one_line(prototype.target))}"]
    lines.append(f"- **Files:** {len(prototype.files)}")
    if prototype.validation is not None:
        validation = prototype.validation
        lines.append(
            f"- **Tests:** {validation.passed} passed, {validation.failed} failed in {validation.duration_s:.1f} s"
        )
    lines.append("")
    if prototype.run_instructions:
        lines += ["### How to run it", "", *_fenced(prototype.run_instructions, "sh")]
    if prototype.validation is not None and prototype.validation.per_requirement:
        outcomes = prototype.validation.per_requirement
        lines += ["### Tests per requirement", ""]
        lines += markdown_table(Table(("Requirement", "Outcome"), [(key, outcomes[key]) for key in sorted(outcomes)]))
    if bundle.screenshots:
        lines += [
            "### Screenshots",
            "",
            *_bullets([f"{name} (PNG, in the zip export)" for name in sorted(bundle.screenshots)]),
        ]
    if prototype.files:
        listed = prototype.files[:MAX_LISTED_FILES]
        lines += ["### Files", ""]
        lines += markdown_table(
            Table(("Path", "Bytes", "SHA-256"), [(f.path, str(f.size), f.sha256[:16]) for f in listed])
        )
        if len(prototype.files) > len(listed):
            lines += [f"…and {len(prototype.files) - len(listed)} more files.", ""]
    return lines


def _estimate(bundle: ProjectBundle) -> list[str]:
    estimate = bundle.estimate
    if estimate is None:
        return []
    return [
        "## Estimate",
        "",
        f"Method: {escape_markdown(one_line(estimate.method))}",
        "",
        *markdown_table(figures.estimate_spread(estimate)),
        "### Basis",
        "",
        *markdown_table(figures.estimate_basis(estimate)),
        *markdown_table(figures.function_points_by_type(estimate)),
        "### Requirements that drive the cost",
        "",
        *markdown_table(figures.top_contributions(estimate)),
        "### Assumptions",
        "",
        *_bullets(estimate.assumptions),
    ]


def _roadmap(bundle: ProjectBundle) -> list[str]:
    roadmap = bundle.roadmap
    if roadmap is None:
        return []
    lines = [
        "## Roadmap",
        "",
        *markdown_table(figures.roadmap_summary(roadmap)),
        "### Phases",
        "",
        *markdown_table(figures.roadmap_phases(roadmap)),
        "### Milestones",
        "",
        *markdown_table(figures.roadmap_milestones(roadmap)),
        "### Gantt chart",
        "",
        *_fenced(roadmap.gantt, "mermaid"),
        "### Critical path",
        "",
        escape_markdown(" → ".join(roadmap.critical_path) or "none"),
        "",
        "### Tasks",
        "",
        *markdown_table(figures.roadmap_tasks(roadmap)),
    ]
    warnings = roadmap.design_warnings + roadmap.schedule_warnings
    if warnings:
        lines += ["### Warnings", "", *_bullets(warnings)]
    return lines + ["### Assumptions", "", *_bullets(roadmap.assumptions)]


def _roi(bundle: ProjectBundle) -> list[str]:
    roi = bundle.roi
    if roi is None:
        return []
    lines = [
        "## Return on investment",
        "",
        f"Method: {escape_markdown(one_line(roi.method))}",
        "",
        *markdown_table(figures.roi_key_figures(roi)),
        "### Sensitivity (each input ±20 %)",
        "",
        *markdown_table(figures.roi_sensitivity(roi)),
        "### Cash flows",
        "",
        *markdown_table(figures.roi_cash_flows(roi)),
    ]
    if roi.notes:
        lines += ["### Notes", "", *_bullets(roi.notes)]
    return lines


def render_markdown_report(bundle: ProjectBundle) -> str:
    sections = (_cover, _requirements, _design, _prototype, _estimate, _roadmap, _roi)
    lines = [line for section in sections for line in section(bundle)]
    return "\n".join(lines).rstrip() + "\n"
