"""Jobs of the designs domain."""

from __future__ import annotations

import uuid
from typing import Any

from autoagi.server.designs.derive import derive_design
from autoagi.server.designs.service import GENERATE_DESIGN
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.models import DesignRecord
from autoagi.server.requirements.artifacts import project_requirements
from autoagi.server.worker.registry import job_handler
from autoagi.server.worker.runner import JobContext, JobFailed


@job_handler(GENERATE_DESIGN)
async def generate_design(job: JobContext) -> dict[str, Any]:
    project_id = uuid.UUID(job.payload["project_id"])
    async with job.app.sessions() as session:
        requirements = await project_requirements(session, project_id)
    if not requirements:
        raise JobFailed("The project has no requirements yet: upload a document or add requirements first.")
    result, llm_note = await derive_design(job, project_id, requirements, (0.05, 0.9))
    inputs = {"requirement_ids": [r.id for r in requirements]}
    async with job.app.sessions() as session, session.begin():
        record = await ArtifactRepository(session, DesignRecord).add_version(
            project_id, None, inputs, result.model_dump(mode="json")
        )
        design_id, version = record.id, record.version
    return {
        "llm": llm_note,
        "design_id": str(design_id),
        "version": version,
        "entities": len(result.entities),
        "endpoints": len(result.endpoints),
        "pages": len(result.pages),
        "decisions": len(result.decisions),
        "unanswered_requirement_ids": result.unanswered_requirement_ids,
    }
