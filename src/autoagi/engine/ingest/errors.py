"""The one exception family ingest raises for bad input.

Every error carries a stable machine-readable ``code`` and a ``message`` written for the person
who uploaded the file: it never contains a stack trace or library internals (the underlying
exception, if any, is chained as ``__cause__`` for logs).
"""

from __future__ import annotations


class IngestError(Exception):
    """Input that cannot be turned into a ``Document``."""

    code: str = "ingest_error"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class _CodedIngestError(IngestError):
    """Base for the subclasses, whose code is fixed by the class."""

    def __init__(self, message: str) -> None:
        super().__init__(type(self).code, message)


class EmptyDocument(_CodedIngestError):
    code = "empty"


class DocumentTooLarge(_CodedIngestError):
    code = "too_large"


class UnsupportedType(_CodedIngestError):
    code = "unsupported_type"


class CorruptDocument(_CodedIngestError):
    code = "corrupt"


class EncryptedDocument(_CodedIngestError):
    code = "encrypted"


class ZipBomb(_CodedIngestError):
    code = "zip_bomb"


class UnsafeArchive(_CodedIngestError):
    """An archive member name that would escape its folder (path traversal)."""

    code = "unsafe_archive"


class NoText(_CodedIngestError):
    """A readable file without any text, e.g. a scanned PDF with no text layer."""

    code = "no_text"


ERROR_CODES: tuple[str, ...] = tuple(
    cls.code
    for cls in (
        EmptyDocument,
        DocumentTooLarge,
        UnsupportedType,
        CorruptDocument,
        EncryptedDocument,
        ZipBomb,
        UnsafeArchive,
        NoText,
    )
)
