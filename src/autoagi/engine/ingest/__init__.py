"""Ingest: any client document as bytes → ``Document`` (text + offset-exact segments).

    from autoagi.engine.ingest import ingest
    document = ingest(data, "kickoff.vtt")
    for segment in document.segments:
        print(segment.speaker, segment.at, document.text[segment.start : segment.end])

The format is detected from the content (the name is a hint). Bad input raises an
``IngestError`` with a stable ``code`` and a message fit to show the user.
"""

from .detect import detect_media_type
from .errors import (
    ERROR_CODES,
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    IngestError,
    NoText,
    UnsafeArchive,
    UnsupportedType,
    ZipBomb,
)
from .limits import IngestLimits
from .media_types import SUPPORTED_MEDIA_TYPES
from .pipeline import ingest

__all__ = [
    "ERROR_CODES",
    "SUPPORTED_MEDIA_TYPES",
    "CorruptDocument",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "IngestError",
    "IngestLimits",
    "NoText",
    "UnsafeArchive",
    "UnsupportedType",
    "ZipBomb",
    "detect_media_type",
    "ingest",
]
