from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.errors import NotFound
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.kit.pagination import PageParams
from autoagi.server.models import DesignRecord, User
from autoagi.server.projects.service import ProjectAccess, project_access

GENERATE_DESIGN = "designs.generate"


class DesignService:
    def __init__(self, session: AsyncSession):
        self.session = session
        self.designs = ArtifactRepository(session, DesignRecord)

    async def list(self, access: ProjectAccess, params: PageParams) -> tuple[list[DesignRecord], int]:
        return await self.designs.paginate(self.designs.of_project(access.project.id), params)

    async def get_visible(self, design_id: uuid.UUID, user: User) -> DesignRecord:
        record = await self.designs.get(design_id)
        if record is None:
            raise NotFound("Design not found.")
        try:
            await project_access(self.session, record.project_id, user, "viewer")
        except NotFound:
            raise NotFound("Design not found.") from None
        return record
