from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StringConstraints

from autoagi.engine.artifacts import AcceptanceCriterion, Category, Priority, RequirementKind
from autoagi.server.kit.schemas import ReadSchema, Schema

RequirementStatus = Literal["draft", "approved", "rejected", "implemented"]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Statement = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
# why it was asked for; in an update, "" clears it
Rationale = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5_000)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
RequirementKey = Annotated[str, StringConstraints(pattern=r"^REQ-\d{3,6}$")]


class CriterionIn(Schema):
    given: Annotated[str, StringConstraints(max_length=2000)]
    when: Annotated[str, StringConstraints(max_length=2000)]
    then: Annotated[str, StringConstraints(max_length=2000)]


class RequirementCreate(Schema):
    title: Title
    statement: Statement
    rationale: Rationale | None = None
    kind: RequirementKind = "functional"
    category: Category = "functional_suitability"
    priority: Priority = "should"
    status: RequirementStatus = "draft"
    actors: list[Label] = Field(default_factory=list, max_length=50)
    entities: list[Label] = Field(default_factory=list, max_length=100)
    acceptance_criteria: list[CriterionIn] = Field(default_factory=list, max_length=50)
    depends_on: list[RequirementKey] = Field(default_factory=list, max_length=100)


class RequirementUpdate(Schema):
    title: Title | None = None
    statement: Statement | None = None
    rationale: Rationale | None = None
    kind: RequirementKind | None = None
    category: Category | None = None
    priority: Priority | None = None
    status: RequirementStatus | None = None
    actors: list[Label] | None = Field(default=None, max_length=50)
    entities: list[Label] | None = Field(default=None, max_length=100)
    acceptance_criteria: list[CriterionIn] | None = Field(default=None, max_length=50)
    depends_on: list[RequirementKey] | None = Field(default=None, max_length=100)
    version: int | None = Field(default=None, description="the version you edited; 409 when it is stale")


class RequirementRead(ReadSchema):
    project_id: uuid.UUID
    key: str
    title: str
    statement: str
    rationale: str | None
    kind: RequirementKind
    category: Category
    priority: Priority
    status: RequirementStatus
    actors: list[str]
    entities: list[str]
    acceptance_criteria: list[AcceptanceCriterion]
    sources: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    confidence: float
    depends_on: list[str]
    origin: str
    user_edited: bool
    version: int


class RequirementFilters(BaseModel):
    kind: RequirementKind | None = None
    category: Category | None = None
    priority: Priority | None = None
    status: RequirementStatus | None = None
    q: str | None = None


class ProjectFindingRead(Schema):
    """A question for the client or a task for the team, found across the project's documents."""

    rule: str  # missing_nfr_area | open_question | unanswered_problem | action_item | business_goal
    severity: str
    message: str
    suggestion: str | None
    document_id: uuid.UUID | None  # the uploaded document it was found in
    document_name: str | None
    start: int | None  # offsets into that document's text
    end: int | None
