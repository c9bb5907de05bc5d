from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, UploadFile, status
from fastapi.responses import Response

from autoagi.engine.artifacts import Document
from autoagi.server.deps import ContextDep, CurrentUser, SessionDep
from autoagi.server.documents.schemas import DocumentAccepted, DocumentRead
from autoagi.server.documents.service import DocumentService
from autoagi.server.errors import PayloadTooLarge
from autoagi.server.jobs.schemas import JobRead
from autoagi.server.kit.pagination import Page, PageParamsDep
from autoagi.server.projects.endpoints import ProjectEditor, ProjectViewer

router = APIRouter(tags=["documents"])


def get_document_service(session: SessionDep, context: ContextDep) -> DocumentService:
    return DocumentService(session, context)


DocumentServiceDep = Annotated[DocumentService, Depends(get_document_service)]


@router.post(
    "/projects/{project_id}/documents",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DocumentAccepted,
    responses={409: {"description": "the same file is already in the project"}, 413: {}, 415: {}, 422: {}},
)
async def upload_document(
    file: Annotated[UploadFile, File(description="meeting notes, transcript, e-mail, SRS, PDF, DOCX …")],
    access: ProjectEditor,
    service: DocumentServiceDep,
    context: ContextDep,
) -> DocumentAccepted:
    limit = context.settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"The file is larger than {limit // (1024 * 1024)} MB.", details={"limit_bytes": limit})
    record, job = await service.upload(access, file.filename, data)
    return DocumentAccepted(job=JobRead.model_validate(job), document=DocumentRead.model_validate(record))


@router.get("/projects/{project_id}/documents", response_model=Page[DocumentRead])
async def list_documents(
    access: ProjectViewer, service: DocumentServiceDep, params: PageParamsDep
) -> Page[DocumentRead]:
    records, total = await service.list(access, params)
    return Page.of([DocumentRead.model_validate(r) for r in records], total, params)


@router.get("/documents/{document_id}", response_model=DocumentRead)
async def read_document(document_id: uuid.UUID, user: CurrentUser, service: DocumentServiceDep) -> DocumentRead:
    return DocumentRead.model_validate(await service.get_with_access(document_id, user, "viewer"))


@router.get("/documents/{document_id}/text", response_model=Document)
async def read_document_text(document_id: uuid.UUID, user: CurrentUser, service: DocumentServiceDep) -> Document:
    """The ingested text with its segments: what requirement sources' offsets point into."""
    return await service.ingested(await service.get_with_access(document_id, user, "viewer"))


@router.get("/documents/{document_id}/content", response_class=Response)
async def download_document(document_id: uuid.UUID, user: CurrentUser, service: DocumentServiceDep) -> Response:
    """The original file, always as a download and under a sandbox CSP: uploaded HTML never runs here."""
    record = await service.get_with_access(document_id, user, "viewer")
    return Response(
        content=await service.original(record),
        media_type=record.media_type,
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(record.name)}",
            "Content-Security-Policy": "sandbox; default-src 'none'",
        },
    )


@router.delete("/documents/{document_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_document(document_id: uuid.UUID, user: CurrentUser, service: DocumentServiceDep) -> None:
    await service.delete(await service.get_with_access(document_id, user, "editor"))
