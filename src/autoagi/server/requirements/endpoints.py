from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from autoagi.engine.artifacts import Category, Priority, RequirementKind
from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.jobs.endpoints import accept_project_job
from autoagi.server.jobs.schemas import JobAccepted
from autoagi.server.kit.pagination import Page, PageParamsDep
from autoagi.server.projects.endpoints import ProjectEditor, ProjectViewer
from autoagi.server.requirements.schemas import (
    ProjectFindingRead,
    RequirementCreate,
    RequirementFilters,
    RequirementRead,
    RequirementStatus,
    RequirementUpdate,
)
from autoagi.server.requirements.service import RequirementService
from autoagi.server.requirements.tasks import ANALYZE_PROJECT

router = APIRouter(tags=["requirements"])


def get_requirement_service(session: SessionDep) -> RequirementService:
    return RequirementService(session)


RequirementServiceDep = Annotated[RequirementService, Depends(get_requirement_service)]


@router.get("/projects/{project_id}/requirements", response_model=Page[RequirementRead])
async def list_requirements(
    access: ProjectViewer,
    service: RequirementServiceDep,
    params: PageParamsDep,
    kind: RequirementKind | None = None,
    category: Category | None = None,
    priority: Priority | None = None,
    status: RequirementStatus | None = None,
    q: Annotated[str | None, Query(max_length=200, description="text in key, title or statement")] = None,
) -> Page[RequirementRead]:
    filters = RequirementFilters(kind=kind, category=category, priority=priority, status=status, q=q)
    items, total = await service.list(access, filters, params)
    return Page.of([RequirementRead.model_validate(r) for r in items], total, params)


@router.get("/projects/{project_id}/findings", response_model=Page[ProjectFindingRead])
async def list_project_findings(
    access: ProjectViewer, service: RequirementServiceDep, params: PageParamsDep
) -> Page[ProjectFindingRead]:
    """Questions for the client (quality areas no requirement covers, open questions from the notes)
    and action items for the team."""
    items, total = await service.findings(access, params)
    return Page.of(items, total, params)


@router.post("/projects/{project_id}/requirements", status_code=status.HTTP_201_CREATED, response_model=RequirementRead)
async def create_requirement(
    body: RequirementCreate, access: ProjectEditor, service: RequirementServiceDep
) -> RequirementRead:
    return RequirementRead.model_validate(await service.create(access, body))


@router.get("/requirements/{requirement_id}", response_model=RequirementRead)
async def read_requirement(
    requirement_id: uuid.UUID, user: CurrentUser, service: RequirementServiceDep
) -> RequirementRead:
    requirement, _ = await service.get_with_access(requirement_id, user, "viewer")
    return RequirementRead.model_validate(requirement)


@router.patch("/requirements/{requirement_id}", response_model=RequirementRead)
async def update_requirement(
    requirement_id: uuid.UUID, body: RequirementUpdate, user: CurrentUser, service: RequirementServiceDep
) -> RequirementRead:
    requirement, _ = await service.get_with_access(requirement_id, user, "editor")
    return RequirementRead.model_validate(await service.update(requirement, body))


@router.delete("/requirements/{requirement_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_requirement(requirement_id: uuid.UUID, user: CurrentUser, service: RequirementServiceDep) -> None:
    requirement, _ = await service.get_with_access(requirement_id, user, "editor")
    await service.delete(requirement)


@router.post(
    "/projects/{project_id}/analyze",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    tags=["requirements"],
)
async def analyze_project(access: ProjectEditor, session: SessionDep, context: ContextDep) -> JobAccepted:
    """Re-analyse every document of the project; people's edits are kept."""
    return await accept_project_job(ANALYZE_PROJECT, access, session, context)
