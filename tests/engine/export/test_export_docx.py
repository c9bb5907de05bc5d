"""The DOCX report opens in python-docx with headings, tables, findings and pictures."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest

from autoagi.engine.export.docx_export import render_docx


@pytest.fixture(scope="module")
def clinic_docx(clinic_bundle) -> bytes:
    return render_docx(clinic_bundle)


@pytest.fixture(scope="module")
def document(clinic_docx):
    return docx.Document(io.BytesIO(clinic_docx))


def all_text(document) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_headings_follow_the_report_structure(document) -> None:
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Title", "Clinic bookings") in headings
    level_one = [text for style, text in headings if style == "Heading 1"]
    assert level_one == ["Requirements", "Design", "Prototype", "Estimate", "Roadmap", "Return on investment"]
    assert ("Heading 3", "REQ-001: Book an appointment") in headings


def test_findings_criteria_and_sources_are_in_the_text(document) -> None:
    text = all_text(document)
    assert "WARNING vague_term: 'fast' is vague Suggestion: Give a number" in text
    assert "Given a free slot, when a customer books it, then the appointment is confirmed" in text
    assert "Source: notes.md [0–52]" in text
    assert "Rationale: Most owners book from their phone in the evening." in text
    bold_labels = [run for p in document.paragraphs for run in p.runs if run.text.startswith("WARNING")]
    assert bold_labels and bold_labels[0].bold


def test_tables_hold_the_design_and_the_plan(document) -> None:
    headers = [tuple(cell.text for cell in table.rows[0].cells) for table in document.tables]
    assert ("Entity", "Fields", "Relations", "Requirements") in headers
    assert ("Method", "Path", "Summary", "Requirements") in headers
    assert ("Figure", "P10", "P50", "P90", "Mean") in headers
    assert ("Phase", "Start", "Finish", "Tasks", "Effort (person-days)") in headers
    assert ("Input", "Base value", "NPV at −20 %", "NPV at +20 %", "Swing") in headers


def test_screenshots_are_pictures(document) -> None:
    assert len(document.inline_shapes) == 2


def test_core_properties_and_zip_stamps_come_from_the_bundle(clinic_docx, document) -> None:
    properties = document.core_properties
    assert properties.title == "Clinic bookings"
    assert properties.created == properties.modified == dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    with zipfile.ZipFile(io.BytesIO(clinic_docx)) as archive:
        assert archive.namelist()[0] == "[Content_Types].xml"
        assert {info.date_time for info in archive.infolist()} == {(2026, 3, 2, 9, 30, 0)}


def test_hostile_text_survives_as_plain_text(samples, hostile_bundle) -> None:
    document = docx.Document(io.BytesIO(render_docx(hostile_bundle)))
    text = all_text(document)
    assert samples.HOSTILE_TITLE in text
    assert samples.RTL in text and samples.EMOJI in text and samples.UNICODE in text
    assert "controlchars" in text  # the NUL and BEL that XML forbids are dropped, the rest stays
    assert "<img src=x onerror=alert(1)>" in text
