from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.engine.prototype import FileMap
from autoagi.server.context import AppContext
from autoagi.server.errors import NotFound
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.kit.pagination import PageParams
from autoagi.server.models import PrototypeRecord, User
from autoagi.server.projects.service import ProjectAccess, project_access
from autoagi.server.prototypes import files as prototype_files

GENERATE_PROTOTYPE = "prototypes.generate"
SCREENSHOTS = "prototypes.screenshots"


class PrototypeService:
    def __init__(self, session: AsyncSession, context: AppContext):
        self.session = session
        self.context = context
        self.prototypes = ArtifactRepository(session, PrototypeRecord)

    async def list(self, access: ProjectAccess, params: PageParams) -> tuple[list[PrototypeRecord], int]:
        return await self.prototypes.paginate(self.prototypes.of_project(access.project.id), params)

    async def get_visible(self, prototype_id: uuid.UUID, user: User) -> PrototypeRecord:
        record = await self.prototypes.get(prototype_id)
        if record is None:
            raise NotFound("Prototype not found.")
        try:
            await project_access(self.session, record.project_id, user, "viewer")
        except NotFound:
            raise NotFound("Prototype not found.") from None
        return record

    async def archive(self, record: PrototypeRecord) -> bytes:
        return await self.context.storage.get(prototype_files.storage_key(record.id))

    async def files(self, record: PrototypeRecord) -> FileMap:
        return prototype_files.unpack(await self.archive(record))

    async def file(self, record: PrototypeRecord, path: str) -> bytes:
        files = await self.files(record)
        if path not in files:
            raise NotFound(f"No file {path!r} in this prototype.")
        return files[path]

    async def diff(self, record: PrototypeRecord, against: PrototypeRecord | None) -> dict:
        if against is None:
            against = await self.prototypes.previous(record)
        old = await self.files(against) if against else {}
        return {
            "version": record.version,
            "against_version": against.version if against else None,
            **prototype_files.diff(old, await self.files(record)),
        }
