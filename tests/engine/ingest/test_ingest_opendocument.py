"""OpenDocument text (.odt): headings, paragraphs, lists and tables in document order."""

from __future__ import annotations

import io
import zipfile

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import CorruptDocument, NoText, ingest

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt(body: str, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    """An .odt as LibreOffice lays it out: "mimetype" first and stored, then the content."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.3">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
        )
        package.writestr("META-INF/manifest.xml", "<manifest/>")
    return data.getvalue()


def test_an_odt_is_read_in_document_order(check_segments):
    body = (
        '<text:h text:outline-level="1">What we need</text:h>'
        "<text:p>Members <text:span>renew</text:span> a loan<text:s/>from the app.<text:note><text:note-body>"
        "<text:p>a footnote</text:p></text:note-body></text:note></text:p>"
        "<text:list><text:list-item><text:p>Fines can be paid by card</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>Requirement</text:p></table:table-cell>"
        "<table:table-cell><text:p>Priority</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Reading lists</text:p></table:table-cell>"
        "<table:table-cell/></table:table-row></table:table>"
    )
    document = ingest(_odt(body), "needs.odt")
    assert document.media_type == "application/vnd.oasis.opendocument.text"
    check_segments(document)
    got = [(s.kind, document.text[s.start : s.end]) for s in document.segments]
    assert got == [
        ("heading", "What we need"),
        ("paragraph", "Members renew a loan from the app."),  # the footnote is left out
        ("list_item", "Fines can be paid by card"),
        ("table_cell", "Requirement"),
        ("table_cell", "Priority"),
        ("table_cell", "Reading lists"),
        ("table_cell", "-"),
    ]
    statements = [r.statement for r in analyze([document]).requirements]
    assert "The system should support reading lists." in statements  # the row names a feature


def test_an_odt_with_entities_or_damage_gets_a_clear_error():
    with pytest.raises(CorruptDocument, match="damaged"):
        ingest(_odt("<text:p>x</text:txt>"), "broken.odt")  # a tag that is never closed
    entity = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<office:document-content {_NS}><office:body><office:text><text:p>&x;</text:p></office:text>"
        "</office:body></office:document-content>"
    )
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", entity)
    document = ingest(data.getvalue(), "entity.odt")
    assert "root:" not in document.text  # the entity is not resolved: no file is read into the text
    with pytest.raises(NoText):
        ingest(_odt(""), "empty.odt")
