"""The PDF report opens in pypdf (and pdftotext when installed) and holds what it promises."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from autoagi.engine.artifacts import Design
from autoagi.engine.export.bundle import PNG_SIGNATURE
from autoagi.engine.export.pdf import render_pdf


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def clinic_pdf(clinic_bundle) -> bytes:
    return render_pdf(clinic_bundle)


@pytest.fixture(scope="module")
def clinic_text(clinic_pdf) -> str:
    return flat(text_of(clinic_pdf))


def test_the_report_has_every_section(clinic_text: str) -> None:
    for heading in (
        "Clinic bookings",
        "Prepared for Happy Paws Ltd",
        "Requirements",
        "Questions for the client",
        "Design",
        "Domain model",
        "Entity-relationship diagram",
        "Architecture decision records",
        "Prototype",
        "Screenshots",
        "Estimate",
        "Roadmap",
        "Gantt chart",
        "Return on investment",
        "Cash flow",
        "Sensitivity",
    ):
        assert heading in clinic_text, heading


def test_requirements_carry_their_findings_criteria_and_sources(clinic_text: str) -> None:
    for requirement_id in ("REQ-001", "REQ-002", "REQ-003", "REQ-004", "REQ-005"):
        assert requirement_id in clinic_text
    assert "WARNING vague_term: 'fast' is vague Suggestion: Give a number" in clinic_text
    assert "Given a free slot, when a customer books it, then the appointment is confirmed" in clinic_text
    assert "Source: notes.md [0–52]" in clinic_text
    assert "Rationale: Most owners book from their phone in the evening." in clinic_text
    assert "No security requirement was stated." in clinic_text


def test_diagrams_and_charts_are_drawn_not_pasted_as_source(clinic_bundle, clinic_text: str) -> None:
    # Labels drawn inside the container and sequence diagrams, the Gantt chart and the charts.
    assert "Relational" in clinic_text and "REST API" in clinic_text
    assert "POST /appointments" in clinic_text
    assert "flowchart LR" not in clinic_text and "sequenceDiagram" not in clinic_text
    assert "Milestones" in clinic_text and "critical path" in clinic_text
    assert "cumulative, discounted" in clinic_text and "base NPV" in clinic_text


def test_screenshots_are_embedded_as_images(clinic_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(clinic_pdf))
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 2
    assert {image.image.size for image in images} == {(60, 120), (160, 90)}


def test_the_outline_bookmarks_sections_and_requirements(clinic_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(clinic_pdf))

    def titles(outline) -> list[str]:
        found = []
        for item in outline:
            found += titles(item) if isinstance(item, list) else [item.title]
        return found

    bookmarks = titles(reader.outline)
    assert {"Requirements", "Design", "Estimate", "Roadmap", "Return on investment"} <= set(bookmarks)
    assert any(title.startswith("REQ-001") for title in bookmarks)


def test_metadata_carries_the_bundle_time_not_the_clock(clinic_pdf: bytes) -> None:
    metadata = PdfReader(io.BytesIO(clinic_pdf)).metadata
    assert metadata.title == "Clinic bookings"
    assert metadata["/CreationDate"].startswith("D:20260302093000")


def test_hostile_text_is_printed_as_text(samples, hostile_bundle) -> None:
    text = flat(text_of(render_pdf(hostile_bundle)))
    assert '<script>alert("x")</script>' in text  # shown literally, never interpreted as markup
    assert "<img src=x onerror=alert(1)>" in text
    assert samples.FORMULA in text
    for word in ("Café", "naïve", "Ωmega", "Привет", "שלום", "مرحبا"):
        assert word in text, word  # right-to-left words come back in logical order
    # Characters no installed font draws are named or marked instead of vanishing.
    assert "Launch [rocket] done [white heavy check mark]" in text
    assert "東京" not in text and "□□" in text
    assert "\x00" not in text and "\x07" not in text


def test_a_damaged_screenshot_is_reported_not_fatal(clinic_bundle) -> None:
    damaged = clinic_bundle.model_copy(update={"screenshots": {"tablet": PNG_SIGNATURE + b"not really a png"}})
    assert "(the image could not be read)" in flat(text_of(render_pdf(damaged)))


def test_an_unreadable_diagram_falls_back_to_its_source(clinic_bundle) -> None:
    design: Design = clinic_bundle.design.model_copy(
        update={"diagrams": {"pie": 'pie title Pets\n    "Dogs" : 386\n', "broken": "flowchart LR\n    a -->"}}
    )
    text = text_of(render_pdf(clinic_bundle.model_copy(update={"design": design})))
    assert "pie title Pets" in text and "a -->" in text


def test_two_hundred_requirements_all_reach_the_report(large_bundle) -> None:
    pdf = render_pdf(large_bundle)
    text = text_of(pdf)
    found = set(re.findall(r"REQ-\d{3}", text))
    assert {f"REQ-{n:03d}" for n in range(1, 201)} <= found
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 40
    assert "Tasks by start date (1 of" in text  # the Gantt chart is split across drawings


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_pdftotext_reads_the_report_too(clinic_pdf: bytes, tmp_path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(clinic_pdf)
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60)
    text = flat(result.stdout.decode("utf-8"))
    assert "REQ-001" in text and "Return on investment" in text and "Happy Paws Ltd" in text
