"""PDF: text layer with page numbers; encrypted, scanned, damaged and oversized PDFs refused."""

from __future__ import annotations

import pytest

from autoagi.engine.ingest import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    IngestLimits,
    NoText,
    ingest,
)

PAGE_ONE = [
    "1 Introduction",
    "This document specifies the booking system of the clinic. It is written for",
    "the clinic staff and the development team of the project.",
    "",
    "FR-1: The system shall send an SMS reminder the day before each appointment.",
    "FR-2: The system shall let an owner cancel online.",
]
PAGE_TWO = [
    "2 Quality",
    "NFR-1: Booking pages shall load in under 2 seconds.",
]


def test_segments_keep_their_page_and_exact_offsets(make_pdf, check_segments, texts):
    document = ingest(make_pdf([PAGE_ONE, PAGE_TWO]), "srs.pdf")

    assert document.media_type == "application/pdf"
    assert document.metadata["pages"] == "2"
    check_segments(document)
    by_text = {text: segment for segment, text in zip(document.segments, texts(document), strict=True)}
    assert by_text["1 Introduction"].kind == "heading"
    assert by_text["1 Introduction"].page == 1
    # A paragraph wrapped over two lines is one segment, its lines joined.
    wrapped = (
        "This document specifies the booking system of the clinic. It is written for "
        "the clinic staff and the development team of the project."
    )
    assert by_text[wrapped].page == 1
    assert by_text["FR-1: The system shall send an SMS reminder the day before each appointment."].page == 1
    assert by_text["FR-2: The system shall let an owner cancel online."].page == 1
    assert by_text["2 Quality"].page == 2
    assert by_text["NFR-1: Booking pages shall load in under 2 seconds."].page == 2


def test_password_protected_pdf_is_refused_as_encrypted(make_pdf):
    with pytest.raises(EncryptedDocument) as raised:
        ingest(make_pdf([PAGE_ONE], user_password="s3cret"), "srs.pdf")

    assert raised.value.code == "encrypted"
    assert "password" in raised.value.message


def test_pdf_encrypted_only_against_editing_opens_without_a_password(make_pdf, texts):
    document = ingest(make_pdf([PAGE_TWO], user_password=""), "srs.pdf")

    assert "NFR-1: Booking pages shall load in under 2 seconds." in texts(document)


def test_scanned_pdf_without_text_layer_has_no_text(make_pdf):
    with pytest.raises(NoText) as raised:
        ingest(make_pdf([[], []]), "scan.pdf")

    assert raised.value.code == "no_text"
    assert "OCR" in raised.value.message


@pytest.mark.parametrize(
    "damage",
    [
        lambda pdf: pdf[: len(pdf) // 3],  # truncated download
        lambda pdf: b"%PDF-1.7\n" + b"\x00\xff garbage \x13" * 200,
    ],
)
def test_damaged_pdf_is_corrupt(make_pdf, damage):
    with pytest.raises(CorruptDocument) as raised:
        ingest(damage(make_pdf([PAGE_ONE, PAGE_TWO])), "srs.pdf")

    assert raised.value.code == "corrupt"


def test_too_many_pages_is_too_large(make_pdf):
    with pytest.raises(DocumentTooLarge) as raised:
        ingest(make_pdf([PAGE_TWO] * 3), "srs.pdf", limits=IngestLimits(max_pdf_pages=2))

    assert raised.value.code == "too_large"


def test_a_meeting_transcript_saved_as_pdf_keeps_speakers_and_pages(make_pdf):
    pages = [
        ["Kick-off transcript", "Priya Shah   0:05", "Customers need to order from their table.", "Tom Reid   0:14",
         "Should the kitchen see the orders?", "Priya Shah   0:17", "Yes, on a tablet by the pass."],
        ["Tom Reid   1:02", "What about loyalty points?", "Priya Shah   1:05", "Not for launch."],
    ]  # fmt: skip
    document = ingest(make_pdf(pages), "transcript.pdf")

    assert [(s.kind, s.page, s.speaker, s.at) for s in document.segments] == [
        ("paragraph", 1, None, None),
        ("utterance", 1, "Priya Shah", "0:05"),
        ("utterance", 1, "Tom Reid", "0:14"),
        ("utterance", 1, "Priya Shah", "0:17"),
        ("utterance", 2, "Tom Reid", "1:02"),
        ("utterance", 2, "Priya Shah", "1:05"),
    ]
