"""Fold the engine's requirements into a project's without losing what people did.

An extracted requirement is recognised across re-analyses by its fingerprint (its normalised
statement). A user's edit wins: an edited requirement keeps its fields and only gains sources;
an untouched one follows the new analysis; one the new analysis no longer finds is removed
unless someone edited it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.engine.artifacts import AnalysisResult, Requirement
from autoagi.server.models import RequirementRecord
from autoagi.server.requirements.repository import RequirementRepository

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
ENGINE_FIELDS = (
    "title",
    "statement",
    "rationale",
    "kind",
    "category",
    "priority",
    "actors",
    "entities",
    "acceptance_criteria",
    "findings",
    "confidence",
)


def fingerprint(statement: str) -> str:
    words = _NON_WORD.sub(" ", statement.casefold()).split()
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


@dataclass
class MergeSummary:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_user_edits: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "created": self.created,
            "updated": self.updated,
            "kept_user_edits": self.kept_user_edits,
            "removed": self.removed,
        }


def _engine_values(requirement: Requirement) -> dict:
    data = requirement.model_dump(mode="json")
    return {name: data[name] for name in ENGINE_FIELDS}


def _sources(requirement: Requirement, record_ids: dict[str, str]) -> list[dict]:
    """Engine spans point at the engine's document id; the platform's point at its document record."""
    return [
        {"document_id": record_ids[span.document_id], "start": span.start, "end": span.end, "quote": span.quote}
        for span in requirement.sources
        if span.document_id in record_ids
    ]


async def merge_analysis(
    session: AsyncSession,
    project_id: uuid.UUID,
    result: AnalysisResult,
    record_ids: dict[str, str],
) -> MergeSummary:
    """``record_ids`` maps each analysed engine document id to its document record id; the
    analysis speaks for exactly those documents."""
    repository = RequirementRepository(session)
    scope = set(record_ids.values())
    existing = {r.fingerprint: r for r in await repository.of_project(project_id) if r.fingerprint}
    next_number = await repository.next_number(project_id)
    summary = MergeSummary()
    key_of_engine_id: dict[str, str] = {}
    seen: set[str] = set()
    touched: list[tuple[RequirementRecord, Requirement]] = []

    for requirement in result.requirements:
        print_ = fingerprint(requirement.statement)
        if print_ in seen:
            continue
        seen.add(print_)
        new_sources = _sources(requirement, record_ids)
        record = existing.get(print_)
        if record is None:
            record = RequirementRecord(
                project_id=project_id,
                key=f"REQ-{next_number:03d}",
                origin="extracted",
                fingerprint=print_,
                user_edited=False,
                version=1,
                status="draft",
                sources=new_sources,
                depends_on=[],
                **_engine_values(requirement),
            )
            next_number += 1
            await repository.add(record)
            summary.created.append(record.key)
        else:
            kept = [s for s in record.sources if s.get("document_id") not in scope]
            record.sources = kept + new_sources
            if record.user_edited:
                summary.kept_user_edits.append(record.key)
            else:
                for name, value in _engine_values(requirement).items():
                    setattr(record, name, value)
                record.version += 1
                summary.updated.append(record.key)
        key_of_engine_id[requirement.id] = record.key
        touched.append((record, requirement))

    for record, requirement in touched:
        if not record.user_edited:
            record.depends_on = [key_of_engine_id[d] for d in requirement.depends_on if d in key_of_engine_id]

    for print_, record in existing.items():
        if print_ in seen or record.origin != "extracted":
            continue
        if record.sources and all(s.get("document_id") in scope for s in record.sources):
            if record.user_edited:
                record.sources = []  # the words are gone, the person's requirement stays
                summary.kept_user_edits.append(record.key)
            else:
                await repository.delete(record)
                summary.removed.append(record.key)
    await repository.flush()
    return summary


async def detach_document(session: AsyncSession, project_id: uuid.UUID, document_record_id: str) -> list[str]:
    """Drop a deleted document's spans; remove untouched requirements that only it supported."""
    repository = RequirementRepository(session)
    removed: list[str] = []
    for record in await repository.of_project(project_id):
        if not any(s.get("document_id") == document_record_id for s in record.sources):
            continue
        remaining = [s for s in record.sources if s.get("document_id") != document_record_id]
        if not remaining and record.origin == "extracted" and not record.user_edited:
            await repository.delete(record)
            removed.append(record.key)
        else:
            record.sources = remaining
    await repository.flush()
    return removed
