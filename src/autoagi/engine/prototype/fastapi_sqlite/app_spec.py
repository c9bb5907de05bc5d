"""The generated app's plan as plain data: what ``spec.build_spec`` decides, what renderers read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActionKind = Literal["state", "download", "export", "import", "run"]
EndpointKind = Literal[
    "list", "create", "read", "update", "delete", "action", "children", "link", "unlink", "auth", "operation"
]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    type: str
    required: bool
    unique: bool
    references: str | None = None  # module of the referenced entity
    default: str | None = None  # a safe literal ("active") for status fields


@dataclass(frozen=True)
class ActionSpec:
    name: str  # URL segment, kebab-case
    function: str  # Python function name
    label: str
    method: Literal["GET", "POST"]
    scope: Literal["instance", "collection"]
    kind: ActionKind
    state: str | None = None
    deadline_field: str | None = None  # refused once this date-time is less than deadline_hours away
    deadline_hours: float | None = None


@dataclass
class EntitySpec:
    design_name: str
    class_name: str
    module: str
    table: str
    segment: str
    label: str
    plural_label: str
    id_kind: Literal["uuid", "integer"]
    fields: list[FieldSpec] = field(default_factory=list)
    actions: list[ActionSpec] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)  # modules of many-to-many partners
    requirement_ids: list[str] = field(default_factory=list)

    @property
    def foreign_keys(self) -> list[FieldSpec]:
        return [item for item in self.fields if item.references]

    @property
    def has_status(self) -> bool:
        return any(item.name == "status" for item in self.fields)


@dataclass(frozen=True)
class EndpointSpec:
    method: str
    path: str  # as served, FastAPI path syntax
    kind: EndpointKind
    summary: str
    entity: str | None = None  # module
    other: str | None = None  # module of the child or partner entity
    action: str | None = None
    requirement_ids: tuple[str, ...] = ()
    design_path: str | None = None


@dataclass(frozen=True)
class PageSpec:
    name: str
    route: str
    requirement_ids: tuple[str, ...]


@dataclass(frozen=True)
class NotGenerated:
    kind: Literal["endpoint", "page", "relation"]
    what: str
    reason: str
    requirement_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleSpec:
    name: str
    label: str


@dataclass
class RequirementSpec:
    id: str
    code_id: str  # the id as it may appear in code; equal to ``id`` unless that is unsafe
    test_name: str
    title: str
    statement: str
    kind: str
    priority: str
    criteria: list[tuple[str, str, str]]
    role: str | None
    entities: list[str]  # modules
    endpoints: list[EndpointSpec]
    pages: list[PageSpec]
    decisions: list[str]

    @property
    def needs_test(self) -> bool:
        return self.kind == "functional" and bool(self.criteria)


@dataclass
class AppSpec:
    title: str
    entities: list[EntitySpec]
    roles: list[RoleSpec]
    endpoints: list[EndpointSpec]
    pages: list[PageSpec]
    requirements: list[RequirementSpec]
    decisions: list[tuple[str, tuple[str, ...]]]
    not_generated: list[NotGenerated]

    @property
    def auth(self) -> bool:
        return bool(self.roles)

    def entity(self, module: str) -> EntitySpec:
        return next(item for item in self.entities if item.module == module)
