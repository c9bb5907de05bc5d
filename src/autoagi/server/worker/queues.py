"""Where jobs wait: an in-process queue (embedded default) or Redis through arq (scale-out)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from autoagi.server.context import AppContext

logger = logging.getLogger("autoagi.jobs")

ARQ_FUNCTION = "run_job"


class JobQueue(Protocol):
    def bind(self, app: AppContext) -> None: ...

    def enqueue_soon(self, job_id: uuid.UUID) -> None:
        """Hand the job over; called right after the transaction that created it commits."""
        ...

    async def recover(self) -> int:
        """Queue again the jobs a stop interrupted; answer how many."""
        ...

    async def join(self) -> None:
        """Wait until what was handed over has been dealt with (run, or sent to Redis)."""
        ...

    async def close(self) -> None: ...


async def _unfinished(app: AppContext) -> list[uuid.UUID]:
    from autoagi.server.jobs.repository import JobRepository

    async with app.sessions() as session:
        return await JobRepository(session).unfinished_ids()


class InProcessJobQueue:
    """Jobs run as tasks of the API's own event loop (engine work in threads), a few at a time."""

    def __init__(self, concurrency: int):
        self._slots = asyncio.Semaphore(concurrency)
        self._tasks: set[asyncio.Task] = set()
        self._app: AppContext | None = None

    def bind(self, app: AppContext) -> None:
        self._app = app

    def enqueue_soon(self, job_id: uuid.UUID) -> None:
        task = asyncio.get_running_loop().create_task(self._run(job_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, job_id: uuid.UUID) -> None:
        from autoagi.server.worker.runner import JobRunner

        assert self._app is not None, "queue not bound to an application"
        async with self._slots:
            await JobRunner(self._app).run(job_id)

    async def recover(self) -> int:
        assert self._app is not None
        job_ids = await _unfinished(self._app)
        for job_id in job_ids:
            self.enqueue_soon(job_id)
        return len(job_ids)

    async def join(self) -> None:
        """Wait until every queued job has run (tests, graceful stops)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


class ArqJobQueue:
    """Job ids go to Redis; `autoagi worker` processes (arq) take them from there."""

    def __init__(self, redis_url: str):
        from arq.connections import RedisSettings

        self._redis_settings = RedisSettings.from_dsn(redis_url)
        self._pool = None
        self._pool_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task] = set()

    def bind(self, app: AppContext) -> None:
        pass

    async def _connection(self):
        from arq import create_pool

        async with self._pool_lock:
            if self._pool is None:
                self._pool = await create_pool(self._redis_settings)
        return self._pool

    async def enqueue(self, job_id: uuid.UUID) -> None:
        pool = await self._connection()
        # arq's job id is ours: enqueuing the same job twice is a no-op.
        await pool.enqueue_job(ARQ_FUNCTION, str(job_id), _job_id=str(job_id))

    def enqueue_soon(self, job_id: uuid.UUID) -> None:
        task = asyncio.get_running_loop().create_task(self.enqueue(job_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def recover(self) -> int:
        return 0  # the workers recover on start (see worker.arq_worker)

    async def join(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        await self.join()
        if self._pool is not None:
            await self._pool.aclose()
            self._pool = None
