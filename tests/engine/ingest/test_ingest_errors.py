"""Every bad input ends in one IngestError with a stable code and a message fit for the user."""

from __future__ import annotations

import pytest

from autoagi.engine.ingest import (
    ERROR_CODES,
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    IngestError,
    IngestLimits,
    NoText,
    UnsafeArchive,
    UnsupportedType,
    ZipBomb,
    ingest,
)


def test_error_codes_are_stable():
    assert ERROR_CODES == (
        "empty",
        "too_large",
        "unsupported_type",
        "corrupt",
        "encrypted",
        "zip_bomb",
        "unsafe_archive",
        "no_text",
    )
    for error_class in (
        EmptyDocument,
        DocumentTooLarge,
        UnsupportedType,
        CorruptDocument,
        EncryptedDocument,
        ZipBomb,
        UnsafeArchive,
        NoText,
    ):
        assert issubclass(error_class, IngestError)


def test_base_error_carries_code_and_message():
    error = IngestError("too_large", "The file is too big.")

    assert (error.code, error.message, str(error)) == ("too_large", "The file is too big.", "The file is too big.")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
@pytest.mark.parametrize("name", ["notes.txt", "srs.pdf", "notes.md", "call.vtt"])
def test_empty_input_is_empty(data, name):
    with pytest.raises(EmptyDocument) as raised:
        ingest(data, name)

    assert raised.value.code == "empty"


def test_utf16_whitespace_is_empty():
    with pytest.raises(EmptyDocument):
        ingest("   \n  ".encode("utf-16"), "notes.txt")


def test_too_many_bytes_is_too_large():
    with pytest.raises(DocumentTooLarge) as raised:
        ingest(b"x" * 2_000, "notes.txt", limits=IngestLimits(max_bytes=1_000))

    assert raised.value.code == "too_large"
    assert "1,000" in raised.value.message


def test_too_much_text_is_too_large():
    with pytest.raises(DocumentTooLarge):
        ingest(b"word " * 1_000, "notes.txt", limits=IngestLimits(max_text_chars=100))


def test_parser_failures_surface_as_corrupt_without_internals():
    with pytest.raises(CorruptDocument) as raised:
        ingest(b"\x00\x01 not a pdf at all \x02" * 20, "srs.pdf")

    error = raised.value
    assert error.code == "corrupt"
    assert "Traceback" not in error.message and "pypdf" not in error.message
    # The library's exception stays available to logs as the cause.
    assert error.__cause__ is not None


def test_a_parser_crash_becomes_corrupt(monkeypatch):
    from autoagi.engine.ingest import pipeline

    def crash(source):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(pipeline.PARSERS, "text/plain", crash)

    with pytest.raises(CorruptDocument) as raised:
        ingest(b"hello", "notes.txt")

    assert "recursion" not in raised.value.message
    assert isinstance(raised.value.__cause__, RecursionError)
