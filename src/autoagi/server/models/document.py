from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from autoagi.server.db import Base, RecordMixin


class DocumentRecord(RecordMixin, Base):
    """An uploaded client document: the original bytes and its ingested text live in storage."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("project_id", "sha256", name="uq_documents_project_sha256"),)

    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    uploaded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(512))
    artifact_id: Mapped[str] = mapped_column(String(64))  # the engine's Document.id
    word_count: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(20), default="uploaded")  # uploaded|analyzing|analyzed|failed
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # what its last analysis found for the project rather than for one requirement: action items
    # and open questions (engine ``Finding`` dicts, offsets into the ingested text)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
