"""Typed, versioned artifacts: the contract every part of the product shares.

Schema version ``autoagi/1``. Offsets are character offsets into ``Document.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "autoagi/1"

RequirementKind = Literal["functional", "non_functional", "constraint"]
Priority = Literal["must", "should", "could", "wont"]
Severity = Literal["info", "warning", "error"]
TestOutcome = Literal["passed", "failed", "untested"]

# ISO/IEC 25010 product-quality characteristics, plus functional suitability for
# functional requirements.
Category = Literal[
    "functional_suitability",
    "performance_efficiency",
    "compatibility",
    "usability",
    "reliability",
    "security",
    "maintainability",
    "portability",
    "legal",  # not an ISO 25010 characteristic; PROMISE "L" has no home there
]


class Artifact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Segment(Artifact):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    page: int | None = None
    speaker: str | None = None
    at: str | None = None  # timestamp within a recording, e.g. "00:01:02.500"
    kind: str | None = None  # "heading", "paragraph", "list_item", "table_cell", "utterance", ...
    # a heading's depth: 1 for "#", 2 for "##", ...; a list item's nesting: 1 at the top
    level: int | None = Field(default=None, ge=1, le=9)


class Document(Artifact):
    schema_version: str = SCHEMA_VERSION
    id: str
    name: str
    media_type: str
    sha256: str
    text: str
    segments: list[Segment] = Field(default_factory=list)
    metadata: dict[str, str] = Field(default_factory=dict)


class SourceSpan(Artifact):
    document_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str


class Finding(Artifact):
    rule: str
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None
    suggestion: str | None = None
    # a document-level finding (an action item, an open question) names the document its offsets
    # point into; a requirement's findings point into its first source's document
    document_id: str | None = None


class AcceptanceCriterion(Artifact):
    given: str
    when: str
    then: str


class Requirement(Artifact):
    id: str  # "REQ-001", stable across re-runs of the same input
    title: str
    statement: str
    rationale: str | None = None  # why it was asked for, as the client said it (ISO/IEC/IEEE 29148)
    kind: RequirementKind = "functional"
    category: Category = "functional_suitability"
    priority: Priority = "should"
    priority_cue: str | None = None
    actors: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    acceptance_criteria: list[AcceptanceCriterion] = Field(default_factory=list)
    sources: list[SourceSpan] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    depends_on: list[str] = Field(default_factory=list)


class AnalysisResult(Artifact):
    schema_version: str = SCHEMA_VERSION
    documents: list[Document]
    requirements: list[Requirement]
    findings: list[Finding] = Field(default_factory=list)  # document-level (e.g. missing NFR areas)


class Field_(Artifact):
    name: str
    type: str
    required: bool = True
    unique: bool = False


class Relation(Artifact):
    kind: Literal["one_to_many", "many_to_one", "many_to_many", "one_to_one"]
    target: str
    name: str | None = None


class Entity(Artifact):
    name: str
    fields: list[Field_] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    requirement_ids: list[str] = Field(default_factory=list)


class Deadline(Artifact):
    """An action refused once the record's ``field`` (a date-time) is less than ``hours_before`` away."""

    field: str
    hours_before: float = Field(gt=0)


class Endpoint(Artifact):
    method: str
    path: str
    summary: str
    requirement_ids: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None


class Page(Artifact):
    name: str
    route: str
    requirement_ids: list[str] = Field(default_factory=list)


class Decision(Artifact):
    title: str
    context: str
    decision: str
    consequences: str
    requirement_ids: list[str] = Field(default_factory=list)


class Design(Artifact):
    schema_version: str = SCHEMA_VERSION
    entities: list[Entity] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    endpoints: list[Endpoint] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    diagrams: dict[str, str] = Field(default_factory=dict)
    unanswered_requirement_ids: list[str] = Field(default_factory=list)


class PrototypeFile(Artifact):
    path: str
    sha256: str
    size: int = Field(ge=0)


class Validation(Artifact):
    passed: int = 0
    failed: int = 0
    duration_s: float = 0.0
    per_requirement: dict[str, TestOutcome] = Field(default_factory=dict)
    log: str = ""


class Prototype(Artifact):
    schema_version: str = SCHEMA_VERSION
    target: str
    files: list[PrototypeFile] = Field(default_factory=list)
    run_instructions: str = ""
    validation: Validation | None = None
