"""Everything a project has, gathered into the engine's ``ProjectBundle`` for rendering."""

from __future__ import annotations

import contextlib
import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.engine.artifacts import AnalysisResult, Design, Document, Prototype
from autoagi.engine.export import ProjectBundle
from autoagi.engine.planning import Estimate, Roadmap, RoiResult
from autoagi.server.clients.repository import ClientRepository
from autoagi.server.documents import storage_keys
from autoagi.server.documents.repository import DocumentRepository
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.models import DesignRecord, EstimateRecord, PrototypeRecord, RoadmapRecord, RoiRecord
from autoagi.server.projects.repository import ProjectRepository
from autoagi.server.prototypes import files as prototype_files
from autoagi.server.prototypes.screenshots import DEVICES, screenshot_key
from autoagi.server.requirements.artifacts import project_findings, project_requirements
from autoagi.server.storage import ObjectNotFound, ObjectStorage


async def _documents(session: AsyncSession, storage: ObjectStorage, project_id: uuid.UUID) -> list[Document]:
    """Ingested documents, identified by their platform id (what requirement sources point at)."""
    documents = []
    for record in await DocumentRepository(session).all_of_project(project_id):
        try:
            document = Document.model_validate_json(await storage.get(storage_keys.ingested(record.id)))
        except ObjectNotFound:
            continue
        documents.append(document.model_copy(update={"id": str(record.id), "name": record.name}))
    return documents


async def _latest(session: AsyncSession, model, project_id: uuid.UUID, artifact_type):
    record = await ArtifactRepository(session, model).latest(project_id)
    return artifact_type.model_validate(record.artifact) if record else None


async def _prototype(session: AsyncSession, storage: ObjectStorage, project_id: uuid.UUID) -> dict:
    """The latest prototype with its files and any device screenshots taken of it."""
    record = await ArtifactRepository(session, PrototypeRecord).latest(project_id)
    if record is None:
        return {}
    found = {"prototype": Prototype.model_validate(record.artifact)}
    with contextlib.suppress(ObjectNotFound):
        found["prototype_files"] = prototype_files.unpack(await storage.get(prototype_files.storage_key(record.id)))
    shots = {}
    for device in DEVICES:
        try:
            shots[device] = await storage.get(screenshot_key(record.id, device))
        except ObjectNotFound:
            continue
    if shots:
        found["screenshots"] = shots
    return found


async def project_bundle(
    session: AsyncSession, storage: ObjectStorage, project_id: uuid.UUID, generated_at: datetime
) -> ProjectBundle:
    project = await ProjectRepository(session).get(project_id)
    if project is None:
        raise LookupError("the project was deleted")
    client = await ClientRepository(session).get(project.client_id) if project.client_id else None
    analysis = AnalysisResult(
        documents=await _documents(session, storage, project_id),
        requirements=await project_requirements(session, project_id),
        findings=[
            finding.model_copy(update={"document_id": record.artifact_id if record else None})
            for finding, record in await project_findings(session, project_id)
        ],
    )
    return ProjectBundle(
        project_name=project.name,
        client=client.name if client else None,
        generated_at=generated_at,
        analysis=analysis,
        design=await _latest(session, DesignRecord, project_id, Design),
        estimate=await _latest(session, EstimateRecord, project_id, Estimate),
        roadmap=await _latest(session, RoadmapRecord, project_id, Roadmap),
        roi=await _latest(session, RoiRecord, project_id, RoiResult),
        **await _prototype(session, storage, project_id),
    )
