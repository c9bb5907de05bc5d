"""Working model of a design while it is being derived, richer than the published artifacts.

It keeps what the artifacts have no room for yet (display labels, enum values, which requirement
asked for which operation) so diagrams and Markdown can show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from autoagi.engine.design.labels import plural_label

CRUD_KINDS = ("create", "read", "update", "delete")


@dataclass
class FieldDraft:
    name: str
    label: str
    type: str
    required: bool = True
    unique: bool = False
    values: list[str] = field(default_factory=list)
    key: Literal["PK", "FK", "UK", ""] = ""


@dataclass
class ActionDraft:
    name: str  # kebab-case path segment: "cancel", "check-in", "mark-no-show"
    label: str  # "Cancel", "Check in", "Mark no show"
    method: str
    scope: Literal["instance", "collection"]
    state: str | None
    requirement_ids: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    deadline_hours: float | None = None  # refused once the record starts sooner than this


@dataclass
class EntityDraft:
    name: str
    label: str
    requirement_ids: set[str] = field(default_factory=set)
    fields: dict[str, FieldDraft] = field(default_factory=dict)
    crud: dict[str, set[str]] = field(default_factory=lambda: {kind: set() for kind in CRUD_KINDS})
    crud_roles: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in CRUD_KINDS})
    actions: dict[str, ActionDraft] = field(default_factory=dict)
    mentions_messaging: bool = False

    @property
    def plural_label(self) -> str:
        return plural_label(self.label)


@dataclass
class RelationshipDraft:
    """One association between two entities; ``one``/``many`` name the sides of a one-to-many."""

    one: str
    many: str
    kind: Literal["one_to_many", "many_to_many"]
    requirement_ids: set[str] = field(default_factory=set)


@dataclass
class ExternalSystem:
    key: str
    label: str
    requirement_ids: set[str] = field(default_factory=set)
