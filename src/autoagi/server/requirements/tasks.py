"""Jobs of the requirements domain."""

from __future__ import annotations

import uuid
from typing import Any

from autoagi.server.documents.repository import DocumentRepository
from autoagi.server.documents.tasks import analyze_and_merge, mark_failed
from autoagi.server.worker.registry import job_handler
from autoagi.server.worker.runner import JobContext, JobFailed

ANALYZE_PROJECT = "requirements.analyze"


@job_handler(ANALYZE_PROJECT)
async def analyze_project(job: JobContext) -> dict[str, Any]:
    project_id = uuid.UUID(job.payload["project_id"])
    async with job.app.sessions() as session:
        records = [r for r in await DocumentRepository(session).all_of_project(project_id)]
    if not records:
        raise JobFailed("The project has no documents to analyse; upload one first.")
    try:
        return await analyze_and_merge(job, project_id, records)
    except Exception:
        await mark_failed(job, [r.id for r in records], "Analysis failed; see the job for details.")
        raise
