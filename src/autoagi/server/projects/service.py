"""Projects, their members and invitations; the access check every project read goes through."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.auth import emails
from autoagi.server.auth.repository import UserRepository
from autoagi.server.clients.repository import ClientRepository
from autoagi.server.context import AppContext
from autoagi.server.errors import Conflict, Forbidden, NotFound
from autoagi.server.kit.after_commit import after_commit
from autoagi.server.kit.pagination import PageParams
from autoagi.server.llm import apply_llm_update
from autoagi.server.models import Invitation, Project, ProjectMember, User
from autoagi.server.projects.cleanup import stored_folders
from autoagi.server.projects.repository import InvitationRepository, MemberRepository, ProjectRepository
from autoagi.server.projects.roles import Role, allows
from autoagi.server.projects.schemas import (
    InvitationRead,
    MemberAddResult,
    MemberRead,
    ProjectCreate,
    ProjectUpdate,
)


@dataclass(frozen=True)
class ProjectAccess:
    project: Project
    role: str
    user: User


async def project_access(
    session: AsyncSession, project_id: uuid.UUID, user: User, minimum: Role = "viewer"
) -> ProjectAccess:
    """The project with the caller's role: 404 for non-members, 403 for a role too low."""
    found = await ProjectRepository(session).with_role(project_id, user.id)
    if found is None:
        raise NotFound("Project not found.")
    project, role = found
    if not allows(role, minimum):
        raise Forbidden(f"This needs the {minimum} role on the project; you are {role}.")
    return ProjectAccess(project=project, role=role, user=user)


async def accept_pending_invitations(session: AsyncSession, user: User) -> int:
    invitations = InvitationRepository(session)
    members = MemberRepository(session)
    now = datetime.now(UTC)
    accepted = 0
    for invitation in await invitations.pending_for(user.email, now):
        if await members.find(invitation.project_id, user.id) is None:
            await members.add(ProjectMember(project_id=invitation.project_id, user_id=user.id, role=invitation.role))
        invitation.accepted_at = now
        accepted += 1
    return accepted


