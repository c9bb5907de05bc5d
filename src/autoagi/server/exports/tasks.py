"""Jobs of the exports domain."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from autoagi.engine.export import ExportError, export
from autoagi.server.exports.bundle import project_bundle
from autoagi.server.exports.repository import ExportRepository, storage_key
from autoagi.server.exports.service import RENDER_EXPORT
from autoagi.server.worker.registry import job_handler
from autoagi.server.worker.runner import JobContext, JobFailed


async def _mark_failed(job: JobContext, export_id: uuid.UUID, message: str) -> None:
    async with job.app.sessions() as session, session.begin():
        record = await ExportRepository(session).get(export_id)
        if record is not None:
            record.status, record.error = "failed", message


@job_handler(RENDER_EXPORT)
async def render_export(job: JobContext) -> dict[str, Any]:
    export_id = uuid.UUID(job.payload["export_id"])
    now = datetime.now(UTC)
    async with job.app.sessions() as session:
        record = await ExportRepository(session).get(export_id)
        if record is None:
            raise JobFailed("The export was deleted.")
        await job.progress(0.05, "gathering the project's artifacts")
        bundle = await project_bundle(session, job.app.storage, record.project_id, now)
        format_name = record.format
    try:
        rendered = await job.run_blocking(lambda progress: export(bundle, format_name), progress_scale=(0.1, 0.9))
    except ExportError as error:
        await _mark_failed(job, export_id, str(error))
        raise JobFailed(str(error)) from None
    await job.app.storage.put(storage_key(export_id), rendered.content, rendered.media_type)
    async with job.app.sessions() as session, session.begin():
        record = await ExportRepository(session).get(export_id)
        if record is None:
            raise JobFailed("The export was deleted.")
        record.status, record.filename, record.media_type = "ready", rendered.filename, rendered.media_type
        record.size, record.storage_key = len(rendered.content), storage_key(export_id)
        record.expires_at = now + timedelta(seconds=job.app.settings.export_link_ttl_s)
    return {"export_id": str(export_id), "filename": rendered.filename, "size": len(rendered.content)}
