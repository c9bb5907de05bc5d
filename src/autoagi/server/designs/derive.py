"""A design from a project's requirements: the model annotates when the project has one, the engine designs."""

from __future__ import annotations

import uuid
from typing import Any

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.design import design
from autoagi.engine.llm import annotate_requirements
from autoagi.server.worker.llm import run_with_project_llm
from autoagi.server.worker.runner import JobContext


def _offline(requirements: list[Requirement], progress) -> Design:
    progress(0.2, "deriving the domain model, API, pages and decisions")
    return design(requirements)


def _with_model(requirements: list[Requirement], provider, progress) -> Design:
    progress(0.1, "the model reads the requirements as a data modeller")
    annotated = annotate_requirements(requirements, provider)
    progress(0.7, "deriving the domain model, API, pages and decisions")
    return design(annotated)


async def derive_design(
    job: JobContext, project_id: uuid.UUID, requirements: list[Requirement], progress_scale: tuple[float, float]
) -> tuple[Design, dict[str, Any]]:
    return await run_with_project_llm(job, project_id, _with_model, _offline, (requirements,), progress_scale)
