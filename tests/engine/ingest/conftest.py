"""Real files made on the fly (reportlab PDFs, python-docx documents, zip archives) and the
offset invariant every ingested document must satisfy."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from autoagi.engine.artifacts import Document


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """PDF bytes with one text line per entry of each page ("" leaves a gap)."""

    def build(pages: Sequence[Sequence[str]], *, user_password: str | None = None) -> bytes:
        output = io.BytesIO()
        pdf = canvas.Canvas(output, invariant=1)
        for lines in pages:
            y = 800
            for line in lines:
                if line:
                    pdf.drawString(72, y, line)
                y -= 16
            if not lines:
                pdf.rect(72, 400, 300, 200, fill=1)  # a "scanned" page: graphics, no text
            pdf.showPage()
        pdf.save()
        if user_password is None:
            return output.getvalue()
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(output.getvalue())))
        writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
        encrypted = io.BytesIO()
        writer.write(encrypted)
        return encrypted.getvalue()

    return build


@pytest.fixture
def make_docx() -> Callable[[Callable[[docx.document.Document], None]], bytes]:
    """DOCX bytes from a function that fills a fresh python-docx document."""

    def build(fill: Callable[[docx.document.Document], None]) -> bytes:
        document = docx.Document()
        fill(document)
        output = io.BytesIO()
        document.save(output)
        return output.getvalue()

    return build


@pytest.fixture
def add_zip_members() -> Callable[[bytes, dict[str, bytes]], bytes]:
    """A copy of a zip archive with extra members appended."""

    def add(archive: bytes, members: dict[str, bytes]) -> bytes:
        output = io.BytesIO(archive)
        with zipfile.ZipFile(output, "a", zipfile.ZIP_DEFLATED) as extended:
            for name, content in members.items():
                extended.writestr(name, content)
        return output.getvalue()

    return add


@pytest.fixture
def check_segments() -> Callable[[Document], None]:
    """Every segment is a non-empty, trimmed, in-order slice of the document text."""

    def check(document: Document) -> None:
        previous_end = 0
        for number, segment in enumerate(document.segments, start=1):
            assert segment.id == f"S{number}"
            assert previous_end <= segment.start < segment.end <= len(document.text)
            piece = document.text[segment.start : segment.end]
            assert piece == piece.strip() and piece
            previous_end = segment.end

    return check


def segment_texts(document: Document, kind: str | None = None) -> list[str]:
    return [
        document.text[segment.start : segment.end]
        for segment in document.segments
        if kind is None or segment.kind == kind
    ]


@pytest.fixture
def texts() -> Callable[..., list[str]]:
    """The text of each segment, optionally only those of one kind."""
    return segment_texts
