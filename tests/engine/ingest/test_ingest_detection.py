"""Detection trusts the content over the file name; the name only breaks ties."""

from __future__ import annotations

import pytest

from autoagi.engine.ingest import SUPPORTED_MEDIA_TYPES, UnsupportedType, detect_media_type, ingest

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
VTT = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>We need SMS reminders.\n"
SRT = b"1\n00:00:01,000 --> 00:00:02,000\nAna: We need SMS reminders.\n"
EML = (
    b"From: Ana <ana@clinic.example>\nTo: sam@kestrel.example\nSubject: SMS\n"
    b"Date: Tue, 04 Mar 2025 10:02:00 +0000\n\nWe need SMS reminders.\n"
)
HTML = b"<!doctype html><html><body><p>We need SMS reminders.</p></body></html>"
MARKDOWN = b"# Notes\n\n- SMS reminders\n- Online booking\n\nSee [spec](https://x.example).\n"
CHAT = b"Ana: We need SMS reminders.\nTom: And online cancelling.\nAna: Yes.\n"


@pytest.mark.parametrize(
    ("data", "misleading_name", "expected"),
    [
        (VTT, "notes.md", "text/vtt"),
        (SRT, "captions.vtt", "application/x-subrip"),
        (EML, "mail.txt", "message/rfc822"),
        (HTML, "page.txt", "text/html"),
        (HTML, "page.md", "text/html"),
        (MARKDOWN, "notes", "text/markdown"),
        (CHAT, "chat.md.bak", "text/x-chat-transcript"),
        (b"Plain words about SMS reminders.", "photo.png", "text/plain"),
    ],
)
def test_text_formats_are_detected_from_content(data, misleading_name, expected):
    assert detect_media_type(data, misleading_name) == expected
    assert ingest(data, misleading_name).media_type == expected


def test_binary_formats_are_detected_from_magic_bytes(make_pdf, make_docx):
    pdf = make_pdf([["The system shall send reminders."]])
    word = make_docx(lambda document: document.add_paragraph("The system shall send reminders."))

    assert detect_media_type(pdf, "notes.txt") == "application/pdf"
    assert detect_media_type(word, "srs.pdf") == DOCX
    assert ingest(pdf, "notes.txt").media_type == "application/pdf"
    assert ingest(word, "srs.pdf").media_type == DOCX


def test_name_breaks_ties_between_look_alike_text_formats():
    text = b"# not a heading in a text file\n\n- item\n- item\n"

    assert detect_media_type(text, "notes.txt") == "text/plain"
    assert detect_media_type(text, "notes.md") == "text/markdown"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 64, "image/jpeg"),
        (b"\x00\x01\x02\x03binary\x00data" * 10, "application/octet-stream"),
        (b"7z\xbc\xaf\x27\x1c" + b"\0" * 64, "application/x-7z-compressed"),
    ],
)
def test_unsupported_content_is_named_and_refused(data, expected):
    assert detect_media_type(data, "requirements.txt") == expected
    assert expected not in SUPPORTED_MEDIA_TYPES
    with pytest.raises(UnsupportedType) as raised:
        ingest(data, "requirements.txt")
    assert raised.value.code == "unsupported_type"


def test_explicit_media_type_overrides_detection_and_accepts_aliases(texts):
    document = ingest(b"# Title\n\nBody text here.", "notes.txt", media_type="text/x-markdown; charset=utf-8")

    assert document.media_type == "text/markdown"
    assert texts(document) == ["Title", "Body text here."]


def test_unknown_explicit_media_type_is_unsupported():
    with pytest.raises(UnsupportedType):
        ingest(b"hello", "x.bin", media_type="application/x-shockwave-flash")
