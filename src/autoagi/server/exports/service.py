from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.engine.export import normalise_format
from autoagi.server.context import AppContext
from autoagi.server.errors import AppError, NotFound
from autoagi.server.exports.repository import ExportRepository
from autoagi.server.jobs.service import JobService
from autoagi.server.models import ExportRecord, Job, User
from autoagi.server.projects.service import ProjectAccess, project_access
from autoagi.server.signing import sign, verify

RENDER_EXPORT = "exports.render"
DOWNLOAD = "export-download"


class LinkExpired(AppError):
    status_code = 410
    code = "link_expired"


class ExportService:
    def __init__(self, session: AsyncSession, context: AppContext):
        self.session = session
        self.context = context
        self.exports = ExportRepository(session)

    async def request(self, access: ProjectAccess, format_name: str) -> tuple[ExportRecord, Job]:
        record = await self.exports.add(
            ExportRecord(
                project_id=access.project.id,
                created_by_id=access.user.id,
                format=normalise_format(format_name),
                status="pending",
            )
        )
        job = await JobService(self.session, self.context).submit(
            RENDER_EXPORT, {"export_id": str(record.id)}, access.user, access.project.id
        )
        record.job_id = job.id
        await self.exports.flush()
        return record, job

    async def get_visible(self, export_id: uuid.UUID, user: User) -> ExportRecord:
        record = await self.exports.get(export_id)
        if record is None:
            raise NotFound("Export not found.")
        try:
            await project_access(self.session, record.project_id, user, "viewer")
        except NotFound:
            raise NotFound("Export not found.") from None
        return record

    def download_url(self, record: ExportRecord) -> str | None:
        if record.status != "ready" or record.expires_at is None or record.expires_at <= datetime.now(UTC):
            return None
        token = sign(self.context.settings, DOWNLOAD, str(record.id))
        return f"/api/v1/exports/{record.id}/download?token={token}"

    async def file_for_link(self, export_id: uuid.UUID, token: str) -> tuple[ExportRecord, bytes]:
        """The link is the credential: it names one export and stops working when it expires."""
        ttl = self.context.settings.export_link_ttl_s
        if not verify(self.context.settings, DOWNLOAD, token, str(export_id), ttl):
            raise NotFound("This download link is invalid.")
        record = await self.exports.get(export_id)
        if record is None or record.status != "ready" or record.storage_key is None:
            raise NotFound("Export not found.")
        if record.expires_at is None or record.expires_at <= datetime.now(UTC):
            raise LinkExpired("This download link has expired; export again.")
        return record, await self.context.storage.get(record.storage_key)
