"""A project's stored requirements as the engine's ``Requirement`` artifacts (id = key)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.engine.artifacts import Requirement
from autoagi.server.models import RequirementRecord
from autoagi.server.requirements.repository import RequirementRepository


def to_artifact(record: RequirementRecord) -> Requirement:
    return Requirement(
        id=record.key,
        title=record.title,
        statement=record.statement,
        rationale=record.rationale,
        kind=record.kind,
        category=record.category,
        priority=record.priority,
        actors=record.actors,
        entities=record.entities,
        acceptance_criteria=record.acceptance_criteria,
        sources=[s for s in record.sources if {"document_id", "start", "end", "quote"} <= set(s)],
        findings=record.findings,
        confidence=record.confidence,
        depends_on=record.depends_on,
    )


async def project_requirements(session: AsyncSession, project_id: uuid.UUID) -> list[Requirement]:
    """Every requirement of the project except the rejected ones."""
    records = await RequirementRepository(session).of_project(project_id)
    return [to_artifact(r) for r in records if r.status != "rejected"]
