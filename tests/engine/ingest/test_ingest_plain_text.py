"""Plain text: verbatim text, segments for paragraphs, list items, headings and statements."""

from __future__ import annotations

import unicodedata

import pytest

from autoagi.engine.ingest import ingest

NOTES = """CLINIC BOOKING

The clinic wants owners to book vaccinations and check-ups
online, and to see the real free slots of each vet rather
than a request form.

- SMS reminders the day before
- E-mail confirmation
  with a calendar attachment

The system shall send a reminder by SMS.
The system shall let owners cancel online.
"""


def test_segments_cover_paragraphs_list_items_and_statements(check_segments, texts):
    document = ingest(NOTES.encode(), "notes.txt")

    assert document.media_type == "text/plain"
    assert document.text == NOTES
    check_segments(document)
    assert [segment.kind for segment in document.segments] == [
        "heading",
        "paragraph",
        "list_item",
        "list_item",
        "paragraph",
        "paragraph",
    ]
    assert texts(document)[1].startswith("The clinic wants owners")
    assert texts(document)[1].endswith("a request form.")
    assert texts(document, "list_item") == [
        "- SMS reminders the day before",
        "- E-mail confirmation\n  with a calendar attachment",
    ]
    # One statement per line gives one segment per line.
    assert texts(document)[-2:] == [
        "The system shall send a reminder by SMS.",
        "The system shall let owners cancel online.",
    ]


def test_statements_without_full_stops_still_get_a_segment_each(texts):
    text = "The system shall send reminders\nThe system shall allow cancellations\nStaff shall log in\n"

    document = ingest(text.encode(), "requirements.txt")

    assert texts(document) == [
        "The system shall send reminders",
        "The system shall allow cancellations",
        "Staff shall log in",
    ]


def test_numbered_headings_and_requirement_ids_start_segments(texts):
    text = (
        "3.1 Reminders\n"
        "FR-9: The system shall send an SMS reminder on the day before\n"
        "each appointment.\n"
        "FR-10: The system shall send a second reminder.\n"
    )

    document = ingest(text.encode(), "srs.txt")

    assert [segment.kind for segment in document.segments] == ["heading", "paragraph", "paragraph"]
    assert texts(document)[1] == ("FR-9: The system shall send an SMS reminder on the day before\neach appointment.")


def test_text_is_nfc_normalised_and_offsets_refer_to_the_normalised_text(texts):
    decomposed = unicodedata.normalize("NFD", "Café owners need SMS reminders.")
    assert decomposed != "Café owners need SMS reminders."

    document = ingest(decomposed.encode(), "notes.txt")

    assert document.text == "Café owners need SMS reminders."
    assert texts(document) == ["Café owners need SMS reminders."]


def test_crlf_and_control_characters_are_cleaned(texts):
    document = ingest(b"First line\x1b here.\r\n\r\nSecond\x07 paragraph.\r\n", "notes.txt")

    assert document.text == "First line here.\n\nSecond paragraph.\n"
    assert texts(document) == ["First line here.", "Second paragraph."]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Pet owners can book online – £30 deposit.".encode(), "utf-8"),
        ("Pet owners can book online – £30 deposit.".encode("utf-8-sig"), "utf-8-sig"),
        ("Pet owners can book online – £30 deposit.".encode("utf-16"), "utf-16-le"),
        ("Pet owners can book online – £30 deposit.".encode("utf-16-be"), "utf-16-be"),
        ("Pet owners can book online – £30 deposit.".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_recognised(data, encoding):
    document = ingest(data, "notes.txt")

    assert document.text == "Pet owners can book online – £30 deposit."
    assert document.metadata["encoding"] == encoding


def test_bytes_undefined_in_cp1252_do_not_fail_the_document():
    document = ingest(b"Owners pay \x81 a deposit \xe9t\xe9.", "notes.txt")

    assert document.text == "Owners pay \ufffd a deposit été."


def test_large_plain_text_keeps_exact_offsets(check_segments):
    paragraph = "The clinic shall send an SMS reminder the day before each appointment.\n\n"
    document = ingest((paragraph * 5000).encode(), "big.txt")

    check_segments(document)
    assert len(document.segments) == 5000


def test_typographic_ligatures_are_spelled_out():
    document = ingest("The conﬁguration ﬁle must be ﬂexible and eﬃcient.".encode(), "srs.txt")
    assert document.text == "The configuration file must be flexible and efficient."
