"""DOCX: paragraphs, headings, lists and tables in document order; hostile archives refused
before anything is inflated."""

from __future__ import annotations

import io
import zipfile

import pytest

from autoagi.engine.ingest import (
    CorruptDocument,
    EncryptedDocument,
    IngestLimits,
    NoText,
    UnsafeArchive,
    UnsupportedType,
    ZipBomb,
    ingest,
)


def fill_requirements(document):
    document.core_properties.title = "Booking requirements"
    document.add_heading("Booking requirements", level=1)
    document.add_paragraph("The clinic needs online booking.")
    document.add_paragraph("SMS reminders", style="List Bullet")
    document.add_paragraph("E-mail receipts", style="List Number")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("ID", "Requirement", "Priority"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("R1", "Owners can cancel online.", "Must"), strict=True):
        cell.text = text
    document.add_paragraph("After the table.")


def test_blocks_come_in_document_order_with_their_kinds(make_docx, check_segments, texts):
    document = ingest(make_docx(fill_requirements), "requirements.docx")

    assert document.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert document.metadata["title"] == "Booking requirements"
    check_segments(document)
    assert [(segment.kind, text) for segment, text in zip(document.segments, texts(document), strict=True)] == [
        ("heading", "Booking requirements"),
        ("paragraph", "The clinic needs online booking."),
        ("list_item", "SMS reminders"),
        ("list_item", "E-mail receipts"),
        ("table_cell", "ID"),
        ("table_cell", "Requirement"),
        ("table_cell", "Priority"),
        ("table_cell", "R1"),
        ("table_cell", "Owners can cancel online."),
        ("table_cell", "Must"),
        ("paragraph", "After the table."),
    ]
    assert "ID\tRequirement\tPriority\nR1\tOwners can cancel online.\tMust" in document.text


def test_a_meeting_transcript_saved_as_word_keeps_its_speakers(make_docx, check_segments, texts):
    def fill(document):  # what Teams writes when a transcript is downloaded as .docx
        document.add_paragraph("Booking app kick-off")
        for name, at, said in (
            ("Priya Shah", "0:05", "Customers need to order from their table."),
            ("Tom Reid", "0:14", "Should the kitchen see the orders?"),
            ("Priya Shah", "0:17", "Yes, on a tablet."),
        ):
            document.add_paragraph(f"{name}   {at}")
            document.add_paragraph(said)

    document = ingest(make_docx(fill), "transcript.docx")

    check_segments(document)
    assert [(s.kind, s.speaker, s.at) for s in document.segments] == [
        ("paragraph", None, None),
        ("utterance", "Priya Shah", "0:05"),
        ("utterance", "Tom Reid", "0:14"),
        ("utterance", "Priya Shah", "0:17"),
    ]
    assert texts(document)[1:] == [
        "Customers need to order from their table.",
        "Should the kitchen see the orders?",
        "Yes, on a tablet.",
    ]


def test_merged_cells_appear_once(make_docx, texts):
    def fill(document):
        table = document.add_table(rows=1, cols=3)
        table.cell(0, 0).text = "Deposit"
        merged = table.cell(0, 1).merge(table.cell(0, 2))
        merged.text = "£30 for surgery consults"

    document = ingest(make_docx(fill), "table.docx")

    assert texts(document) == ["Deposit", "£30 for surgery consults"]


def test_highly_compressed_member_is_a_zip_bomb(make_docx, add_zip_members):
    bomb = add_zip_members(make_docx(fill_requirements), {"word/media/padding.bin": b"\0" * (8 * 1024 * 1024)})

    with pytest.raises(ZipBomb) as raised:
        ingest(bomb, "requirements.docx")

    assert raised.value.code == "zip_bomb"


def test_total_uncompressed_size_is_limited(make_docx):
    with pytest.raises(ZipBomb):
        ingest(make_docx(fill_requirements), "requirements.docx", limits=IngestLimits(max_uncompressed_bytes=10_000))


def test_member_count_is_limited(make_docx, add_zip_members):
    crowded = add_zip_members(make_docx(fill_requirements), {f"extra/part{n}.xml": b"<a/>" for n in range(2_100)})

    with pytest.raises(ZipBomb):
        ingest(crowded, "requirements.docx")


@pytest.mark.parametrize("member", ["../../etc/cron.d/evil", "/etc/passwd", "word/../../evil.xml", "C:\\evil.bat"])
def test_path_traversal_member_is_refused(make_docx, add_zip_members, member):
    with pytest.raises(UnsafeArchive) as raised:
        ingest(add_zip_members(make_docx(fill_requirements), {member: b"x"}), "requirements.docx")

    assert raised.value.code == "unsafe_archive"


def test_truncated_docx_is_corrupt(make_docx):
    data = make_docx(fill_requirements)

    with pytest.raises(CorruptDocument):
        ingest(data[: len(data) // 2], "requirements.docx")


def test_zip_without_a_word_document_is_not_a_docx():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("notes.txt", "hello")

    assert ingest(output.getvalue(), "notes.zip").media_type == "application/zip"  # a folder of files
    with pytest.raises(CorruptDocument):
        ingest(output.getvalue(), "renamed.docx")


def test_password_protected_word_file_is_encrypted():
    # Office encrypts .docx files into an OLE2 container with an "EncryptedPackage" stream.
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64

    with pytest.raises(EncryptedDocument):
        ingest(ole2, "requirements.docx")


def test_legacy_doc_is_unsupported():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 64

    with pytest.raises(UnsupportedType) as raised:
        ingest(ole2, "old.doc")

    assert ".docx" in raised.value.message


def test_docx_without_text_has_no_text(make_docx):
    with pytest.raises(NoText):
        ingest(make_docx(lambda document: document.add_paragraph("")), "blank.docx")


def test_a_document_of_topics_is_not_a_transcript(make_docx):
    def fill(document):
        for line in ("Hosting: EU only.", "Payments: card and Apple Pay.", "Bookings: online, up to a week ahead."):
            document.add_paragraph(line)

    assert {s.kind for s in ingest(make_docx(fill), "notes.docx").segments} == {"paragraph"}


def _tracked(paragraph, tag: str, text: str, change_id: int) -> None:
    """Append a tracked insertion ("w:ins") or deletion ("w:del") by a reviewer to the paragraph."""
    from docx.oxml.ns import qn
    from lxml import etree

    change = etree.SubElement(
        paragraph._p,
        qn(tag),
        {qn("w:id"): str(change_id), qn("w:author"): "Priya", qn("w:date"): "2026-11-20T10:00:00Z"},
    )
    run = etree.SubElement(change, qn("w:r"))
    words = etree.SubElement(run, qn("w:delText" if tag == "w:del" else "w:t"))
    words.text = text
    words.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def test_tracked_changes_read_as_accepted(make_docx):
    def fill(document):
        paragraph = document.add_paragraph("Members must be able to pay ")
        _tracked(paragraph, "w:ins", "by card or Apple Pay", 1)
        _tracked(paragraph, "w:del", " by cheque", 2)
        _tracked(document.add_paragraph(""), "w:ins", "The system must send a receipt by email.", 3)
        table = document.add_table(rows=1, cols=1)
        _tracked(table.cell(0, 0).paragraphs[0], "w:ins", "Refunds within 5 days", 4)

    document = ingest(make_docx(fill), "spec.docx")
    assert "Members must be able to pay by card or Apple Pay" in document.text  # the reviewer's insertion
    assert "cheque" not in document.text  # and not what they deleted
    assert "The system must send a receipt by email." in document.text
    assert "Refunds within 5 days" in document.text
