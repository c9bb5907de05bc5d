"""A project's stored requirements as the engine's ``Requirement`` artifacts (id = key)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.engine.analysis import AnalysisOptions
from autoagi.engine.analysis.lint.coverage import missing_areas
from autoagi.engine.artifacts import Finding, Requirement
from autoagi.server.documents.repository import DocumentRepository
from autoagi.server.models import DocumentRecord, RequirementRecord
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


async def project_findings(session: AsyncSession, project_id: uuid.UUID) -> list[tuple[Finding, DocumentRecord | None]]:
    """What the project should ask or do beyond its requirements: quality areas no current requirement
    covers (read from the requirements as they are now, edits included), then each document's open
    questions and action items, with the document they were found in."""
    requirements = await project_requirements(session, project_id)
    found: list[tuple[Finding, DocumentRecord | None]] = []
    if requirements:
        found += [(finding, None) for finding in missing_areas(requirements, AnalysisOptions().nfr_areas)]
    for record in await DocumentRepository(session).all_of_project(project_id):
        found += [(Finding.model_validate(finding), record) for finding in record.findings]
    return found
