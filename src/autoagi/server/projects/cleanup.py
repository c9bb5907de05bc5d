"""What a deleted project leaves in object storage: its documents, prototypes and exports."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession


async def stored_folders(session: AsyncSession, project_id: uuid.UUID) -> list[str]:
    # Imported here: these domains depend on projects, not the other way round.
    from autoagi.server.documents import storage_keys
    from autoagi.server.documents.repository import DocumentRepository
    from autoagi.server.exports.repository import ExportRepository
    from autoagi.server.kit.artifacts import ArtifactRepository
    from autoagi.server.models import PrototypeRecord

    folders = [storage_keys.folder(d.id) for d in await DocumentRepository(session).all_of_project(project_id)]
    folders += [f"exports/{export_id}" for export_id in await ExportRepository(session).ids_of_project(project_id)]
    prototype_ids = await ArtifactRepository(session, PrototypeRecord).ids_of_project(project_id)
    folders += [f"prototypes/{prototype_id}" for prototype_id in prototype_ids]
    return folders
