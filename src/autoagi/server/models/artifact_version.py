from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from autoagi.server.db import Base, RecordMixin


class ArtifactVersionMixin(RecordMixin):
    """One version of an engine artifact of a project: the inputs it was made from, and the result."""

    @declared_attr.directive
    def __table_args__(cls):  # noqa: N805 - SQLAlchemy's declared_attr convention
        return (UniqueConstraint("project_id", "version", name=f"uq_{cls.__tablename__}_project_version"),)

    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    version: Mapped[int] = mapped_column(Integer)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    artifact: Mapped[dict[str, Any]] = mapped_column(JSON)
    storage_key: Mapped[str | None] = mapped_column(String(512), nullable=True)


class DesignRecord(ArtifactVersionMixin, Base):
    __tablename__ = "designs"


class EstimateRecord(ArtifactVersionMixin, Base):
    __tablename__ = "estimates"


class RoadmapRecord(ArtifactVersionMixin, Base):
    __tablename__ = "roadmaps"


class RoiRecord(ArtifactVersionMixin, Base):
    __tablename__ = "roi_analyses"


class PrototypeRecord(ArtifactVersionMixin, Base):
    """``artifact`` is the Prototype (files with hashes, validation); the files are a zip in storage."""

    __tablename__ = "prototypes"
