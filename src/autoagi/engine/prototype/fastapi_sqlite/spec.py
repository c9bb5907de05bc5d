"""The generated app's plan: every name made safe once, every design element mapped to code.

Renderers only read this plan. Names come from ``naming`` (safe, bounded identifiers); human text
stays text and only reaches files as JSON data or through ``text`` (docstrings, Markdown).
"""

from __future__ import annotations

import re

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.prototype.fastapi_sqlite.app_spec import (
    AppSpec,
    NotGenerated,
    RequirementSpec,
    RoleSpec,
)
from autoagi.engine.prototype.fastapi_sqlite.spec_endpoints import endpoints_from_design, natural_key
from autoagi.engine.prototype.fastapi_sqlite.spec_entities import entities_from_design, link_relations
from autoagi.engine.prototype.fastapi_sqlite.spec_pages import pages_from_design
from autoagi.engine.prototype.naming import (
    PYTHON_KEYWORDS,
    ascii_words,
    snake_name,
    stable_hash,
    unique_names,
)
from autoagi.engine.prototype.text import one_line

_SAFE_REQUIREMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}")


def build_spec(requirements: list[Requirement], design: Design, title: str = "Prototype") -> AppSpec:
    ordered = _unique_requirements(requirements)
    entities = entities_from_design(design)
    not_generated: list[NotGenerated] = []
    link_relations(design, entities, not_generated)
    endpoints = endpoints_from_design(design, entities, not_generated)
    roles = _roles(design)
    pages = pages_from_design(design, entities, not_generated)
    decisions = [(one_line(item.title, 200), tuple(item.requirement_ids)) for item in design.decisions]
    spec = AppSpec(
        title=one_line(title, 80) or "Prototype",
        entities=list(entities.values()),
        roles=roles,
        endpoints=endpoints,
        pages=pages,
        requirements=[],
        decisions=decisions,
        not_generated=not_generated,
    )
    spec.requirements = _requirements(ordered, spec)
    return spec


# --- requirements ---------------------------------------------------------------------------


def _unique_requirements(requirements: list[Requirement]) -> list[Requirement]:
    """By id in natural order, the first of a repeated id kept: input order then does not matter."""
    unique: dict[str, Requirement] = {}
    for requirement in requirements:
        unique.setdefault(requirement.id, requirement)
    return sorted(unique.values(), key=lambda item: natural_key(item.id))


def _code_id(requirement_id: str) -> str:
    if _SAFE_REQUIREMENT_ID.fullmatch(requirement_id):
        return requirement_id
    return "REQ-X" + stable_hash(requirement_id)


def _requirements(requirements: list[Requirement], spec: AppSpec) -> list[RequirementSpec]:
    code_ids = unique_names([_code_id(item.id) for item in requirements], separator="-")
    test_names = unique_names(
        [
            "test_"
            + snake_name(code_id, frozenset(), 24)
            + "_"
            + snake_name(item.title or "requirement", frozenset(), 40)
            for code_id, item in zip(code_ids, requirements, strict=True)
        ]
    )
    result = []
    for requirement, code_id, test_name in zip(requirements, code_ids, test_names, strict=True):
        rid = requirement.id
        result.append(
            RequirementSpec(
                id=rid,
                code_id=code_id,
                test_name=test_name,
                title=requirement.title,
                statement=requirement.statement,
                kind=requirement.kind,
                priority=requirement.priority,
                criteria=[(item.given, item.when, item.then) for item in requirement.acceptance_criteria],
                role=_role_for(requirement.actors, spec.roles),
                entities=[item.module for item in spec.entities if rid in item.requirement_ids],
                endpoints=[item for item in spec.endpoints if rid in item.requirement_ids],
                pages=[item for item in spec.pages if rid in item.requirement_ids],
                decisions=[title for title, ids in spec.decisions if rid in ids],
            )
        )
    return result


def _role_for(actors: list[str], roles: list[RoleSpec]) -> str | None:
    """The role an actor signs in as: "new clients" → ``client``; the first role otherwise."""
    if not roles:
        return None
    names = [role.name for role in roles]
    for actor in actors:
        words = [word.removesuffix("s") for word in ascii_words(actor)]
        candidate = "_".join(words)
        for name in names:
            if name.removesuffix("s") == candidate:
                return name
        for name in names:
            if candidate.endswith("_" + name.removesuffix("s")):
                return name
    return names[0]


# --- roles ----------------------------------------------------------------------------------


def _roles(design: Design) -> list[RoleSpec]:
    names = unique_names([snake_name(role, PYTHON_KEYWORDS) for role in design.roles])
    unique: dict[str, RoleSpec] = {}
    for raw, name in zip(design.roles, names, strict=True):
        label = " ".join(ascii_words(name)).capitalize() if raw == name else one_line(raw, 60)
        unique.setdefault(name, RoleSpec(name=name, label=label or name))
    return list(unique.values())
