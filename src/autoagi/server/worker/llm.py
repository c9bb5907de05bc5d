"""Run a job step on the project's LLM when it has one, on the offline engine otherwise.

A failing, unreachable or over-budget model never blocks the user: the offline engine answers
and the reason goes into the job's result. What the model spent is saved with the project.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from autoagi.engine.llm import Budget, LLMError, LLMProvider, create_provider
from autoagi.server.llm import llm_config, project_budget, project_llm_settings, response_cache
from autoagi.server.projects.repository import ProjectRepository
from autoagi.server.worker.runner import JobContext

T = TypeVar("T")


async def run_with_project_llm(
    job: JobContext,
    project_id: uuid.UUID,
    with_model: Callable[..., T],
    offline: Callable[..., T],
    args: tuple = (),
    progress_scale: tuple[float, float] = (0.0, 1.0),
) -> tuple[T, dict[str, Any]]:
    """``with_model(*args, provider, progress=...)`` or, without a model, ``offline(*args, progress=...)``."""
    async with job.app.sessions() as session:
        project = await ProjectRepository(session).get(project_id)
        llm = project_llm_settings(project.llm_settings if project else None)
    config = llm_config(job.app.settings, llm)
    if config.provider == "offline":
        return await job.run_blocking(offline, *args, progress_scale=progress_scale), {"provider": "offline"}
    provider: LLMProvider = create_provider(
        config, budget=project_budget(config, llm), cache=response_cache(job.app.settings)
    )
    note: dict[str, Any] = {"provider": config.provider, "model": config.model}
    try:
        result = await job.run_blocking(with_model, *args, provider, progress_scale=progress_scale)
    except LLMError as error:
        note["fallback"] = f"offline engine used: {error}"
        result = await job.run_blocking(offline, *args, progress_scale=progress_scale)
    finally:
        provider.close()
        await _save_budget(job, project_id, provider.budget)
    note["budget"] = provider.budget.model_dump(mode="json")
    return result, note


async def _save_budget(job: JobContext, project_id: uuid.UUID, budget: Budget) -> None:
    async with job.app.sessions() as session, session.begin():
        project = await ProjectRepository(session).get(project_id)
        if project is not None:
            project.llm_settings = {**(project.llm_settings or {}), "budget": budget.model_dump(mode="json")}
