"""Everything the application holds for its lifetime, built once from the settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from autoagi.server.config import Settings
from autoagi.server.db import engine_from_settings, make_sessionmaker
from autoagi.server.mail import MailSender, mail_sender_from_settings
from autoagi.server.metrics import Metrics
from autoagi.server.prototypes.preview import PreviewManager
from autoagi.server.ratelimit import RateLimiter, rate_limiter_from_settings
from autoagi.server.security import Passwords
from autoagi.server.storage import ObjectStorage, storage_from_settings
from autoagi.server.worker.queues import ArqJobQueue, InProcessJobQueue, JobQueue


def job_queue_from_settings(settings: Settings) -> JobQueue:
    if settings.jobs_backend == "redis":
        if not settings.redis_url:
            raise ValueError("AUTOAGI_JOBS_BACKEND=redis needs AUTOAGI_REDIS_URL")
        return ArqJobQueue(settings.redis_url)
    return InProcessJobQueue(settings.job_concurrency)


@dataclass
class AppContext:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    passwords: Passwords
    mail: MailSender
    rate_limiter: RateLimiter
    storage: ObjectStorage
    jobs: JobQueue
    previews: PreviewManager
    metrics: Metrics = field(default_factory=Metrics)

    def __post_init__(self) -> None:
        self.jobs.bind(self)

    @classmethod
    def from_settings(cls, settings: Settings, *, engine: AsyncEngine | None = None) -> AppContext:
        engine = engine or engine_from_settings(settings)
        return cls(
            settings=settings,
            engine=engine,
            sessions=make_sessionmaker(engine),
            passwords=Passwords(settings),
            mail=mail_sender_from_settings(settings),
            rate_limiter=rate_limiter_from_settings(settings),
            storage=storage_from_settings(settings),
            jobs=job_queue_from_settings(settings),
            previews=PreviewManager(idle_timeout_s=settings.preview_idle_timeout_s),
        )

    async def close(self) -> None:
        await self.jobs.close()
        await self.previews.close()
        await self.engine.dispose()
