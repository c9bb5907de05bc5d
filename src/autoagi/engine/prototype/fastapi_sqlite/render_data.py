"""The JSON data files: the catalogue (labels, examples, seed data) and the traceability map.

All client wording reaches the app through these files, written with ``json.dumps``; the front
end shows it with ``textContent`` and the back end never evaluates it.
"""

from __future__ import annotations

import json
from typing import Any

from autoagi.engine.prototype.fastapi_sqlite.app_spec import AppSpec, EntitySpec, RequirementSpec
from autoagi.engine.prototype.fastapi_sqlite.samples import example_record, sample_record, seed_records
from autoagi.engine.prototype.fastapi_sqlite.spec_entities import creation_order
from autoagi.engine.prototype.text import one_line

TEST_SAMPLES = 8
REQUIREMENT_TESTS_FILE = "tests/test_requirements.py"
_TEXT_LIMIT = 2000


def dump_json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_catalog(spec: AppSpec) -> str:
    by_module = {entity.module: entity for entity in spec.entities}
    return dump_json(
        {
            "title": spec.title,
            "auth": spec.auth,
            "roles": [{"name": role.name, "label": role.label} for role in spec.roles],
            "entities": [_entity(entity, spec, by_module) for entity in spec.entities],
            "creation_order": [entity.segment for entity in creation_order(spec.entities)],
            "pages": [
                {"name": page.name, "route": page.route, "requirement_ids": list(page.requirement_ids)}
                for page in spec.pages
            ],
            "requirements": [_requirement(requirement) for requirement in spec.requirements],
            "not_generated": [
                {
                    "kind": item.kind,
                    "what": item.what,
                    "reason": item.reason,
                    "requirement_ids": list(item.requirement_ids),
                }
                for item in spec.not_generated
            ],
        }
    )


def _entity(entity: EntitySpec, spec: AppSpec, by_module: dict[str, EntitySpec]) -> dict[str, Any]:
    children = [
        {"segment": child.segment, "field": key.name}
        for child in spec.entities
        for key in child.foreign_keys[:1]
        if key.references == entity.module
    ]
    return {
        "name": entity.class_name,
        "segment": entity.segment,
        "table": entity.table,
        "label": entity.label,
        "plural": entity.plural_label,
        "id_kind": entity.id_kind,
        "fields": [
            {
                "name": item.name,
                "label": item.label,
                "type": item.type,
                "required": item.required,
                "unique": item.unique,
                "references": by_module[item.references].segment if item.references else None,
                "default": item.default,
            }
            for item in entity.fields
        ],
        "actions": [
            {
                "name": action.name,
                "label": action.label,
                "method": action.method,
                "scope": action.scope,
                "kind": action.kind,
                "state": action.state if entity.has_status else None,
                "deadline": (
                    {"field": action.deadline_field, "hours": action.deadline_hours}
                    if action.deadline_field and action.deadline_hours
                    else None
                ),
            }
            for action in entity.actions
        ],
        "children": children,
        "partners": [by_module[module].segment for module in entity.partners],
        "requirement_ids": entity.requirement_ids,
        "example": example_record(entity),
        "seed": seed_records(entity),
        "samples": [sample_record(entity, 10 + number) for number in range(TEST_SAMPLES)],
    }


def _requirement(requirement: RequirementSpec) -> dict[str, Any]:
    return {
        "id": requirement.id,
        "title": one_line(requirement.title, 300),
        "statement": one_line(requirement.statement, _TEXT_LIMIT),
        "kind": requirement.kind,
        "priority": requirement.priority,
        "criteria": [
            {"given": one_line(given, 500), "when": one_line(when, 500), "then": one_line(then, 500)}
            for given, when, then in requirement.criteria
        ],
        "pages": [page.route for page in requirement.pages],
        "endpoints": [f"{endpoint.method} {endpoint.path}" for endpoint in requirement.endpoints],
    }


def test_node_id(requirement: RequirementSpec) -> str:
    return f"{REQUIREMENT_TESTS_FILE}::{requirement.test_name}"


def render_traceability(spec: AppSpec, tested: dict[str, bool]) -> str:
    """Requirement → design elements → endpoints → test; ``validate`` and the app both read it."""
    endpoints: dict[str, list[str]] = {}
    for endpoint in spec.endpoints:
        if endpoint.requirement_ids:
            endpoints[f"{endpoint.method} {endpoint.path}"] = list(endpoint.requirement_ids)
    return dump_json(
        {
            "schema": "autoagi-traceability/1",
            "requirements": [
                {
                    "id": requirement.id,
                    "code_id": requirement.code_id,
                    "kind": requirement.kind,
                    "tests": [test_node_id(requirement)] if requirement.needs_test else [],
                    "answered": tested.get(requirement.id, False),
                    "entities": [spec.entity(module).class_name for module in requirement.entities],
                    "endpoints": [f"{endpoint.method} {endpoint.path}" for endpoint in requirement.endpoints],
                    "pages": [page.route for page in requirement.pages],
                    "decisions": requirement.decisions,
                }
                for requirement in spec.requirements
            ],
            "endpoints": endpoints,
        }
    )
