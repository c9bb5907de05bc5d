from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from autoagi.server.auth.schemas import Email
from autoagi.server.kit.schemas import LongText, NonEmptyName, ReadSchema, Schema
from autoagi.server.llm import ProjectLLMUpdate
from autoagi.server.projects.roles import Role

ProjectStatus = Literal["active", "on_hold", "completed", "archived"]
ProjectType = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]


class ProjectCreate(Schema):
    name: NonEmptyName
    description: LongText | None = None
    client_id: uuid.UUID | None = None
    project_type: ProjectType = "web_app"


class ProjectUpdate(Schema):
    name: NonEmptyName | None = None
    description: LongText | None = None
    client_id: uuid.UUID | None = None
    status: ProjectStatus | None = None
    project_type: ProjectType | None = None
    llm: ProjectLLMUpdate | None = Field(default=None, description="owners only: the project's LLM and budget")


class ProjectLLMRead(BaseModel):
    provider: str
    model: str | None
    max_tokens: int | None
    max_cost_usd: float | None
    tokens_spent: int
    cost_spent_usd: float


class ProjectRead(ReadSchema):
    name: str
    description: str | None
    client_id: uuid.UUID | None
    owner_id: uuid.UUID
    status: str
    project_type: str
    role: Role | None = None  # the caller's role
    llm: ProjectLLMRead | None = None


class MemberAdd(Schema):
    email: Email
    role: Role = "viewer"


class MemberUpdate(Schema):
    role: Role


class MemberRead(BaseModel):
    user_id: uuid.UUID
    email: str
    name: str
    role: Role
    joined_at: datetime


class InvitationRead(BaseModel):
    email: str
    role: Role
    expires_at: datetime


class MemberAddResult(BaseModel):
    status: Literal["added", "invited"]
    member: MemberRead | None = None
    invitation: InvitationRead | None = None
