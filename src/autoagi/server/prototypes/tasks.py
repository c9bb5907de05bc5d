"""Jobs of the prototypes domain: generate + validate a version; screenshots of its preview."""

from __future__ import annotations

import uuid
from typing import Any

from autoagi.engine.artifacts import Design, Prototype
from autoagi.engine.prototype import generate_prototype, regenerate, validate
from autoagi.server.designs.derive import derive_design
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.models import DesignRecord, PrototypeRecord
from autoagi.server.prototypes import files as prototype_files
from autoagi.server.prototypes.service import GENERATE_PROTOTYPE, SCREENSHOTS
from autoagi.server.requirements.artifacts import project_requirements
from autoagi.server.storage import ObjectNotFound
from autoagi.server.worker.registry import job_handler
from autoagi.server.worker.runner import JobContext, JobFailed


def _generate_and_validate(requirements, the_design, previous, progress) -> tuple[Prototype, dict[str, bytes], dict]:
    """A first version is validated in full; a new one re-runs only what its changes affect."""
    if previous is not None:
        old_files, old_validation = previous
        progress(0.05, "regenerating; re-running the tests the changes affect")
        prototype, files, regeneration = regenerate(requirements, the_design, old_files, old_validation)
        return prototype, files, regeneration.summary()
    progress(0.05, "generating the application")
    prototype, files = generate_prototype(requirements, the_design)
    progress(0.25, "running its tests in a sandbox")
    validation = validate(files)
    return prototype.model_copy(update={"validation": validation}), files, {"mode": "full"}


async def _previous_version(job: JobContext, project_id: uuid.UUID):
    async with job.app.sessions() as session:
        record = await ArtifactRepository(session, PrototypeRecord).latest(project_id)
    if record is None:
        return None
    prototype = Prototype.model_validate(record.artifact)
    try:
        files = prototype_files.unpack(await job.app.storage.get(prototype_files.storage_key(record.id)))
    except ObjectNotFound:
        return None
    return files, prototype.validation


@job_handler(GENERATE_PROTOTYPE)
async def generate(job: JobContext) -> dict[str, Any]:
    project_id = uuid.UUID(job.payload["project_id"])
    async with job.app.sessions() as session:
        requirements = await project_requirements(session, project_id)
        design_record = await ArtifactRepository(session, DesignRecord).latest(project_id)
    if not requirements:
        raise JobFailed("The project has no requirements yet: upload a document or add requirements first.")
    if design_record is None:
        # One click from requirements to a running app: derive the design on the way.
        derived, _ = await derive_design(job, project_id, requirements, (0.0, 0.05))
        async with job.app.sessions() as session, session.begin():
            design_record = await ArtifactRepository(session, DesignRecord).add_version(
                project_id, None, {"requirement_ids": [r.id for r in requirements]}, derived.model_dump(mode="json")
            )
    the_design = Design.model_validate(design_record.artifact)
    design_version = design_record.version
    previous = await _previous_version(job, project_id)
    prototype, files, regeneration = await job.run_blocking(
        _generate_and_validate, requirements, the_design, previous, progress_scale=(0.02, 0.95)
    )
    async with job.app.sessions() as session, session.begin():
        record = await ArtifactRepository(session, PrototypeRecord).add_version(
            project_id,
            None,
            {
                "design_version": design_version,
                "requirement_ids": [r.id for r in requirements],
                "target": prototype.target,
            },
            prototype.model_dump(mode="json"),
        )
        record.storage_key = prototype_files.storage_key(record.id)
        prototype_id, version = record.id, record.version
    await job.app.storage.put(prototype_files.storage_key(prototype_id), prototype_files.pack(files), "application/zip")
    validation = prototype.validation
    return {
        "prototype_id": str(prototype_id),
        "version": version,
        "files": len(files),
        "tests_passed": validation.passed if validation else 0,
        "tests_failed": validation.failed if validation else 0,
        "per_requirement": validation.per_requirement if validation else {},
        "validation_mode": regeneration,
    }


@job_handler(SCREENSHOTS)
async def screenshots(job: JobContext) -> dict[str, Any]:
    from autoagi.server.prototypes.screenshots import capture_devices

    prototype_id = uuid.UUID(job.payload["prototype_id"])
    async with job.app.sessions() as session:
        record = await ArtifactRepository(session, PrototypeRecord).get(prototype_id)
    if record is None:
        raise JobFailed("The prototype was deleted.")
    await job.progress(0.05, "starting the preview")
    taken = await capture_devices(job.app, record, progress=job.progress)
    return {"prototype_id": str(prototype_id), "screenshots": sorted(taken)}
