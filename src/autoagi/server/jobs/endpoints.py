from __future__ import annotations

import uuid

from fastapi import APIRouter

from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.jobs.schemas import JobRead
from autoagi.server.jobs.service import JobService

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("/{job_id}", response_model=JobRead)
async def read_job(job_id: uuid.UUID, user: CurrentUser, session: SessionDep, context: ContextDep) -> JobRead:
    return JobRead.model_validate(await JobService(session, context).get_visible(job_id, user))
