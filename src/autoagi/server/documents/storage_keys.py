"""Where a document's objects live in storage."""

from __future__ import annotations

import uuid


def folder(document_id: uuid.UUID) -> str:
    return f"documents/{document_id}"


def original(document_id: uuid.UUID) -> str:
    return f"{folder(document_id)}/original"


def ingested(document_id: uuid.UUID) -> str:
    return f"{folder(document_id)}/document.json"
