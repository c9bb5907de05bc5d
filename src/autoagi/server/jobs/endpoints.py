from __future__ import annotations

import uuid

from fastapi import APIRouter
from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.context import AppContext
from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.jobs.schemas import JobAccepted, JobRead
from autoagi.server.jobs.service import JobService
from autoagi.server.projects.service import ProjectAccess

router = APIRouter(prefix="/jobs", tags=["jobs"])


async def accept_project_job(
    kind: str, access: ProjectAccess, session: AsyncSession, context: AppContext
) -> JobAccepted:
    """Queue a whole-project job (``{"project_id": ...}``) and answer the 202 body."""
    job = await JobService(session, context).submit(
        kind, {"project_id": str(access.project.id)}, access.user, access.project.id
    )
    return JobAccepted(job=JobRead.model_validate(job))


@router.get("/{job_id}", response_model=JobRead)
async def read_job(job_id: uuid.UUID, user: CurrentUser, session: SessionDep, context: ContextDep) -> JobRead:
    return JobRead.model_validate(await JobService(session, context).get_visible(job_id, user))
