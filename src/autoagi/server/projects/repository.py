from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, func, select

from autoagi.server.kit.repository import Repository, contains_text
from autoagi.server.models import Invitation, Project, ProjectMember, User


class ProjectRepository(Repository[Project]):
    model = Project

    def visible_to(self, user_id: uuid.UUID, q: str | None = None, status: str | None = None) -> Select:
        statement = (
            select(Project)
            .join(ProjectMember, ProjectMember.project_id == Project.id)
            .where(ProjectMember.user_id == user_id)
            .order_by(Project.created_at.desc(), Project.id)
        )
        if q:
            statement = statement.where(contains_text(Project.name, q))
        if status:
            statement = statement.where(Project.status == status)
        return statement

    async def with_role(self, project_id: uuid.UUID, user_id: uuid.UUID) -> tuple[Project, str] | None:
        row = (
            await self.session.execute(
                select(Project, ProjectMember.role)
                .join(ProjectMember, ProjectMember.project_id == Project.id)
                .where(Project.id == project_id, ProjectMember.user_id == user_id)
            )
        ).first()
        return (row[0], row[1]) if row else None

    async def roles_of(self, project_ids: list[uuid.UUID], user_id: uuid.UUID) -> dict[uuid.UUID, str]:
        rows = await self.session.execute(
            select(ProjectMember.project_id, ProjectMember.role).where(
                ProjectMember.user_id == user_id, ProjectMember.project_id.in_(project_ids)
            )
        )
        return {project_id: role for project_id, role in rows}


class MemberRepository(Repository[ProjectMember]):
    model = ProjectMember

    async def find(self, project_id: uuid.UUID, user_id: uuid.UUID) -> ProjectMember | None:
        return await self.session.scalar(
            select(ProjectMember).where(ProjectMember.project_id == project_id, ProjectMember.user_id == user_id)
        )

    def with_users(self, project_id: uuid.UUID) -> Select:
        return (
            select(ProjectMember, User)
            .join(User, User.id == ProjectMember.user_id)
            .where(ProjectMember.project_id == project_id)
            .order_by(ProjectMember.created_at, User.email)
        )

    async def page_with_users(self, project_id: uuid.UUID, limit: int, offset: int) -> list[tuple[ProjectMember, User]]:
        rows = await self.session.execute(self.with_users(project_id).limit(limit).offset(offset))
        return [(member, user) for member, user in rows]

    async def count(self, project_id: uuid.UUID) -> int:
        return int(
            await self.session.scalar(
                select(func.count()).select_from(ProjectMember).where(ProjectMember.project_id == project_id)
            )
            or 0
        )

    async def count_owners(self, project_id: uuid.UUID) -> int:
        return int(
            await self.session.scalar(
                select(func.count())
                .select_from(ProjectMember)
                .where(ProjectMember.project_id == project_id, ProjectMember.role == "owner")
            )
            or 0
        )


class InvitationRepository(Repository[Invitation]):
    model = Invitation

    async def find(self, project_id: uuid.UUID, email: str) -> Invitation | None:
        return await self.session.scalar(
            select(Invitation).where(Invitation.project_id == project_id, Invitation.email == email)
        )

    async def pending_for(self, email: str, now: datetime) -> list[Invitation]:
        rows = await self.session.scalars(
            select(Invitation)
            .where(Invitation.email == email, Invitation.accepted_at.is_(None), Invitation.expires_at > now)
            .order_by(Invitation.created_at)
        )
        return list(rows)

    async def pending_of_project(self, project_id: uuid.UUID, now: datetime) -> list[Invitation]:
        rows = await self.session.scalars(
            select(Invitation)
            .where(
                Invitation.project_id == project_id,
                Invitation.accepted_at.is_(None),
                Invitation.expires_at > now,
            )
            .order_by(Invitation.created_at)
        )
        return list(rows)
