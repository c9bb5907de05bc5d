"""Estimate, roadmap and ROI of a project: computed at once (they take milliseconds), kept as versions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from autoagi.engine.artifacts import Design
from autoagi.engine.planning import (
    Estimate,
    PlanningError,
    Roadmap,
    RoiInput,
    analyze_roi,
    analyze_roi_with_estimate,
    build_estimate,
    build_roadmap,
    reflow_roadmap,
)
from autoagi.server.errors import Conflict, InvalidInput, NotFound
from autoagi.server.kit.artifacts import ArtifactRepository
from autoagi.server.models import DesignRecord, EstimateRecord, RoadmapRecord, RoiRecord
from autoagi.server.plans.schemas import EstimateRequest, RoadmapEdits, RoadmapRequest, RoiRequest
from autoagi.server.projects.service import ProjectAccess
from autoagi.server.requirements.artifacts import project_requirements

T = TypeVar("T")


async def _compute(function: Callable[..., T], *args: Any) -> T:
    try:
        return await run_in_threadpool(function, *args)
    except (PlanningError, ValidationError) as error:
        details = [{"loc": ["body", *map(str, e["loc"])], "msg": e["msg"]} for e in error.errors()]
        message = error.message if isinstance(error, PlanningError) else "Invalid planning input."
        raise InvalidInput(message, details=details) from None


class PlanService:
    def __init__(self, session: AsyncSession):
        self.session = session
        self.designs = ArtifactRepository(session, DesignRecord)
        self.estimates = ArtifactRepository(session, EstimateRecord)
        self.roadmaps = ArtifactRepository(session, RoadmapRecord)
        self.rois = ArtifactRepository(session, RoiRecord)

    async def _design(self, access: ProjectAccess) -> DesignRecord:
        record = await self.designs.latest(access.project.id)
        if record is None:
            raise Conflict("The project has no design yet: generate one first (POST /projects/{id}/designs).")
        return record

    async def _latest(self, repository: ArtifactRepository, access: ProjectAccess, what: str):
        record = await repository.latest(access.project.id)
        if record is None:
            raise NotFound(f"The project has no {what} yet.")
        return record

    async def estimate(self, access: ProjectAccess, body: EstimateRequest) -> EstimateRecord:
        design_record = await self._design(access)
        requirements = await project_requirements(self.session, access.project.id)
        estimate = await _compute(
            build_estimate, Design.model_validate(design_record.artifact), requirements, body.options
        )
        inputs = {"design_version": design_record.version, "options": body.model_dump(mode="json")["options"]}
        return await self.estimates.add_version(
            access.project.id, access.user.id, inputs, estimate.model_dump(mode="json")
        )

    async def latest_estimate(self, access: ProjectAccess) -> EstimateRecord:
        return await self._latest(self.estimates, access, "estimate")

    async def roadmap(self, access: ProjectAccess, body: RoadmapRequest) -> RoadmapRecord:
        design_record = await self._design(access)
        requirements = await project_requirements(self.session, access.project.id)
        estimate_record = await self.estimates.latest(access.project.id)
        estimate = Estimate.model_validate(estimate_record.artifact) if estimate_record else None
        roadmap = await _compute(
            build_roadmap, requirements, Design.model_validate(design_record.artifact), body.options, estimate
        )
        inputs = {
            "design_version": design_record.version,
            "estimate_version": estimate_record.version if estimate_record else None,
            "options": body.options.model_dump(mode="json"),
        }
        return await self.roadmaps.add_version(
            access.project.id, access.user.id, inputs, roadmap.model_dump(mode="json")
        )

    async def edit_roadmap(self, access: ProjectAccess, body: RoadmapEdits) -> RoadmapRecord:
        """Apply people's edits to the latest roadmap; the schedule re-flows."""
        current = await self.latest_roadmap(access)
        roadmap = await _compute(reflow_roadmap, Roadmap.model_validate(current.artifact), body.edits)
        inputs = {
            **current.inputs,
            "edited_from_version": current.version,
            "edits": body.model_dump(mode="json")["edits"],
        }
        return await self.roadmaps.add_version(
            access.project.id, access.user.id, inputs, roadmap.model_dump(mode="json")
        )

    async def latest_roadmap(self, access: ProjectAccess) -> RoadmapRecord:
        return await self._latest(self.roadmaps, access, "roadmap")

    async def roi(self, access: ProjectAccess, body: RoiRequest) -> RoiRecord:
        data = RoiInput.model_validate(body.model_dump(exclude={"investment_from_estimate"}))
        inputs: dict[str, Any] = {"roi": data.model_dump(mode="json")}
        if body.investment_from_estimate:
            estimate_record = await self.estimates.latest(access.project.id)
            if estimate_record is None:
                raise Conflict(
                    "No estimate to take the investment from: create one first (POST /projects/{id}/estimate)."
                )
            estimate = Estimate.model_validate(estimate_record.artifact)
            result = await _compute(analyze_roi_with_estimate, data, estimate, body.investment_from_estimate)
            inputs |= {"estimate_version": estimate_record.version, "percentile": body.investment_from_estimate}
        else:
            result = await _compute(analyze_roi, data)
        return await self.rois.add_version(access.project.id, access.user.id, inputs, result.model_dump(mode="json"))

    async def latest_roi(self, access: ProjectAccess) -> RoiRecord:
        return await self._latest(self.rois, access, "ROI analysis")
