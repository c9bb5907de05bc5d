"""Same bytes, same Document JSON; and every committed example ingests cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from autoagi.engine.ingest import ingest

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
EXAMPLE_INPUTS = {
    "meeting-notes.md": "text/markdown",
    "kickoff-transcript.vtt": "text/vtt",
    "client-email-thread.eml": "message/rfc822",
    "srs.pdf": "application/pdf",
    "requirements.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_INPUTS))
def test_same_bytes_give_identical_document_json(name):
    data = (EXAMPLES / name).read_bytes()

    first = ingest(data, name).model_dump_json()
    second = ingest(bytes(data), name).model_dump_json()

    assert first == second


def test_document_id_is_derived_from_the_content():
    document = ingest(b"The system shall send reminders.", "a.txt")
    renamed = ingest(b"The system shall send reminders.", "b.txt")
    changed = ingest(b"The system shall send reminders!", "a.txt")

    assert re.fullmatch(r"doc-[0-9a-f]{12}", document.id)
    assert document.id == f"doc-{document.sha256[:12]}"
    assert renamed.id == document.id
    assert changed.id != document.id


@pytest.mark.parametrize(("name", "media_type"), sorted(EXAMPLE_INPUTS.items()))
def test_each_example_ingests_with_valid_segments(name, media_type, check_segments):
    document = ingest((EXAMPLES / name).read_bytes(), name)

    assert document.media_type == media_type
    check_segments(document)
    words = len(re.findall(r"\w+", document.text))
    assert 300 <= words <= 900, f"{name} has {words} words"


def test_examples_carry_speakers_pages_and_dates():
    transcript = ingest((EXAMPLES / "kickoff-transcript.vtt").read_bytes(), "kickoff-transcript.vtt")
    srs = ingest((EXAMPLES / "srs.pdf").read_bytes(), "srs.pdf")
    thread = ingest((EXAMPLES / "client-email-thread.eml").read_bytes(), "client-email-thread.eml")

    assert {segment.speaker for segment in transcript.segments} >= {"Dr Ana Moreau", "Tom Keane", "Priya Nair"}
    assert {segment.page for segment in srs.segments} == {1, 2, 3}
    assert [segment.speaker for segment in thread.segments] == ["Sam Okafor", "Tom Keane", "Ana Moreau", "Priya Nair"]
    assert all(segment.at and segment.at.startswith("2025-03-1") for segment in thread.segments)
    assert "wrote:" not in thread.text
    # only the questions answered inline stay quoted, each right above its answer
    quoted = [line for line in thread.text.split("\n") if line.startswith(">")]
    assert quoted == [
        "> 4. What does an SMS cost you today, and how many would you send a month?",
        "> 5. Who at the clinic may change appointment types and prices?",
    ]
