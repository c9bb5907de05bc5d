from __future__ import annotations

import uuid

from sqlalchemy import select

from autoagi.server.kit.repository import Repository
from autoagi.server.models import Job

UNFINISHED = ("queued", "running")


class JobRepository(Repository[Job]):
    model = Job

    async def unfinished_ids(self) -> list[uuid.UUID]:
        rows = await self.session.scalars(select(Job.id).where(Job.status.in_(UNFINISHED)).order_by(Job.created_at))
        return list(rows)
