"""report.md: the chain source text → requirement → design element → file → test → result."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from autoagi.engine.artifacts import Design, Requirement

if TYPE_CHECKING:
    from autoagi.commands.build import BuildResult


def _cell(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def design_elements(design: Design, requirement_id: str) -> list[str]:
    elements = [f"entity {e.name}" for e in design.entities if requirement_id in e.requirement_ids]
    elements += [f"{e.method} {e.path}" for e in design.endpoints if requirement_id in e.requirement_ids]
    elements += [f"page {p.route}" for p in design.pages if requirement_id in p.requirement_ids]
    elements += [f"ADR “{d.title}”" for d in design.decisions if requirement_id in d.requirement_ids]
    return elements


def tests_by_requirement(prototype_files: dict[str, bytes]) -> dict[str, list[str]]:
    """The generated app's own traceability.json says which tests prove which requirement."""
    raw = prototype_files.get("traceability.json")
    if raw is None:
        return {}
    return {entry["id"]: entry.get("tests", []) for entry in json.loads(raw).get("requirements", [])}


def _row(requirement: Requirement, result: BuildResult, names: dict[str, str], tests: dict[str, list[str]]) -> str:
    source = requirement.sources[0] if requirement.sources else None
    where = (
        f"{names.get(source.document_id, source.document_id)} [{source.start}–{source.end}]: “{source.quote}”"
        if source
        else "—"
    )
    elements = design_elements(result.design, requirement.id)
    validation = result.prototype.validation if result.prototype else None
    outcome = validation.per_requirement.get(requirement.id, "untested") if validation else "not run"
    files = tests.get(requirement.id) or ["—"]
    return (
        f"| {_cell(where)} | **{requirement.id}** {_cell(requirement.title, 60)} | "
        f"{_cell('; '.join(elements) or '— (unanswered)', 120)} | {_cell(', '.join(files), 80)} | {outcome} |"
    )


def render_report(result: BuildResult) -> str:
    names = {d.id: d.name for d in result.analysis.documents}
    tests = tests_by_requirement(result.prototype_files)
    validation = result.prototype.validation if result.prototype else None
    functional = [r for r in result.analysis.requirements if r.kind == "functional" and r.priority != "wont"]
    covered = [r for r in functional if validation and validation.per_requirement.get(r.id) == "passed"]
    deferred = sum(1 for r in result.analysis.requirements if r.kind == "functional" and r.priority == "wont")
    lines = ["# Build report", ""]
    lines.append(
        f"{len(result.analysis.requirements)} requirements from {len(result.analysis.documents)} document(s); "
        f"design: {len(result.design.entities)} entities, {len(result.design.endpoints)} endpoints, "
        f"{len(result.design.pages)} pages, {len(result.design.decisions)} decisions."
    )
    if validation:
        lines.append(
            f"Prototype validation: {validation.passed} passed, {validation.failed} failed in "
            f"{validation.duration_s:.1f} s; {len(covered)}/{len(functional)} functional requirements in scope "
            "proved by a passing test" + (f" ({deferred} Won't-have left out of this release)." if deferred else ".")
        )
    effort = result.estimate.monte_carlo.effort_pm
    lines.append(
        f"Estimate: P10 {effort.p10:.1f} / P50 {effort.p50:.1f} / P90 {effort.p90:.1f} person-months "
        "(estimate.json has duration, cost and the assumptions)."
    )
    lines += [
        "",
        "## Traceability",
        "",
        "| source | requirement | design | test | result |",
        "|---|---|---|---|---|",
    ]
    lines += [_row(r, result, names, tests) for r in result.analysis.requirements]
    if result.design.unanswered_requirement_ids:
        lines += ["", "## Requirements no design element answers", ""]
        lines += [f"- {rid}" for rid in result.design.unanswered_requirement_ids]
    if validation and validation.failed:
        lines += ["", "## Failing tests", "", "```", validation.log[-4000:], "```"]
    return "\n".join(lines) + "\n"
