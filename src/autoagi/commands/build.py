"""`autoagi build INPUT... -o DIR`: the whole pipeline, written as files a team can hand over.

ingest → analysis → design → prototype → validation → estimate → roadmap → ROI → report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from autoagi.commands.analyze import analyse, read_documents
from autoagi.commands.progress import Report
from autoagi.engine.artifacts import AnalysisResult, Design, Prototype
from autoagi.engine.design import adr_filename, design, render_adr_markdown, render_design_markdown
from autoagi.engine.export.requirements_markdown import render_requirements_markdown
from autoagi.engine.llm import LLMConfig, LLMError, annotate_requirements, create_provider
from autoagi.engine.planning import (
    Estimate,
    Roadmap,
    RoiResult,
    analyze_roi_with_estimate,
    build_estimate,
    build_roadmap,
)


@dataclass
class BuildOptions:
    inputs: list[Path]
    out: Path
    llm: LLMConfig = field(default_factory=LLMConfig)
    benefits: Path | None = None
    start: date | None = None
    team_size: int = 3
    report_pdf: bool = False
    validate: bool = True


@dataclass
class BuildResult:
    analysis: AnalysisResult
    design: Design
    prototype: Prototype | None
    estimate: Estimate
    roadmap: Roadmap
    roi: RoiResult | None
    files: list[Path] = field(default_factory=list)
    prototype_files: dict[str, bytes] = field(default_factory=dict)

    @property
    def validation_failed(self) -> bool:
        validation = self.prototype.validation if self.prototype else None
        return validation is not None and validation.failed > 0


def _write(out: Path, relative: str, content: str | bytes, written: list[Path]) -> None:
    path = out / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    written.append(path)


def _json(model_or_data: Any) -> str:
    data = model_or_data.model_dump(mode="json") if hasattr(model_or_data, "model_dump") else model_or_data
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _benefits(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {"benefits": data}


def _roi(estimate: Estimate, benefits: dict[str, Any] | None) -> tuple[RoiResult | None, dict[str, Any]]:
    if benefits is None:
        needed = {
            "status": "inputs needed",
            "message": "Give the client's expected benefits with --benefits FILE to compute NPV, IRR and payback.",
            "investment_p50": estimate.monte_carlo.cost.p50,
            "inputs_needed": [
                "benefits: [{name, amount, month, recurring, probability, ramp_months}]",
                "discount_rate",
                "horizon_months",
            ],
        }
        return None, needed
    data = {"horizon_months": 36, "discount_rate": 0.1, "costs": [], **benefits}
    result = analyze_roi_with_estimate(data, estimate, "p50")
    return result, result.model_dump(mode="json")


def run_build(options: BuildOptions, report: Report) -> BuildResult:
    out, written = options.out, []
    out.mkdir(parents=True, exist_ok=True)
    documents = read_documents(options.inputs, lambda f, s: report(0.05 * f, s))
    analysis = analyse(documents, options.llm, lambda f, s: report(0.05 + 0.25 * f, s))
    _write(out, "requirements.json", _json(analysis), written)
    _write(out, "requirements.md", render_requirements_markdown(analysis), written)

    report(0.32, "designing")
    the_design = _design(analysis, options.llm)
    _write(out, "design.json", _json(the_design), written)
    _write(out, "design.md", render_design_markdown(the_design), written)
    for number, decision in enumerate(the_design.decisions, start=1):
        _write(out, f"adr/{adr_filename(decision, number)}", render_adr_markdown(decision, number), written)

    prototype, prototype_files = _prototype(analysis, the_design, options, out, written, report)

    report(0.9, "estimating and planning")
    estimate = build_estimate(the_design, analysis.requirements, {"team_size": options.team_size})
    _write(out, "estimate.json", _json(estimate), written)
    roadmap = build_roadmap(
        analysis.requirements,
        the_design,
        {"start_date": (options.start or date.today()).isoformat(), "team_size": options.team_size},
        estimate,
    )
    _write(out, "roadmap.json", _json(roadmap), written)
    _write(
        out, "roadmap.md", f"# {roadmap.inputs.options.title}\n\n```mermaid\n{roadmap.gantt.rstrip()}\n```\n", written
    )
    roi, roi_json = _roi(estimate, _benefits(options.benefits))
    _write(out, "roi.json", _json(roi_json), written)

    result = BuildResult(analysis, the_design, prototype, estimate, roadmap, roi, written, prototype_files)
    from autoagi.commands.traceability import render_report

    _write(out, "report.md", render_report(result), written)
    if options.report_pdf:
        report(0.97, "rendering the PDF report")
        from autoagi.commands.export import bundle_from_build
        from autoagi.engine.export import export

        name, _, data = export(bundle_from_build(result, out), "pdf")
        _write(out, "report.pdf", data, written)
    report(1.0, "done")
    return result


def _design(analysis: AnalysisResult, config: LLMConfig) -> Design:
    """With a model, it annotates actors and entities first; the engine designs either way."""
    if config.provider == "offline":
        return design(analysis.requirements)
    provider = create_provider(config)
    try:
        return design(annotate_requirements(analysis.requirements, provider))
    except LLMError:
        return design(analysis.requirements)
    finally:
        provider.close()


def _prototype(analysis, the_design, options: BuildOptions, out: Path, written: list[Path], report: Report):
    from autoagi.engine.prototype import generate_prototype, validate, write_prototype

    report(0.4, "generating the prototype")
    prototype, files = generate_prototype(analysis.requirements, the_design)
    write_prototype(files, out / "prototype")
    written.extend(out / "prototype" / path for path in sorted(files))
    if options.validate:
        report(0.5, "running the prototype's tests in a sandbox")
        prototype = prototype.model_copy(update={"validation": validate(files)})
    _write(out, "prototype.json", _json(prototype), written)
    return prototype, files
