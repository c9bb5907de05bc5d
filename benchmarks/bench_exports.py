"""Export benchmarks (issue 5): every format for a 200-requirement project.

Run from the repository root:  python benchmarks/bench_exports.py
Prints the figures and writes benchmarks/results/exports.json.

The project: 200 requirements shaped like the analysis engine's output (statements, actors,
entities, acceptance criteria, sources, 0–2 findings each, ~30 % with a dependency), the design
the design engine makes from them, a 10,000-sample estimate, the roadmap and a 36-month ROI;
the PDF is timed without and with four device screenshots (phone to desktop). Target: the PDF
report in ≤ 10 s.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw

from autoagi.engine.artifacts import (
    AcceptanceCriterion,
    AnalysisResult,
    Document,
    Finding,
    Requirement,
    SourceSpan,
)
from autoagi.engine.design import design
from autoagi.engine.export import FORMATS, ProjectBundle, export
from autoagi.engine.export.pdf.fonts import report_fonts
from autoagi.engine.planning import analyze_roi_with_estimate, build_estimate, build_roadmap

RESULTS = Path(__file__).resolve().parent / "results" / "exports.json"
REPEATS = 3
PDF_TARGET_S = 10.0
DEVICES = {"phone": (390, 844), "tablet": (820, 1180), "laptop": (1366, 768), "desktop": (1920, 1080)}


def requirements(count: int = 200, seed: int = 3) -> list[Requirement]:
    rng = random.Random(seed)
    nouns = ["invoice", "customer", "order", "product", "shipment", "report", "payment", "account", "ticket", "review"]
    actors = ["customer", "admin", "manager", "clerk"]
    made = []
    for number in range(1, count + 1):
        noun, actor = rng.choice(nouns), rng.choice(actors)
        functional = rng.random() < 0.8
        statement = (
            f"The {actor} can create, edit and export each {noun} with its history, so that the team "
            f"can follow up quickly and reliably (case {number})."
        )
        made.append(
            Requirement(
                id=f"REQ-{number:03d}",
                title=f"Manage {noun}s ({number})",
                statement=statement,
                kind="functional" if functional else "non_functional",
                category="functional_suitability" if functional else rng.choice(["security", "usability"]),
                priority=rng.choice(["must", "should", "could", "wont"]),
                actors=[actor],
                entities=[noun],
                acceptance_criteria=[
                    AcceptanceCriterion(given=f"a {noun} exists", when=f"the {actor} edits it", then="it is saved")
                ],
                sources=[SourceSpan(document_id="doc-1", start=0, end=len(statement), quote=statement)],
                findings=[
                    Finding(rule="vague_term", severity="warning", message="'quickly' is vague: give a number"),
                    Finding(rule="compound", severity="info", message="Several actions in one requirement"),
                ][: rng.randint(0, 2)],
                confidence=round(rng.uniform(0.5, 1.0), 3),
                depends_on=[f"REQ-{rng.randint(1, number - 1):03d}"] if number > 1 and rng.random() < 0.3 else [],
            )
        )
    return made


def screenshot(width: int, height: int) -> bytes:
    """A page-like PNG (header, text lines, cards) so compression is realistic, not a flat fill."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 60), fill=(37, 99, 235))
    rng = random.Random(width * height)
    for top in range(90, height - 20, 28):
        draw.rectangle((24, top, 24 + rng.randint(width // 4, width - 48), top + 12), fill=(203, 210, 217))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def project(with_screenshots: bool) -> ProjectBundle:
    reqs = requirements()
    project_design = design(reqs)
    estimate = build_estimate(project_design, reqs, {"samples": 10_000, "seed": 1})
    roadmap = build_roadmap(
        reqs, project_design, {"start_date": dt.date(2026, 3, 2), "team_size": 5}, estimate=estimate
    )
    roi = analyze_roi_with_estimate(
        {
            "horizon_months": 36,
            "discount_rate": 0.08,
            "costs": [{"name": "Hosting", "amount": 900, "month": 6, "recurring": "monthly"}],
            "benefits": [
                {"name": "Time saved", "amount": 60_000, "month": 8, "recurring": "monthly", "ramp_months": 4}
            ],
        },
        estimate,
    )
    text = " ".join(r.statement for r in reqs)
    document = Document(id="doc-1", name="srs.md", media_type="text/markdown", sha256="0" * 64, text=text)
    return ProjectBundle(
        project_name="Benchmark project",
        client="Bench Ltd",
        generated_at=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC),
        analysis=AnalysisResult(documents=[document], requirements=reqs),
        design=project_design,
        estimate=estimate,
        roadmap=roadmap,
        roi=roi,
        screenshots={name: screenshot(*size) for name, size in DEVICES.items()} if with_screenshots else {},
    )


def timed(fn, repeats: int = REPEATS) -> tuple[object, dict[str, float]]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, {"best_s": round(min(times), 3), "median_s": round(statistics.median(times), 3)}


def main() -> None:
    report_fonts()  # font registration is a one-off per process; keep it out of the first timing
    plain, with_shots = project(with_screenshots=False), project(with_screenshots=True)
    formats = {}
    for name in FORMATS:
        exported, times = timed(lambda name=name: export(plain, name))
        formats[name] = {**times, "bytes": len(exported.content)}
    pdf_with_screens, pdf_times = timed(lambda: export(with_shots, "pdf"))
    zip_with_screens, zip_times = timed(lambda: export(with_shots, "zip"))
    pdf_best = max(formats["pdf"]["best_s"], pdf_times["best_s"])
    results = {
        "environment": {
            "python": sys.version.split()[0],
            "reportlab": reportlab.Version,
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "pdf_fonts": report_fonts().source,
        },
        "project": {
            "requirements": len(plain.analysis.requirements),
            "findings": sum(len(r.findings) for r in plain.analysis.requirements),
            "entities": len(plain.design.entities),
            "endpoints": len(plain.design.endpoints),
            "diagrams": len(plain.design.diagrams),
            "roadmap_tasks": len(plain.roadmap.tasks),
            "repeats": REPEATS,
        },
        "formats": formats,
        "pdf_with_4_screenshots": {**pdf_times, "bytes": len(pdf_with_screens.content), "devices": DEVICES},
        "zip_with_4_screenshots": {**zip_times, "bytes": len(zip_with_screens.content)},
        "pdf_target_s": PDF_TARGET_S,
        "meets_pdf_target": pdf_best <= PDF_TARGET_S,
    }
    print(
        f"project: {results['project']['requirements']} requirements, {results['project']['entities']} entities, "
        f"{results['project']['endpoints']} endpoints, {results['project']['roadmap_tasks']} tasks"
    )
    for name, figures in formats.items():
        print(
            f"  {name:9s} best {figures['best_s']:6.3f} s  median {figures['median_s']:6.3f} s  {figures['bytes']:>9,} bytes"
        )
    print(f"  pdf + 4 screenshots best {pdf_times['best_s']:.3f} s ({len(pdf_with_screens.content):,} bytes)")
    print(f"  zip + 4 screenshots best {zip_times['best_s']:.3f} s")
    print(f"PDF target ≤ {PDF_TARGET_S:.0f} s: {'met' if results['meets_pdf_target'] else 'MISSED'}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
