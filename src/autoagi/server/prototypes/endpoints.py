from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import Response

from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.designs.schemas import ArtifactVersionRead, ArtifactVersionSummary
from autoagi.server.errors import NotFound
from autoagi.server.jobs.endpoints import accept_project_job
from autoagi.server.jobs.schemas import JobAccepted, JobRead
from autoagi.server.jobs.service import JobService
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.kit.pagination import Page, PageParamsDep
from autoagi.server.models import PrototypeRecord
from autoagi.server.projects.endpoints import ProjectEditor, ProjectViewer
from autoagi.server.projects.service import project_access
from autoagi.server.prototypes.preview import PreviewFailed
from autoagi.server.prototypes.proxy import forward
from autoagi.server.prototypes.running import ensure_preview
from autoagi.server.prototypes.schemas import PreviewLink
from autoagi.server.prototypes.screenshots import DEVICES, screenshot_key
from autoagi.server.prototypes.service import GENERATE_PROTOTYPE, SCREENSHOTS, PrototypeService
from autoagi.server.signing import sign, verify
from autoagi.server.storage import ObjectNotFound

router = APIRouter(tags=["prototypes"])
PREVIEW = "prototype-preview"


def get_prototype_service(session: SessionDep, context: ContextDep) -> PrototypeService:
    return PrototypeService(session, context)


PrototypeServiceDep = Annotated[PrototypeService, Depends(get_prototype_service)]


@router.post("/projects/{project_id}/prototypes", status_code=status.HTTP_202_ACCEPTED, response_model=JobAccepted)
async def generate_prototype(access: ProjectEditor, session: SessionDep, context: ContextDep) -> JobAccepted:
    """Generate a new version of the app from the latest design and run its tests in a sandbox."""
    return await accept_project_job(GENERATE_PROTOTYPE, access, session, context)


@router.get("/projects/{project_id}/prototypes", response_model=Page[ArtifactVersionSummary])
async def list_prototypes(
    access: ProjectViewer, service: PrototypeServiceDep, params: PageParamsDep
) -> Page[ArtifactVersionSummary]:
    records, total = await service.list(access, params)
    return Page.of([ArtifactVersionSummary.model_validate(r) for r in records], total, params)


@router.get("/prototypes/{prototype_id}", response_model=ArtifactVersionRead)
async def read_prototype(
    prototype_id: uuid.UUID, user: CurrentUser, service: PrototypeServiceDep
) -> ArtifactVersionRead:
    """The files (path, sha256, size), run instructions and per-requirement test results."""
    return ArtifactVersionRead.model_validate(await service.get_visible(prototype_id, user))


@router.get("/prototypes/{prototype_id}/files/{path:path}", response_class=Response)
async def read_prototype_file(
    prototype_id: uuid.UUID, path: str, user: CurrentUser, service: PrototypeServiceDep
) -> Response:
    """One generated file, as text for the file browser (never executed by the platform)."""
    data = await service.file(await service.get_visible(prototype_id, user), path)
    return Response(
        content=data,
        media_type="text/plain; charset=utf-8",
        headers={"Content-Security-Policy": "sandbox; default-src 'none'"},
    )


@router.get("/prototypes/{prototype_id}/archive", response_class=Response)
async def download_prototype(prototype_id: uuid.UUID, user: CurrentUser, service: PrototypeServiceDep) -> Response:
    record = await service.get_visible(prototype_id, user)
    filename = f"prototype-v{record.version}.zip"
    return Response(
        content=await service.archive(record),
        media_type="application/zip",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"},
    )


@router.get("/prototypes/{prototype_id}/diff")
async def diff_prototype(
    prototype_id: uuid.UUID,
    user: CurrentUser,
    service: PrototypeServiceDep,
    against: Annotated[
        uuid.UUID | None, Query(description="another version's id; default: the previous version")
    ] = None,
) -> dict:
    """What changed since another version: regeneration touches only affected files."""
    record = await service.get_visible(prototype_id, user)
    other = await service.get_visible(against, user) if against else None
    if other is not None and other.project_id != record.project_id:
        raise NotFound("Prototype not found.")
    return await service.diff(record, other)


@router.post("/prototypes/{prototype_id}/preview", response_model=PreviewLink)
async def start_preview(
    prototype_id: uuid.UUID, user: CurrentUser, service: PrototypeServiceDep, context: ContextDep
) -> PreviewLink:
    """Start the app (or keep it running) and answer a link that works without a session."""
    record = await service.get_visible(prototype_id, user)
    try:
        await ensure_preview(context, record)
    except PreviewFailed as error:
        raise NotFound(str(error)) from None
    token = sign(context.settings, PREVIEW, str(record.id))
    expires_at = datetime.now(UTC) + timedelta(seconds=context.settings.preview_link_ttl_s)
    return PreviewLink(url=f"/api/v1/prototypes/{record.id}/preview/{token}/", expires_at=expires_at, devices=DEVICES)


@router.api_route(
    "/prototypes/{prototype_id}/preview/{token}/{path:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"],
    include_in_schema=False,
)
async def preview(prototype_id: uuid.UUID, token: str, path: str, request: Request, context: ContextDep) -> Response:
    if not verify(context.settings, PREVIEW, token, str(prototype_id), context.settings.preview_link_ttl_s):
        raise NotFound("This preview link is invalid or has expired.")
    async with context.sessions() as session:
        record = await ArtifactRepository(session, PrototypeRecord).get(prototype_id)
    if record is None:
        raise NotFound("Prototype not found.")
    try:
        running = await ensure_preview(context, record)  # restarts a preview the idle reaper stopped
    except PreviewFailed as error:
        return Response(str(error), status_code=502, media_type="text/plain")
    return await forward(running, request, path)


@router.post("/prototypes/{prototype_id}/screenshots", status_code=status.HTTP_202_ACCEPTED, response_model=JobAccepted)
async def take_screenshots(
    prototype_id: uuid.UUID, user: CurrentUser, service: PrototypeServiceDep, session: SessionDep, context: ContextDep
) -> JobAccepted:
    """Photograph the preview in phone, tablet, laptop and desktop sizes (for reports)."""
    record = await service.get_visible(prototype_id, user)
    access = await project_access(session, record.project_id, user, "editor")
    job = await JobService(session, context).submit(
        SCREENSHOTS, {"prototype_id": str(record.id)}, user, access.project.id
    )
    return JobAccepted(job=JobRead.model_validate(job))


@router.get("/prototypes/{prototype_id}/screenshots/{device}.png", response_class=Response)
async def read_screenshot(
    prototype_id: uuid.UUID, device: str, user: CurrentUser, service: PrototypeServiceDep, context: ContextDep
) -> Response:
    record = await service.get_visible(prototype_id, user)
    if device not in DEVICES:
        raise NotFound(f"No device {device!r}; known: {', '.join(DEVICES)}.")
    try:
        return Response(await context.storage.get(screenshot_key(record.id, device)), media_type="image/png")
    except ObjectNotFound:
        raise NotFound("No screenshot yet: take them with POST /prototypes/{id}/screenshots.") from None
