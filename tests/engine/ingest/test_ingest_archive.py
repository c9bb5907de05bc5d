"""A zip of documents (a client's folder) is read file by file; packages and bombs are refused."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import NoText, UnsupportedType, ZipBomb, ingest


def zipped(files: dict[str, bytes | str]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return output.getvalue()


def test_each_file_of_a_zipped_folder_is_read_under_its_name(check_segments):
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Helen Park <helen@gym.example>", "Needs"
    mail.set_content("Members must be able to freeze their pass.")
    mail.add_attachment(
        b"The system shall send reminders by SMS.\n", maintype="text", subtype="plain", filename="extra.txt"
    )
    archive = zipped(
        {
            "client/notes.md": "# Notes\n\n- Customers need to book online.\n",
            "client/thread.eml": mail.as_bytes(),
            "client/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(40),
            "__MACOSX/client/._notes.md": b"resource fork",
            "client/.DS_Store": b"finder",
        }
    )

    document = ingest(archive, "client.zip")

    check_segments(document)
    assert document.media_type == "application/zip"
    assert document.text.startswith("File: client/notes.md\n\nNotes")
    assert "File: client/thread.eml\n\nFrom: Helen Park" in document.text
    assert "Attachment: extra.txt\n\nThe system shall send reminders by SMS." in document.text  # the e-mail's own
    assert "resource fork" not in document.text and "finder" not in document.text
    result = analyze([document])
    assert [r.statement for r in result.requirements] == [
        "Customers must be able to book online.",
        "Members must be able to freeze their pass.",
        "The system shall send reminders by SMS.",
    ]
    assert [f.message for f in result.findings if f.rule == "action_item"] == [
        "File not read in client.zip: client/logo.png (image/png)"
    ]


@pytest.mark.parametrize(
    ("files", "advice"),
    [({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}, "OpenDocument")],
)
def test_a_package_that_is_one_document_is_not_a_folder(files, advice):
    with pytest.raises(UnsupportedType, match=advice):
        ingest(zipped(files), "upload.bin")


def test_a_zip_of_nothing_readable_says_what_it_holds():
    with pytest.raises(NoText, match=r"No file in the archive could be read: photo\.png \(image/png\)"):
        ingest(zipped({"photo.png": b"\x89PNG\r\n\x1a\n" + bytes(40)}), "photos.zip")


def test_a_zip_bomb_is_refused_before_anything_is_inflated():
    with pytest.raises(ZipBomb):
        ingest(zipped({"huge.txt": "a" * 20_000_000}), "huge.zip")


def test_a_damaged_file_in_a_zip_is_listed_and_the_others_are_read():
    archive = bytearray(
        zipped({"a.md": "- Customers need to book online.\n", "b.md": "- Members renew online.\n" * 20})
    )
    second = archive.find(b"PK\x03\x04", 10)
    archive[second + 40] ^= 0xFF  # inside b.md's compressed data: its CRC no longer matches

    document = ingest(bytes(archive), "folder.zip")

    assert document.metadata["attachments"] == "a.md"
    assert document.metadata["attachments_not_read"] == "b.md (damaged in the archive)"
