from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from autoagi.server.config import Settings
from autoagi.server.deps import ContextDep, CurrentUser, SessionDep, SettingsDep
from autoagi.server.kit.pagination import Page, PageParamsDep
from autoagi.server.llm import llm_summary
from autoagi.server.models import Project
from autoagi.server.projects.roles import Role
from autoagi.server.projects.schemas import (
    InvitationRead,
    MemberAdd,
    MemberAddResult,
    MemberRead,
    MemberUpdate,
    ProjectCreate,
    ProjectLLMRead,
    ProjectRead,
    ProjectStatus,
    ProjectUpdate,
)
from autoagi.server.projects.service import ProjectAccess, ProjectService, project_access

router = APIRouter(prefix="/projects", tags=["projects"])


def get_project_service(session: SessionDep, context: ContextDep) -> ProjectService:
    return ProjectService(session, context)


ProjectServiceDep = Annotated[ProjectService, Depends(get_project_service)]


def project_role(minimum: Role):
    async def dependency(project_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> ProjectAccess:
        return await project_access(session, project_id, user, minimum)

    return dependency


ProjectViewer = Annotated[ProjectAccess, Depends(project_role("viewer"))]
ProjectEditor = Annotated[ProjectAccess, Depends(project_role("editor"))]
ProjectOwner = Annotated[ProjectAccess, Depends(project_role("owner"))]


def project_read(project: Project, role: str, settings: Settings) -> ProjectRead:
    llm = ProjectLLMRead(**llm_summary(settings, project.llm_settings))
    return ProjectRead.model_validate(project).model_copy(update={"role": role, "llm": llm})


@router.get("", response_model=Page[ProjectRead])
async def list_projects(
    user: CurrentUser,
    settings: SettingsDep,
    service: ProjectServiceDep,
    params: PageParamsDep,
    q: Annotated[str | None, Query(max_length=200, description="name contains")] = None,
    status: ProjectStatus | None = None,
) -> Page[ProjectRead]:
    rows, total = await service.list(user, params, q, status)
    items = [project_read(project, role, settings) for project, role in rows]
    return Page.of(items, total, params)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProjectRead)
async def create_project(
    body: ProjectCreate, user: CurrentUser, service: ProjectServiceDep, settings: SettingsDep
) -> ProjectRead:
    access = await service.create(body, user)
    return project_read(access.project, access.role, settings)


@router.get("/{project_id}", response_model=ProjectRead)
async def read_project(access: ProjectViewer, settings: SettingsDep) -> ProjectRead:
    return project_read(access.project, access.role, settings)


@router.patch("/{project_id}", response_model=ProjectRead)
async def update_project(
    body: ProjectUpdate, access: ProjectEditor, service: ProjectServiceDep, settings: SettingsDep
) -> ProjectRead:
    await service.update(access, body)
    return project_read(access.project, access.role, settings)


@router.delete("/{project_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_project(access: ProjectOwner, service: ProjectServiceDep) -> None:
    await service.delete(access)


@router.get("/{project_id}/members", response_model=Page[MemberRead])
async def list_members(access: ProjectViewer, service: ProjectServiceDep, params: PageParamsDep) -> Page[MemberRead]:
    items, total = await service.list_members(access, params)
    return Page.of(items, total, params)


@router.post("/{project_id}/members", status_code=status.HTTP_201_CREATED, response_model=MemberAddResult)
async def add_member(body: MemberAdd, access: ProjectOwner, service: ProjectServiceDep) -> MemberAddResult:
    return await service.add_member(access, body.email, body.role)


@router.get("/{project_id}/invitations", response_model=list[InvitationRead])
async def list_invitations(access: ProjectOwner, service: ProjectServiceDep) -> list[InvitationRead]:
    return await service.pending_invitations(access)


@router.patch("/{project_id}/members/{user_id}", response_model=MemberRead)
async def update_member(
    user_id: uuid.UUID, body: MemberUpdate, access: ProjectOwner, service: ProjectServiceDep
) -> MemberRead:
    return await service.change_role(access, user_id, body.role)


@router.delete("/{project_id}/members/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_member(
    project_id: uuid.UUID,
    user_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    service: ProjectServiceDep,
) -> None:
    # Any member may leave; only owners remove others.
    minimum: Role = "viewer" if user_id == user.id else "owner"
    access = await project_access(session, project_id, user, minimum)
    await service.remove_member(access, user_id)
