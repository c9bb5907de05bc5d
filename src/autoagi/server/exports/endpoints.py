from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, status
from fastapi.responses import JSONResponse, Response

from autoagi.engine.export import json_schemas
from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.errors import NotFound
from autoagi.server.exports.schemas import ExportAccepted, ExportRead, ExportRequest
from autoagi.server.exports.service import ExportService
from autoagi.server.jobs.schemas import JobRead
from autoagi.server.projects.endpoints import ProjectEditor

router = APIRouter(tags=["exports"])


def get_export_service(session: SessionDep, context: ContextDep) -> ExportService:
    return ExportService(session, context)


ExportServiceDep = Annotated[ExportService, Depends(get_export_service)]


def _read(service: ExportService, record) -> ExportRead:
    return ExportRead.model_validate(record).model_copy(update={"download_url": service.download_url(record)})


@router.post("/projects/{project_id}/exports", status_code=status.HTTP_202_ACCEPTED, response_model=ExportAccepted)
async def create_export(body: ExportRequest, access: ProjectEditor, service: ExportServiceDep) -> ExportAccepted:
    """Render the project as Markdown, PDF, DOCX, JSON, ReqIF 1.2, Jira CSV, iCalendar or a zip of all."""
    record, job = await service.request(access, body.format)
    return ExportAccepted(job=JobRead.model_validate(job), export=_read(service, record))


@router.get("/exports/{export_id}", response_model=ExportRead)
async def read_export(export_id: uuid.UUID, user: CurrentUser, service: ExportServiceDep) -> ExportRead:
    """Its status and, once ready, a download link that works until ``expires_at``."""
    return _read(service, await service.get_visible(export_id, user))


@router.get("/exports/{export_id}/download", response_class=Response)
async def download_export(
    export_id: uuid.UUID, service: ExportServiceDep, token: Annotated[str, Query(max_length=500)]
) -> Response:
    record, data = await service.file_for_link(export_id, token)
    return Response(
        content=data,
        media_type=record.media_type,
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(record.filename or 'export')}",
            "Cache-Control": "private, no-store",
        },
    )


schemas_router = APIRouter(prefix="/schemas", tags=["schemas"])


@schemas_router.get("/")
async def list_schemas() -> dict[str, str]:
    """The JSON Schemas of the exported artifacts (schema version autoagi/1)."""
    return {name: f"/api/v1/schemas/{name}" for name in sorted(json_schemas())}


@schemas_router.get("/{name}")
async def read_schema(name: str) -> JSONResponse:
    schemas = json_schemas()
    if name not in schemas:
        raise NotFound(f"No schema named {name!r}.")
    return JSONResponse(schemas[name], media_type="application/schema+json")
