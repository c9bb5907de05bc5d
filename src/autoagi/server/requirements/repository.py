from __future__ import annotations

import re
import uuid

from sqlalchemy import Select, or_, select

from autoagi.server.kit.repository import Repository, contains_text
from autoagi.server.models import RequirementRecord
from autoagi.server.requirements.schemas import RequirementFilters

_KEY_NUMBER = re.compile(r"^REQ-(\d+)$")


class RequirementRepository(Repository[RequirementRecord]):
    model = RequirementRecord

    def filtered(self, project_id: uuid.UUID, filters: RequirementFilters) -> Select:
        statement = select(RequirementRecord).where(RequirementRecord.project_id == project_id)
        for name in ("kind", "category", "priority", "status"):
            value = getattr(filters, name)
            if value is not None:
                statement = statement.where(getattr(RequirementRecord, name) == value)
        if filters.q:
            statement = statement.where(
                or_(
                    contains_text(RequirementRecord.title, filters.q),
                    contains_text(RequirementRecord.statement, filters.q),
                    contains_text(RequirementRecord.rationale, filters.q),
                    contains_text(RequirementRecord.key, filters.q),
                )
            )
        return statement.order_by(RequirementRecord.key)

    async def keys(self, project_id: uuid.UUID) -> list[str]:
        return list(
            await self.session.scalars(select(RequirementRecord.key).where(RequirementRecord.project_id == project_id))
        )

    async def next_number(self, project_id: uuid.UUID) -> int:
        numbers = [int(m.group(1)) for key in await self.keys(project_id) if (m := _KEY_NUMBER.match(key))]
        return max(numbers, default=0) + 1

    async def next_key(self, project_id: uuid.UUID) -> str:
        return f"REQ-{await self.next_number(project_id):03d}"

    async def of_project(self, project_id: uuid.UUID) -> list[RequirementRecord]:
        rows = await self.session.scalars(
            select(RequirementRecord).where(RequirementRecord.project_id == project_id).order_by(RequirementRecord.key)
        )
        return list(rows)
