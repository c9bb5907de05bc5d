"""`autoagi worker`: arq worker processes that run queued jobs from Redis."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from arq.connections import RedisSettings
from arq.worker import Worker

from autoagi.server.config import Settings
from autoagi.server.context import AppContext
from autoagi.server.worker.queues import ARQ_FUNCTION, ArqJobQueue
from autoagi.server.worker.runner import JobRunner

logger = logging.getLogger("autoagi.jobs")


async def run_job(ctx: dict[str, Any], job_id: str) -> None:
    await JobRunner(ctx["app"]).run(uuid.UUID(job_id))


run_job.__name__ = ARQ_FUNCTION


def build_worker(settings: Settings, *, burst: bool = False) -> Worker:
    if not settings.redis_url:
        raise ValueError("the worker needs AUTOAGI_REDIS_URL")

    async def startup(ctx: dict[str, Any]) -> None:
        app = AppContext.from_settings(settings)
        ctx["app"] = app
        # Jobs a stop interrupted go back on the queue; arq ignores ids it still holds.
        queue = app.jobs
        if isinstance(queue, ArqJobQueue):
            from autoagi.server.worker.queues import _unfinished

            for job_id in await _unfinished(app):
                await queue.enqueue(job_id)

    async def shutdown(ctx: dict[str, Any]) -> None:
        await ctx["app"].close()

    return Worker(
        functions=[run_job],
        redis_settings=RedisSettings.from_dsn(settings.redis_url),
        on_startup=startup,
        on_shutdown=shutdown,
        max_jobs=settings.job_concurrency,
        job_timeout=3600,
        burst=burst,
        handle_signals=not burst,
    )
