from __future__ import annotations

import uuid

from sqlalchemy import Select, select

from autoagi.server.kit.repository import Repository
from autoagi.server.models import DocumentRecord


class DocumentRepository(Repository[DocumentRecord]):
    model = DocumentRecord

    async def by_sha256(self, project_id: uuid.UUID, sha256: str) -> DocumentRecord | None:
        return await self.session.scalar(
            select(DocumentRecord).where(DocumentRecord.project_id == project_id, DocumentRecord.sha256 == sha256)
        )

    def of_project(self, project_id: uuid.UUID) -> Select:
        return (
            select(DocumentRecord)
            .where(DocumentRecord.project_id == project_id)
            .order_by(DocumentRecord.created_at, DocumentRecord.id)
        )

    async def all_of_project(self, project_id: uuid.UUID) -> list[DocumentRecord]:
        return list(await self.session.scalars(self.of_project(project_id)))
