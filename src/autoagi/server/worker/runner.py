"""Carry out one job: claim it, run its handler, record progress, outcome or error."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from autoagi.server.context import AppContext
from autoagi.server.errors import AppError
from autoagi.server.jobs.repository import JobRepository
from autoagi.server.worker.registry import handler_for

logger = logging.getLogger("autoagi.jobs")
T = TypeVar("T")

# Progress is written at most this often; a client polls or listens, it needs no more.
PROGRESS_INTERVAL_S = 0.25


class JobFailed(Exception):
    """A handler's way to fail with a message fit for the user."""


@dataclass
class JobContext:
    job_id: uuid.UUID
    kind: str
    payload: dict[str, Any]
    project_id: uuid.UUID | None
    app: AppContext
    _reported: tuple[int, str | None] = (0, None)
    _pending: tuple[int, str | None] | None = None
    _last_write: float = 0.0
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def progress(self, fraction: float, stage: str | None = None) -> None:
        percent = max(0, min(99, int(fraction * 100)))
        self._pending = (percent, stage)
        if time.monotonic() - self._last_write >= PROGRESS_INTERVAL_S:
            await self._flush()

    async def _flush(self) -> None:
        async with self._lock:
            if self._pending is None or self._pending == self._reported:
                return
            percent, stage = self._pending
            self._pending = None
            async with self.app.sessions() as session, session.begin():
                job = await JobRepository(session).get(self.job_id)
                if job is not None and job.status == "running":
                    job.progress, job.stage = max(job.progress, percent), stage
            self._reported = (percent, stage)
            self._last_write = time.monotonic()

    async def run_blocking(
        self, function: Callable[..., T], *args: Any, progress_scale: tuple[float, float] = (0, 1)
    ) -> T:
        """Run CPU-bound engine work in a thread; its ``progress(fraction, stage)`` calls reach the job.

        ``function`` is called with ``*args`` and a ``progress`` keyword argument.
        """
        loop = asyncio.get_running_loop()
        low, high = progress_scale
        latest: list[tuple[float, str]] = []

        def report(fraction: float, stage: str) -> None:
            latest.append((low + (high - low) * fraction, stage))

        future = loop.run_in_executor(None, lambda: function(*args, progress=report))
        while True:
            done, _ = await asyncio.wait({future}, timeout=PROGRESS_INTERVAL_S)
            if latest:
                await self.progress(*latest[-1])
                latest.clear()
            if done:
                return future.result()


class JobRunner:
    def __init__(self, app: AppContext):
        self.app = app

    async def run(self, job_id: uuid.UUID) -> None:
        async with self.app.sessions() as session, session.begin():
            job = await JobRepository(session).get(job_id)
            if job is None or job.status not in ("queued", "running"):
                return  # done already, or deleted with its project
            job.status, job.attempts, job.started_at = "running", job.attempts + 1, datetime.now(UTC)
            job.error, job.progress = None, 0
            context = JobContext(job.id, job.kind, dict(job.payload), job.project_id, self.app)
        started = time.perf_counter()
        try:
            result = await handler_for(context.kind)(context)
        except (JobFailed, AppError) as error:
            await self._finish(job_id, "failed", error=str(error))
        except Exception:
            logger.exception("job failed", extra={"job_id": str(job_id), "kind": context.kind})
            await self._finish(job_id, "failed", error="The job failed unexpectedly; the error was logged.")
        else:
            await self._finish(job_id, "succeeded", result=result or {})
        elapsed = time.perf_counter() - started
        async with self.app.sessions() as session:
            finished = await JobRepository(session).get(job_id)
        self.app.metrics.jobs.labels(context.kind, finished.status if finished else "deleted").inc()
        self.app.metrics.job_seconds.labels(context.kind).observe(elapsed)
        logger.info(
            "job finished",
            extra={"job_id": str(job_id), "kind": context.kind, "seconds": round(elapsed, 3)},
        )

    async def _finish(
        self, job_id: uuid.UUID, status: str, *, result: dict | None = None, error: str | None = None
    ) -> None:
        async with self.app.sessions() as session, session.begin():
            job = await JobRepository(session).get(job_id)
            if job is None:
                return
            job.status, job.result, job.error, job.finished_at = status, result, error, datetime.now(UTC)
            if status == "succeeded":
                job.progress, job.stage = 100, "done"
