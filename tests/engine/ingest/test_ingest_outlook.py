"""Outlook messages (.msg) read like e-mail; other OLE2 files get an error that says what to do.

The files in ``outlook/`` are OLE2 compound files laid out as Outlook and Office write them; see
``outlook/make_messages.mjs`` for how they were made."""

from __future__ import annotations

from pathlib import Path

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import CorruptDocument, NoText, UnsupportedType, ingest

FILES = Path(__file__).parent / "outlook"


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


def test_a_message_dragged_out_of_outlook_reads_like_its_eml(check_segments, texts):
    document = ingest(read("reply.msg"), "RE Booking app.msg")

    assert document.media_type == "application/vnd.ms-outlook"
    check_segments(document)
    [segment] = document.segments
    assert (segment.kind, segment.speaker, segment.at) == ("message", "Helen Park", "2026-11-26T09:02:00+00:00")
    body = texts(document)[0]
    # the Outlook history below the reply is gone, but the summary the reply confirms is kept
    assert body.startswith("Hi Tom,\n\nYes, that's all correct.")
    assert "Sent: 25 November" not in body and "Thanks for today" not in body
    assert body.endswith(
        "> Just to confirm what we agreed:\n> - members book and cancel classes on their phones\n"
        "> - the front desk sees who has paid"
    )
    confirmed = [r for r in analyze([document]).requirements if len(r.sources) == 2]
    assert [r.statement for r in confirmed] == [
        "Members should be able to book and cancel classes on their phones.",
        "The front desk should see who has paid.",
    ]


def test_an_html_only_message_is_sanitised_and_dated_by_delivery(texts):
    document = ingest(read("html-only.msg"), "menu.msg")

    [segment] = document.segments
    assert (segment.speaker, segment.at) == ("Priya Shah", "2026-11-26T09:02:00+00:00")
    assert texts(document) == ["Hi Tom,\n\nGuests must be able to see allergens on every dish."]
    assert "alert" not in document.text


def test_a_message_with_rich_text_only_says_how_to_save_it():
    with pytest.raises(NoText, match=r"only as rich text \(RTF\).*plain text or HTML"):
        ingest(read("rtf-only.msg"), "notes.msg")


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("legacy.doc", r"save the file as \.docx"),
        ("legacy.xls", r"save the workbook as \.xlsx"),
        ("legacy.ppt", r"save the deck as \.pptx or PDF"),
    ],
)
def test_legacy_office_files_are_told_apart_by_content(name, advice):
    with pytest.raises(UnsupportedType, match=advice):
        ingest(read(name), "attachment.bin")  # the name says nothing; the streams do


@pytest.mark.parametrize("cut", [600, 1600, 3000])
def test_a_truncated_message_is_damaged_not_a_crash(cut):
    with pytest.raises((CorruptDocument, NoText)):
        ingest(read("reply.msg")[:cut], "reply.msg")


def test_the_documents_a_message_carries_are_read_with_it(check_segments):
    document = ingest(read("with-attachments.msg"), "requirements.msg")

    check_segments(document)
    assert "\n\nAttachment: requirements.txt\n\nThe system shall send a reminder" in document.text
    assert document.metadata["attachments"] == "requirements.txt"
    assert document.metadata["attachments_not_read"] == "logo.png (image/png)"
    statements = [r.statement for r in analyze([document]).requirements]
    assert statements == [
        "The system shall send a reminder 24 hours before each class.",
        "Members shall be able to join a waiting list.",
    ]


def test_an_attachment_that_cannot_be_read_is_a_task_for_the_team():
    findings = analyze([ingest(read("with-attachments.msg"), "requirements.msg")]).findings
    assert [f.message for f in findings if f.rule == "action_item"] == [
        "Attachment not read in requirements.msg: logo.png (image/png)"
    ]
