from __future__ import annotations

import uuid

from sqlalchemy import select

from autoagi.server.kit.repository import Repository
from autoagi.server.models import ExportRecord


def storage_key(export_id: uuid.UUID) -> str:
    return f"exports/{export_id}/file"


class ExportRepository(Repository[ExportRecord]):
    model = ExportRecord

    async def ids_of_project(self, project_id: uuid.UUID) -> list[uuid.UUID]:
        return list(await self.session.scalars(select(ExportRecord.id).where(ExportRecord.project_id == project_id)))
