from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.errors import Conflict, InvalidInput, NotFound
from autoagi.server.kit.pagination import PageParams
from autoagi.server.models import RequirementRecord, User
from autoagi.server.projects.roles import Role
from autoagi.server.projects.service import ProjectAccess, project_access
from autoagi.server.requirements.artifacts import project_findings
from autoagi.server.requirements.repository import RequirementRepository
from autoagi.server.requirements.schemas import (
    ProjectFindingRead,
    RequirementCreate,
    RequirementFilters,
    RequirementUpdate,
)


class RequirementService:
    def __init__(self, session: AsyncSession):
        self.session = session
        self.requirements = RequirementRepository(session)

    async def get_with_access(
        self, requirement_id: uuid.UUID, user: User, minimum: Role
    ) -> tuple[RequirementRecord, ProjectAccess]:
        requirement = await self.requirements.get(requirement_id)
        if requirement is None:
            raise NotFound("Requirement not found.")
        try:
            access = await project_access(self.session, requirement.project_id, user, minimum)
        except NotFound:
            raise NotFound("Requirement not found.") from None
        return requirement, access

    async def list(
        self, access: ProjectAccess, filters: RequirementFilters, params: PageParams
    ) -> tuple[list[RequirementRecord], int]:
        return await self.requirements.paginate(self.requirements.filtered(access.project.id, filters), params)

    async def findings(self, access: ProjectAccess, params: PageParams) -> tuple[list[ProjectFindingRead], int]:
        found = [
            ProjectFindingRead(
                rule=finding.rule,
                severity=finding.severity,
                message=finding.message,
                suggestion=finding.suggestion,
                document_id=record.id if record else None,
                document_name=record.name if record else None,
                start=finding.start if record else None,
                end=finding.end if record else None,
            )
            for finding, record in await project_findings(self.session, access.project.id)
        ]
        return found[params.offset : params.offset + params.size], len(found)

    async def _check_dependencies(self, project_id: uuid.UUID, depends_on: list[str], own_key: str | None) -> None:
        known = set(await self.requirements.keys(project_id))
        unknown = [key for key in depends_on if key not in known]
        if own_key is not None and own_key in depends_on:
            raise InvalidInput(
                "A requirement cannot depend on itself.",
                details=[{"loc": ["body", "depends_on"], "msg": own_key}],
            )
        if unknown:
            raise InvalidInput(
                f"Unknown requirements in depends_on: {', '.join(unknown)}",
                details=[{"loc": ["body", "depends_on"], "msg": "unknown keys", "keys": unknown}],
            )

    async def create(self, access: ProjectAccess, body: RequirementCreate) -> RequirementRecord:
        project_id = access.project.id
        await self._check_dependencies(project_id, body.depends_on, None)
        data = body.model_dump()
        data["rationale"] = data["rationale"] or None
        return await self.requirements.add(
            RequirementRecord(
                project_id=project_id,
                key=await self.requirements.next_key(project_id),
                origin="manual",
                user_edited=True,
                version=1,
                sources=[],
                findings=[],
                confidence=1.0,
                **data,
            )
        )

    async def update(self, requirement: RequirementRecord, body: RequirementUpdate) -> RequirementRecord:
        changes = body.model_dump(exclude_unset=True)
        expected_version = changes.pop("version", None)
        if expected_version is not None and expected_version != requirement.version:
            raise Conflict(
                f"{requirement.key} changed since you loaded it (version {requirement.version}); reload and retry."
            )
        changes = {name: value for name, value in changes.items() if value is not None}
        if changes.get("rationale") == "":
            changes["rationale"] = None  # cleared
        if "depends_on" in changes:
            await self._check_dependencies(requirement.project_id, changes["depends_on"], requirement.key)
        for name, value in changes.items():
            setattr(requirement, name, value)
        if changes:
            # An edit by a person wins over later re-analysis of the sources.
            requirement.user_edited = True
            requirement.version += 1
        await self.requirements.flush()
        return requirement

    async def delete(self, requirement: RequirementRecord) -> None:
        await self.requirements.delete(requirement)
