"""Each format says how deep a heading is, so "### Booking" under "## Features" reads as a feature."""

from __future__ import annotations

import io
import zipfile

from autoagi.engine.ingest import ingest


def _levels(document) -> list[tuple[int | None, str]]:
    return [(s.level, document.text[s.start : s.end]) for s in document.segments if s.kind == "heading"]


def test_markdown_headings_keep_their_depth():
    document = ingest(b"# Brief\n\n## Features\n\n### Booking\n\n- Pay online\n\n## Out of scope\n", "brief.md")
    assert _levels(document) == [(1, "Brief"), (2, "Features"), (3, "Booking"), (2, "Out of scope")]
    assert all(s.level is None for s in document.segments if s.kind not in {"heading", "list_item"})


def test_markdown_list_items_keep_their_nesting():
    document = ingest(b"- Payments\n  - yearly rent\n    - by card\n- Notices\n", "wishes.md")
    assert [(s.level, document.text[s.start : s.end]) for s in document.segments] == [
        (1, "Payments"),
        (2, "yearly rent"),
        (3, "by card"),
        (1, "Notices"),
    ]


def test_html_headings_keep_their_depth():
    page = b"<html><body><h1>Brief</h1><h2>Features</h2><h3>Booking</h3><ul><li>Pay online</li></ul></body></html>"
    assert _levels(ingest(page, "brief.html")) == [(1, "Brief"), (2, "Features"), (3, "Booking")]


def test_word_headings_keep_their_depth(make_docx):
    def fill(document):
        document.add_heading("Brief", level=0)  # Word's "Title"
        document.add_heading("Features", level=1)
        document.add_heading("Booking", level=2)
        document.add_paragraph("Pay online", style="List Bullet")

    assert _levels(ingest(make_docx(fill), "brief.docx")) == [(1, "Brief"), (1, "Features"), (2, "Booking")]


def test_opendocument_headings_keep_their_depth():
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        '<text:h text:outline-level="1">Features</text:h><text:h text:outline-level="2">Booking</text:h>'
        "<text:p>Pay online by card.</text:p></office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    assert _levels(ingest(buffer.getvalue(), "brief.odt")) == [(1, "Features"), (2, "Booking")]
