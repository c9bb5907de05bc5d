"""Bundles for the export tests: a small clinic project with every artifact, hostile text, and a
generated 200-requirement project."""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from types import ModuleType

import pytest
from PIL import Image

from autoagi.engine.artifacts import (
    AcceptanceCriterion,
    AnalysisResult,
    Document,
    Finding,
    Prototype,
    PrototypeFile,
    Requirement,
    SourceSpan,
    Validation,
)
from autoagi.engine.design import design
from autoagi.engine.export import ProjectBundle
from autoagi.engine.planning import analyze_roi_with_estimate, build_estimate, build_roadmap

GENERATED_AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
START = dt.date(2026, 3, 2)

HOSTILE_TITLE = "<script>alert(\"x\")</script> & 'quotes' | *stars* [link](javascript:alert(1))"
FORMULA = '=HYPERLINK("http://evil.example","click")'
RTL = "שלום עולם مرحبا بالعالم"
UNICODE = "Café naïve Ωmega Привет 東京"
EMOJI = "Launch 🚀 done ✅"


def png(width: int = 60, height: int = 100, colour: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def clinic_requirements() -> list[Requirement]:
    source_text = (
        "Customers book appointments with a vet for their pet. Vets see their schedule. "
        "Reception sends SMS reminders. The site must load fast."
    )
    source = lambda start, end: [SourceSpan(document_id="doc-1", start=start, end=end, quote=source_text[start:end])]  # noqa: E731
    return [
        Requirement(
            id="REQ-001",
            title="Book an appointment",
            statement="Customers can book an appointment with a vet for their pet.",
            rationale="Most owners book from their phone in the evening.",
            priority="must",
            actors=["customer"],
            entities=["appointment", "vet", "pet"],
            acceptance_criteria=[
                AcceptanceCriterion(
                    given="a free slot", when="a customer books it", then="the appointment is confirmed"
                )
            ],
            sources=source(0, 52),
            findings=[
                Finding(rule="vague_term", severity="warning", message="'fast' is vague", suggestion="Give a number")
            ],
            confidence=0.91,
        ),
        Requirement(
            id="REQ-002",
            title="Vet schedule",
            statement="Vets can see their schedule of appointments for the day.",
            priority="must",
            actors=["vet"],
            entities=["appointment", "vet"],
            depends_on=["REQ-001"],
            sources=source(53, 80),
        ),
        Requirement(
            id="REQ-003",
            title="SMS reminders",
            statement="Reception staff can send an SMS reminder to the customer the day before an appointment.",
            priority="should",
            actors=["reception staff"],
            entities=["appointment", "reminder"],
            depends_on=["REQ-001"],
        ),
        Requirement(
            id="REQ-004",
            title="Fast pages",
            statement="Every page loads in under 2 seconds for 95 % of requests.",
            kind="non_functional",
            category="performance_efficiency",
            priority="should",
        ),
        Requirement(
            id="REQ-005",
            title="Loyalty points",
            statement="Customers collect loyalty points for each visit.",
            priority="could",
            actors=["customer"],
            entities=["loyalty point"],
        ),
    ]


def hostile_requirement() -> Requirement:
    return Requirement(
        id="REQ-006",
        title=HOSTILE_TITLE,
        statement=f"{FORMULA} {UNICODE} {RTL} {EMOJI} control\x00chars\x07 " + "x" * 300,
        priority="could",
        actors=["@admin"],
        entities=["+plus"],
        acceptance_criteria=[AcceptanceCriterion(given="-minus", when="<b>bold</b>", then="{code} !image.png! ]]>")],
        findings=[Finding(rule="untestable", severity="error", message="<img src=x onerror=alert(1)>")],
    )


def build_bundle(requirements: list[Requirement], *, project_name: str = "Clinic bookings", **extra) -> ProjectBundle:
    document = Document(id="doc-1", name="notes.md", media_type="text/markdown", sha256="0" * 64, text="notes")
    analysis = AnalysisResult(
        documents=[document],
        requirements=requirements,
        findings=[Finding(rule="missing_nfr_area", severity="info", message="No security requirement was stated.")],
    )
    project_design = design(requirements)
    estimate = build_estimate(project_design, requirements, {"samples": 1000, "seed": 7})
    roadmap = build_roadmap(requirements, project_design, {"start_date": START}, estimate=estimate)
    roi = analyze_roi_with_estimate(
        {
            "horizon_months": 36,
            "discount_rate": 0.08,
            "costs": [{"name": "Hosting", "amount": 400, "month": 3, "recurring": "monthly"}],
            "benefits": [
                {"name": "Fewer no-shows", "amount": 9000, "month": 4, "recurring": "monthly", "ramp_months": 3},
                {"name": "Staff time saved", "amount": 1500, "month": 4, "recurring": "monthly", "probability": 0.7},
            ],
        },
        estimate,
    )
    return ProjectBundle(
        project_name=project_name,
        client="Happy Paws Ltd",
        generated_at=GENERATED_AT,
        analysis=analysis,
        design=project_design,
        estimate=estimate,
        roadmap=roadmap,
        roi=roi,
        **extra,
    )


def prototype_parts() -> dict:
    files = {"README.md": b"# Clinic prototype\n", "app/main.py": b"print('hello')\n"}
    prototype = Prototype(
        target="fastapi-htmx",
        files=[PrototypeFile(path=path, sha256="0" * 64, size=len(content)) for path, content in files.items()],
        run_instructions="pip install -e .\nuvicorn app.main:app",
        validation=Validation(
            passed=4, failed=1, duration_s=3.2, per_requirement={"REQ-001": "passed", "REQ-002": "failed"}
        ),
    )
    return {
        "prototype": prototype,
        "prototype_files": files,
        "screenshots": {"phone": png(60, 120), "desktop": png(160, 90, (200, 80, 40))},
    }


@pytest.fixture(scope="session")
def clinic_bundle() -> ProjectBundle:
    return build_bundle(clinic_requirements(), **prototype_parts())


@pytest.fixture(scope="session")
def hostile_bundle() -> ProjectBundle:
    return build_bundle(
        [*clinic_requirements(), hostile_requirement()],
        project_name=f"{HOSTILE_TITLE} {RTL}",
        **prototype_parts(),
    )


@pytest.fixture(scope="session")
def minimal_bundle() -> ProjectBundle:
    """Requirements only: every optional artifact missing."""
    analysis = AnalysisResult(documents=[], requirements=clinic_requirements()[:2])
    return ProjectBundle(project_name="Minimal", generated_at=GENERATED_AT, analysis=analysis)


def large_requirements(count: int = 200, seed: int = 3) -> list[Requirement]:
    """Requirements shaped like the analysis engine's output, with findings, criteria and sources."""
    rng = random.Random(seed)
    nouns = ["invoice", "customer", "order", "product", "shipment", "report", "payment", "account", "ticket", "review"]
    actors = ["customer", "admin", "manager", "clerk"]
    requirements = []
    for number in range(1, count + 1):
        noun, actor = rng.choice(nouns), rng.choice(actors)
        functional = rng.random() < 0.8
        statement = (
            f"The {actor} can create, edit and export each {noun} with its history, so that the team "
            f"can follow up quickly and reliably (case {number})."
        )
        requirements.append(
            Requirement(
                id=f"REQ-{number:03d}",
                title=f"Manage {noun}s ({number})",
                statement=statement,
                kind="functional" if functional else "non_functional",
                category="functional_suitability"
                if functional
                else rng.choice(["security", "usability", "reliability"]),
                priority=rng.choice(["must", "should", "could", "wont"]),
                actors=[actor],
                entities=[noun],
                acceptance_criteria=[
                    AcceptanceCriterion(
                        given=f"a {noun} exists", when=f"the {actor} edits it", then="the change is saved"
                    )
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
    return requirements


@pytest.fixture(scope="session")
def large_bundle() -> ProjectBundle:
    return build_bundle(large_requirements(), project_name="Large project", **prototype_parts())


@pytest.fixture(scope="session")
def samples() -> ModuleType:
    """This module, for tests that need its builders and constants (test files cannot import a
    conftest by name: ``tests/conftest.py`` owns that name on the path)."""
    return sys.modules[__name__]
