"""Versioned engine artifacts of a project: one repository serves every kind."""

from __future__ import annotations

import uuid
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select

from autoagi.server.kit.repository import Repository
from autoagi.server.models.artifact_version import ArtifactVersionMixin

RecordT = TypeVar("RecordT", bound=ArtifactVersionMixin)


class ArtifactRepository(Repository[RecordT], Generic[RecordT]):
    def __init__(self, session, model: type[RecordT]):
        super().__init__(session)
        self.model = model

    def of_project(self, project_id: uuid.UUID) -> Select:
        return select(self.model).where(self.model.project_id == project_id).order_by(self.model.version.desc())

    async def ids_of_project(self, project_id: uuid.UUID) -> list[uuid.UUID]:
        return list(await self.session.scalars(select(self.model.id).where(self.model.project_id == project_id)))

    async def latest(self, project_id: uuid.UUID) -> RecordT | None:
        return await self.session.scalar(self.of_project(project_id).limit(1))

    async def previous(self, record: RecordT) -> RecordT | None:
        return await self.session.scalar(
            select(self.model)
            .where(self.model.project_id == record.project_id, self.model.version < record.version)
            .order_by(self.model.version.desc())
            .limit(1)
        )

    async def add_version(
        self, project_id: uuid.UUID, user_id: uuid.UUID | None, inputs: dict[str, Any], artifact: dict[str, Any]
    ) -> RecordT:
        current = await self.session.scalar(
            select(func.max(self.model.version)).where(self.model.project_id == project_id)
        )
        record = self.model(
            project_id=project_id, created_by_id=user_id, version=(current or 0) + 1, inputs=inputs, artifact=artifact
        )
        return await self.add(record)