class ProjectService:
    def __init__(self, session: AsyncSession, context: AppContext):
        self.session = session
        self.context = context
        self.projects = ProjectRepository(session)
        self.members = MemberRepository(session)
        self.invitations = InvitationRepository(session)

    async def _check_client(self, client_id: uuid.UUID | None, user: User) -> None:
        if client_id is None:
            return
        client = await ClientRepository(self.session).owned(client_id, user.id)
        if client is None:
            raise NotFound("Client not found.", details=[{"loc": ["body", "client_id"], "msg": "unknown client"}])

    async def create(self, body: ProjectCreate, user: User) -> ProjectAccess:
        await self._check_client(body.client_id, user)
        project = await self.projects.add(
            Project(
                name=body.name,
                description=body.description,
                client_id=body.client_id,
                project_type=body.project_type,
                owner_id=user.id,
                status="active",
                llm_settings={},
            )
        )
        await self.members.add(ProjectMember(project_id=project.id, user_id=user.id, role="owner"))
        return ProjectAccess(project=project, role="owner", user=user)

    async def list(
        self, user: User, params: PageParams, q: str | None, status: str | None
    ) -> tuple[list[tuple[Project, str]], int]:
        projects, total = await self.projects.paginate(self.projects.visible_to(user.id, q, status), params)
        roles = await self.projects.roles_of([p.id for p in projects], user.id)
        return [(p, roles[p.id]) for p in projects], total

    async def update(self, access: ProjectAccess, body: ProjectUpdate) -> Project:
        changes = body.model_dump(exclude_unset=True)
        llm_update = changes.pop("llm", None)
        if llm_update is not None:
            if access.role != "owner":
                raise Forbidden("Only owners choose the project's LLM and its budget: it costs money.")
            access.project.llm_settings = apply_llm_update(access.project.llm_settings, body.llm)
        if "client_id" in changes:
            await self._check_client(changes["client_id"], access.user)
        for name in ("name", "status", "project_type"):
            if changes.get(name) is None:
                changes.pop(name, None)  # these columns may not be emptied
        for name, value in changes.items():
            setattr(access.project, name, value)
        await self.projects.flush()
        return access.project

    async def delete(self, access: ProjectAccess) -> None:
        """Rows go with the project (foreign keys cascade); its stored files go once that commits."""
        folders = await stored_folders(self.session, access.project.id)
        await self.projects.delete(access.project)
        storage = self.context.storage

        async def remove_files() -> None:
            for folder in folders:
                await storage.delete_prefix(folder)

        after_commit(self.session, remove_files)

    async def list_members(self, access: ProjectAccess, params: PageParams) -> tuple[list[MemberRead], int]:
        rows = await self.members.page_with_users(access.project.id, params.size, params.offset)
        total = await self.members.count(access.project.id)
        return [member_read(member, user) for member, user in rows], total

    async def add_member(self, access: ProjectAccess, email: str, role: Role) -> MemberAddResult:
        settings = self.context.settings
        invitee = await UserRepository(self.session).by_email(email)
        if invitee is not None and invitee.email_verified_at is not None:
            if await self.members.find(access.project.id, invitee.id) is not None:
                raise Conflict(f"{email} is already a member of this project.")
            member = await self.members.add(ProjectMember(project_id=access.project.id, user_id=invitee.id, role=role))
            await self.context.mail.send(
                emails.added_to_project(settings, invitee.email, access.user.name, access.project.name, role)
            )
            return MemberAddResult(status="added", member=member_read(member, invitee))
        # No (verified) account yet: the role waits for the address to be proven.
        expires_at = datetime.now(UTC) + timedelta(seconds=settings.invitation_ttl_s)
        invitation = await self.invitations.find(access.project.id, email)
        if invitation is None:
            invitation = await self.invitations.add(
                Invitation(
                    project_id=access.project.id,
                    email=email,
                    role=role,
                    invited_by_id=access.user.id,
                    expires_at=expires_at,
                )
            )
        else:
            invitation.role, invitation.expires_at, invitation.accepted_at = role, expires_at, None
            await self.invitations.flush()
        await self.context.mail.send(emails.invitation(settings, email, access.user.name, access.project.name, role))
        return MemberAddResult(
            status="invited",
            invitation=InvitationRead(email=invitation.email, role=invitation.role, expires_at=invitation.expires_at),
        )

    async def pending_invitations(self, access: ProjectAccess) -> list[InvitationRead]:
        return [
            InvitationRead(email=i.email, role=i.role, expires_at=i.expires_at)
            for i in await self.invitations.pending_of_project(access.project.id, datetime.now(UTC))
        ]

    async def _member_or_404(self, access: ProjectAccess, user_id: uuid.UUID) -> ProjectMember:
        member = await self.members.find(access.project.id, user_id)
        if member is None:
            raise NotFound("Member not found.")
        return member

    async def _keep_an_owner(self, access: ProjectAccess, member: ProjectMember) -> None:
        if member.role == "owner" and await self.members.count_owners(access.project.id) <= 1:
            raise Conflict("A project needs at least one owner: make someone else owner first.")

    async def change_role(self, access: ProjectAccess, user_id: uuid.UUID, role: Role) -> MemberRead:
        member = await self._member_or_404(access, user_id)
        if role != "owner":
            await self._keep_an_owner(access, member)
        member.role = role
        await self.members.flush()
        user = await UserRepository(self.session).get(user_id)
        assert user is not None
        return member_read(member, user)

    async def remove_member(self, access: ProjectAccess, user_id: uuid.UUID) -> None:
        member = await self._member_or_404(access, user_id)
        await self._keep_an_owner(access, member)
        await self.members.delete(member)


def member_read(member: ProjectMember, user: User) -> MemberRead:
    return MemberRead(user_id=user.id, email=user.email, name=user.name, role=member.role, joined_at=member.created_at)
