from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from autoagi.server.db import Base, RecordMixin


class RequirementRecord(RecordMixin, Base):
    """A stored ``Requirement`` artifact of one project, extracted or entered by hand."""

    __tablename__ = "requirements"
    __table_args__ = (
        UniqueConstraint("project_id", "key", name="uq_requirements_project_key"),
        Index("ix_requirements_project_kind", "project_id", "kind"),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(20))  # REQ-001
    title: Mapped[str] = mapped_column(String(300))
    statement: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str | None] = mapped_column(Text, nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="functional")
    category: Mapped[str] = mapped_column(String(40), default="functional_suitability")
    priority: Mapped[str] = mapped_column(String(10), default="should")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    actors: Mapped[list[str]] = mapped_column(JSON, default=list)
    entities: Mapped[list[str]] = mapped_column(JSON, default=list)
    acceptance_criteria: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    depends_on: Mapped[list[str]] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(20), default="manual")  # extracted | manual
    # Identifies an extracted requirement across re-analyses (normalised statement hash).
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    user_edited: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
