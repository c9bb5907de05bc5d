from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status
from fastapi.responses import PlainTextResponse

from autoagi.engine.artifacts import Design
from autoagi.engine.design import render_design_markdown
from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.designs.schemas import ArtifactVersionRead, ArtifactVersionSummary
from autoagi.server.designs.service import GENERATE_DESIGN, DesignService
from autoagi.server.jobs.endpoints import accept_project_job
from autoagi.server.jobs.schemas import JobAccepted
from autoagi.server.kit.pagination import Page, PageParamsDep
from autoagi.server.projects.endpoints import ProjectEditor, ProjectViewer

router = APIRouter(tags=["designs"])


def get_design_service(session: SessionDep) -> DesignService:
    return DesignService(session)


DesignServiceDep = Annotated[DesignService, Depends(get_design_service)]


@router.post("/projects/{project_id}/designs", status_code=status.HTTP_202_ACCEPTED, response_model=JobAccepted)
async def generate_design(access: ProjectEditor, session: SessionDep, context: ContextDep) -> JobAccepted:
    """Derive a new design version from the project's current requirements."""
    return await accept_project_job(GENERATE_DESIGN, access, session, context)


@router.get("/projects/{project_id}/designs", response_model=Page[ArtifactVersionSummary])
async def list_designs(
    access: ProjectViewer, service: DesignServiceDep, params: PageParamsDep
) -> Page[ArtifactVersionSummary]:
    records, total = await service.list(access, params)
    return Page.of([ArtifactVersionSummary.model_validate(r) for r in records], total, params)


@router.get("/designs/{design_id}", response_model=ArtifactVersionRead)
async def read_design(design_id: uuid.UUID, user: CurrentUser, service: DesignServiceDep) -> ArtifactVersionRead:
    return ArtifactVersionRead.model_validate(await service.get_visible(design_id, user))


@router.get("/designs/{design_id}/markdown", response_class=PlainTextResponse)
async def read_design_markdown(design_id: uuid.UUID, user: CurrentUser, service: DesignServiceDep) -> str:
    """The design as Markdown with Mermaid diagrams and ADRs."""
    record = await service.get_visible(design_id, user)
    return render_design_markdown(Design.model_validate(record.artifact))
