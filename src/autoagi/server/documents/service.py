"""Uploads: checked and ingested at once (bad files are refused, nothing stored), analysed by a job."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from autoagi.engine.artifacts import Document
from autoagi.engine.ingest import IngestError, IngestLimits, ingest
from autoagi.server.context import AppContext
from autoagi.server.documents import storage_keys
from autoagi.server.documents.repository import DocumentRepository
from autoagi.server.errors import AppError, Conflict, InvalidInput, NotFound, PayloadTooLarge
from autoagi.server.jobs.service import JobService
from autoagi.server.kit.after_commit import after_commit
from autoagi.server.kit.pagination import PageParams
from autoagi.server.models import DocumentRecord, Job, User
from autoagi.server.projects.roles import Role
from autoagi.server.projects.service import ProjectAccess, project_access
from autoagi.server.requirements.merge import detach_document

ANALYZE_DOCUMENT = "documents.analyze"


class UnsupportedMediaType(AppError):
    status_code = 415
    code = "unsupported_media_type"


def _ingest_error(error: IngestError) -> AppError:
    """The engine's verdict on a file, as an HTTP error that names what is wrong."""
    details = {"reason": error.code}
    if error.code == "unsupported_type":
        return UnsupportedMediaType(error.message, details=details)
    if error.code == "too_large":
        return PayloadTooLarge(error.message, details=details)
    failure = InvalidInput(error.message, details=details)
    failure.code = f"document_{error.code}"
    return failure


def safe_filename(name: str | None) -> str:
    """Keep the user's file name for display only: no folders, no control characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    return base[:255] or "document"


class DocumentService:
    def __init__(self, session: AsyncSession, context: AppContext):
        self.session = session
        self.context = context
        self.documents = DocumentRepository(session)

    async def upload(self, access: ProjectAccess, filename: str | None, data: bytes) -> tuple[DocumentRecord, Job]:
        name = safe_filename(filename)
        if not data:
            raise InvalidInput("The file is empty.", details={"reason": "empty"})
        sha256 = hashlib.sha256(data).hexdigest()
        existing = await self.documents.by_sha256(access.project.id, sha256)
        if existing is not None:
            raise Conflict(
                f"This file is already in the project as {existing.name!r}.",
                details={"document_id": str(existing.id)},
            )
        limits = IngestLimits(max_bytes=self.context.settings.max_upload_bytes)
        try:
            document: Document = await run_in_threadpool(ingest, data, name, limits=limits)
        except IngestError as error:
            raise _ingest_error(error) from None
        record = await self.documents.add(
            DocumentRecord(
                project_id=access.project.id,
                uploaded_by_id=access.user.id,
                name=name,
                media_type=document.media_type,
                size=len(data),
                sha256=sha256,
                storage_key="",
                artifact_id=document.id,
                word_count=len(document.text.split()),
                status="analyzing",
            )
        )
        record.storage_key = storage_keys.original(record.id)
        storage = self.context.storage
        await storage.put(record.storage_key, data, document.media_type)
        await storage.put(storage_keys.ingested(record.id), document.model_dump_json().encode(), "application/json")
        job = await JobService(self.session, self.context).submit(
            ANALYZE_DOCUMENT, {"document_id": str(record.id)}, access.user, access.project.id
        )
        return record, job

    async def list(self, access: ProjectAccess, params: PageParams) -> tuple[list[DocumentRecord], int]:
        return await self.documents.paginate(self.documents.of_project(access.project.id), params)

    async def get_with_access(self, document_id: uuid.UUID, user: User, minimum: Role) -> DocumentRecord:
        record = await self.documents.get(document_id)
        if record is None:
            raise NotFound("Document not found.")
        try:
            await project_access(self.session, record.project_id, user, minimum)
        except NotFound:
            raise NotFound("Document not found.") from None
        return record

    async def original(self, record: DocumentRecord) -> bytes:
        return await self.context.storage.get(record.storage_key)

    async def ingested(self, record: DocumentRecord) -> Document:
        return Document.model_validate_json(await self.context.storage.get(storage_keys.ingested(record.id)))

    async def delete(self, record: DocumentRecord) -> None:
        """The document goes, and with it what only it said; requirements people edited stay."""
        await detach_document(self.session, record.project_id, str(record.id))
        await self.documents.delete(record)
        storage, folder = self.context.storage, storage_keys.folder(record.id)
        after_commit(self.session, lambda: storage.delete_prefix(folder))
