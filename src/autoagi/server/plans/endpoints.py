from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, status

from autoagi.server.deps import SessionDep
from autoagi.server.designs.schemas import ArtifactVersionRead
from autoagi.server.plans.schemas import EstimateRequest, RoadmapEdits, RoadmapRequest, RoiRequest
from autoagi.server.plans.service import PlanService
from autoagi.server.projects.endpoints import ProjectEditor, ProjectViewer

router = APIRouter(prefix="/projects/{project_id}", tags=["plans"])


def get_plan_service(session: SessionDep) -> PlanService:
    return PlanService(session)


PlanServiceDep = Annotated[PlanService, Depends(get_plan_service)]


def _read(record) -> ArtifactVersionRead:
    return ArtifactVersionRead.model_validate(record)


@router.post("/estimate", status_code=status.HTTP_201_CREATED, response_model=ArtifactVersionRead)
async def create_estimate(
    access: ProjectEditor, service: PlanServiceDep, body: EstimateRequest | None = None
) -> ArtifactVersionRead:
    """Function points from the latest design, COCOMO II effort, Monte Carlo P10/P50/P90."""
    return _read(await service.estimate(access, body or EstimateRequest()))


@router.get("/estimate", response_model=ArtifactVersionRead)
async def read_estimate(access: ProjectViewer, service: PlanServiceDep) -> ArtifactVersionRead:
    return _read(await service.latest_estimate(access))


@router.post("/roadmap", status_code=status.HTTP_201_CREATED, response_model=ArtifactVersionRead)
async def create_roadmap(body: RoadmapRequest, access: ProjectEditor, service: PlanServiceDep) -> ArtifactVersionRead:
    """Phases, tasks, dependencies, a resource-levelled schedule, critical path and milestones."""
    return _read(await service.roadmap(access, body))


@router.post("/roadmap/edits", status_code=status.HTTP_201_CREATED, response_model=ArtifactVersionRead)
async def edit_roadmap(body: RoadmapEdits, access: ProjectEditor, service: PlanServiceDep) -> ArtifactVersionRead:
    """Change task durations, pin start dates, add or remove dependencies; the schedule re-flows."""
    return _read(await service.edit_roadmap(access, body))


@router.get("/roadmap", response_model=ArtifactVersionRead)
async def read_roadmap(access: ProjectViewer, service: PlanServiceDep) -> ArtifactVersionRead:
    return _read(await service.latest_roadmap(access))


@router.post("/roi", status_code=status.HTTP_201_CREATED, response_model=ArtifactVersionRead)
async def create_roi(body: RoiRequest, access: ProjectEditor, service: PlanServiceDep) -> ArtifactVersionRead:
    """Cash flows, NPV, IRR, payback, ROI %, benefit/cost ratio and a ±20 % sensitivity table."""
    return _read(await service.roi(access, body))


@router.get("/roi", response_model=ArtifactVersionRead)
async def read_roi(access: ProjectViewer, service: PlanServiceDep) -> ArtifactVersionRead:
    return _read(await service.latest_roi(access))
