"""Creating jobs and reading them; running them is the worker's business."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.context import AppContext
from autoagi.server.errors import NotFound
from autoagi.server.jobs.repository import JobRepository
from autoagi.server.kit.after_commit import after_commit
from autoagi.server.models import Job, User
from autoagi.server.projects.service import project_access


class JobService:
    def __init__(self, session: AsyncSession, context: AppContext):
        self.session = session
        self.context = context
        self.jobs = JobRepository(session)

    async def submit(self, kind: str, payload: dict[str, Any], user: User, project_id: uuid.UUID | None) -> Job:
        """Record the job now; hand it to the queue once the request's transaction commits,
        so a worker never looks for a job that is not there yet."""
        job = await self.jobs.add(
            Job(kind=kind, payload=payload, project_id=project_id, created_by_id=user.id, status="queued", progress=0)
        )
        queue, job_id = self.context.jobs, job.id
        after_commit(self.session, lambda: queue.enqueue_soon(job_id))
        return job

    async def get_visible(self, job_id: uuid.UUID, user: User) -> Job:
        job = await self.jobs.get(job_id)
        if job is None:
            raise NotFound("Job not found.")
        if job.project_id is not None:
            try:
                await project_access(self.session, job.project_id, user, "viewer")
            except NotFound:
                raise NotFound("Job not found.") from None
        elif job.created_by_id != user.id:
            raise NotFound("Job not found.")
        return job
