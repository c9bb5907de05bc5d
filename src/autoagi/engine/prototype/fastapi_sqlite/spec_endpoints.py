"""Endpoints of the plan: each design endpoint mapped to the route that serves it, plus the CRUD,
nested-list and link routes every entity gets, each with the requirements it answers."""

from __future__ import annotations

import re

from autoagi.engine.artifacts import Deadline, Design
from autoagi.engine.prototype.fastapi_sqlite.app_spec import (
    ActionKind,
    ActionSpec,
    EndpointKind,
    EndpointSpec,
    EntitySpec,
    FieldSpec,
    NotGenerated,
)
from autoagi.engine.prototype.naming import (
    ascii_words,
    kebab_name,
    snake_name,
)
from autoagi.engine.prototype.text import one_line

MAX_ACTION_LENGTH = 24
DEFAULT_STATE = "active"
# The state an instance action leaves a record in, for the verbs the design engine names.
ACTION_STATES = {
    "cancel": "cancelled",
    "approve": "approved",
    "reject": "rejected",
    "confirm": "confirmed",
    "complete": "completed",
    "close": "closed",
    "reopen": "open",
    "archive": "archived",
    "publish": "published",
    "pay": "paid",
    "submit": "submitted",
    "assign": "assigned",
    "check-in": "checked_in",
    "check-out": "checked_out",
    "activate": "active",
    "deactivate": "inactive",
    "refund": "refunded",
    "book": "booked",
    "accept": "accepted",
    "decline": "declined",
}
_PARAMETER = re.compile(r"\{[^/{}]*\}")


_OPERATIONS = {
    ("GET", ("healthz",)): ("/healthz", "Liveness probe"),
    ("GET", ("readyz",)): ("/readyz", "Readiness probe: database reachable"),
    ("GET", ("metrics",)): ("/metrics", "Operational metrics"),
    ("GET", ("audit-events",)): ("/api/audit-events", "Audit log of changes"),
}
_ACCOUNT_OPERATIONS = {
    ("GET", ("me", "export")): ("/api/me/export", "Download all my personal data"),
    ("DELETE", ("me",)): ("/api/me", "Erase my account and personal data"),
    ("POST", ("auth", "register")): ("/api/auth/register", "Register an account"),
    ("POST", ("auth", "login")): ("/api/auth/login", "Sign in and receive an access token"),
    ("POST", ("auth", "logout")): ("/api/auth/logout", "Sign out"),
    ("GET", ("auth", "me")): ("/api/auth/me", "The signed-in user and their role"),
}


def _design_parts(path: str) -> tuple[str, ...]:
    parts = [part for part in path.split("/") if part]
    if parts[:2] == ["api", "v1"]:
        parts = parts[2:]
    elif parts[:1] == ["api"]:
        parts = parts[1:]
    return tuple(parts)


def endpoints_from_design(
    design: Design, entities: dict[str, EntitySpec], not_generated: list[NotGenerated]
) -> list[EndpointSpec]:
    """Every endpoint the app serves, each with the requirements the design says it answers."""
    by_segment = {entity.segment: entity for entity in entities.values()}
    traced: dict[tuple[str, str], set[str]] = {}
    design_paths: dict[tuple[str, str], str] = {}
    has_roles = bool(design.roles)
    action_requests: dict[str, dict[str, tuple[str, str, set[str]]]] = {}
    deadlines: dict[str, Deadline] = {}  # by the served path of the action they bind

    for endpoint in design.endpoints:
        method = endpoint.method.upper()
        parts = _design_parts(endpoint.path)
        ids = set(endpoint.requirement_ids)
        served = _served_path(method, parts, by_segment, has_roles, action_requests, ids)
        if served is None:
            not_generated.append(
                NotGenerated(
                    "endpoint",
                    one_line(f"{method} {endpoint.path}", 120),
                    "no generator for this path",
                    tuple(endpoint.requirement_ids),
                )
            )
            continue
        traced.setdefault((method, served), set()).update(ids)
        design_paths.setdefault((method, served), one_line(endpoint.path, 120))
        if endpoint.deadline is not None and method == "POST":
            deadlines[served] = endpoint.deadline

    for entity in entities.values():
        entity.actions = _actions(action_requests.get(entity.module, {}), entity, deadlines)
    endpoints = _all_endpoints(list(entities.values()), has_roles, traced, design_paths)
    served = {(item.method, item.path) for item in endpoints}
    for (method, path), ids in traced.items():
        if (method, path) not in served and not (method == "PUT" and ("PATCH", path) in served):
            what = one_line(f"{method} {design_paths[(method, path)]}", 120)
            not_generated.append(NotGenerated("endpoint", what, "no matching relation", tuple(sorted(ids))))
    return endpoints


def _served_path(
    method: str,
    parts: tuple[str, ...],
    by_segment: dict[str, EntitySpec],
    has_roles: bool,
    action_requests: dict[str, dict[str, tuple[str, str, set[str]]]],
    ids: set[str],
) -> str | None:
    """The generated path answering a design endpoint, or ``None`` when nothing does."""
    if (method, parts) in _OPERATIONS:
        return _OPERATIONS[(method, parts)][0]
    if (method, parts) in _ACCOUNT_OPERATIONS:
        return _ACCOUNT_OPERATIONS[(method, parts)][0] if has_roles else None
    if not parts or parts[0] not in by_segment:
        return None
    entity = by_segment[parts[0]]
    base = f"/api/{entity.segment}"
    is_parameter = [bool(_PARAMETER.fullmatch(part)) for part in parts]
    if len(parts) == 1 and method in ("GET", "POST"):
        return base
    if len(parts) == 2 and is_parameter[1] and method in ("GET", "PATCH", "PUT", "DELETE"):
        return base + "/{record_id}"
    if len(parts) == 2 and not is_parameter[1] and method in ("GET", "POST"):
        name = kebab_name(parts[1], MAX_ACTION_LENGTH)
        action_requests.setdefault(entity.module, {}).setdefault(name, ("collection", method, set()))[2].update(ids)
        return f"{base}/{name}"
    if len(parts) == 3 and is_parameter[1] and not is_parameter[2]:
        child = by_segment.get(parts[2])
        if child is not None and method == "GET":
            return f"{base}/{{record_id}}/{child.segment}"
        if method in ("GET", "POST"):
            name = kebab_name(parts[2], MAX_ACTION_LENGTH)
            action_requests.setdefault(entity.module, {}).setdefault(name, ("instance", method, set()))[2].update(ids)
            return _instance_action_path(entity, name)
    return None


def _instance_action_path(entity: EntitySpec, name: str) -> str:
    return f"/api/{entity.segment}/{{record_id}}/{name}"


def _deadline(entity: EntitySpec, name: str, deadlines: dict[str, Deadline]) -> tuple[str | None, float | None]:
    """(start field, hours) of the action's deadline, if it counts from a date-time field the entity has."""
    deadline = deadlines.get(_instance_action_path(entity, name))
    field = snake_name(deadline.field) if deadline else None
    if deadline is None or not any(item.name == field and item.type == "datetime" for item in entity.fields):
        return None, None
    return field, float(deadline.hours_before)


def _actions(
    requests: dict[str, tuple[str, str, set[str]]],
    entity: EntitySpec,
    deadlines: dict[str, Deadline],
) -> list[ActionSpec]:
    actions = []
    for name, (scope, method, _) in requests.items():
        function = "action_" + snake_name(name, frozenset(), 40)
        label = " ".join(ascii_words(name)).capitalize()
        if scope == "collection":
            kind: ActionKind = "export" if method == "GET" else ("import" if name == "import" else "run")
            actions.append(ActionSpec(name, function, label, method, "collection", kind))  # type: ignore[arg-type]
            continue
        if method == "GET":
            actions.append(ActionSpec(name, function, label, "GET", "instance", "download"))
            continue
        state = _state_of(name)
        if state and not entity.has_status:
            entity.fields.append(FieldSpec("status", "Status", "enum", required=False, unique=False))
        field, hours = _deadline(entity, name, deadlines)
        actions.append(ActionSpec(name, function, label, "POST", "instance", "state", state, field, hours))
    if entity.has_status and any(action.state for action in actions):  # a new record starts "active"
        entity.fields = [
            FieldSpec(**{**item.__dict__, "type": "enum", "required": False, "default": DEFAULT_STATE})
            if item.name == "status"
            else item
            for item in entity.fields
        ]
    return actions


def _state_of(action: str) -> str | None:
    if action in ACTION_STATES:
        return ACTION_STATES[action]
    for prefix in ("mark-", "flag-", "set-"):
        if action.startswith(prefix) and len(action) > len(prefix):
            return snake_name(action[len(prefix) :], frozenset(), 24)
    return None


def _all_endpoints(
    entities: list[EntitySpec],
    has_roles: bool,
    traced: dict[tuple[str, str], set[str]],
    design_paths: dict[tuple[str, str], str],
) -> list[EndpointSpec]:
    endpoints: list[EndpointSpec] = []
    by_module = {entity.module: entity for entity in entities}

    def add(method: str, path: str, kind: EndpointKind, summary: str, fallback: list[str], **extra: str) -> None:
        ids = traced.get((method, path)) or (set() if kind in ("operation", "auth") else set(fallback))
        if kind == "update" and not traced.get((method, path)):
            ids = traced.get(("PUT", path)) or ids
        endpoints.append(
            EndpointSpec(
                method=method,
                path=path,
                kind=kind,
                summary=summary,
                requirement_ids=tuple(sorted(ids, key=natural_key)),
                design_path=design_paths.get((method, path)),
                **extra,
            )
        )

    if has_roles:
        for (method, parts), (path, summary) in _ACCOUNT_OPERATIONS.items():
            add(method, path, "auth", summary, [], action=parts[-1])
    for (method, parts), (path, summary) in _OPERATIONS.items():
        add(method, path, "operation", summary, [], action=parts[-1])
    for entity in entities:
        base = f"/api/{entity.segment}"
        item = base + "/{record_id}"
        ids = entity.requirement_ids
        module = entity.module
        for action in entity.actions:
            if action.scope == "collection":
                add(
                    action.method,
                    f"{base}/{action.name}",
                    "action",
                    action.label,
                    ids,
                    entity=module,
                    action=action.name,
                )
        add("GET", base, "list", f"List {entity.plural_label.lower()}", ids, entity=module)
        add("POST", base, "create", f"Create a {entity.label.lower()}", ids, entity=module)
        add("GET", item, "read", f"Get a {entity.label.lower()}", ids, entity=module)
        add("PATCH", item, "update", f"Update a {entity.label.lower()}", ids, entity=module)
        add("DELETE", item, "delete", f"Delete a {entity.label.lower()}", ids, entity=module)
        for action in entity.actions:
            if action.scope == "instance":
                add(
                    action.method,
                    f"{item}/{action.name}",
                    "action",
                    action.label,
                    ids,
                    entity=module,
                    action=action.name,
                )
        for child in entities:
            for key in child.foreign_keys:
                if key.references == module:
                    add(
                        "GET",
                        f"{item}/{child.segment}",
                        "children",
                        f"List the {child.plural_label.lower()} of a {entity.label.lower()}",
                        ids,
                        entity=module,
                        other=child.module,
                    )
                    break
        for partner_module in entity.partners:
            partner = by_module[partner_module]
            nested = f"{item}/{partner.segment}"
            add(
                "GET",
                nested,
                "children",
                f"List the {partner.plural_label.lower()} of a {entity.label.lower()}",
                ids,
                entity=module,
                other=partner_module,
            )
            add(
                "PUT",
                nested + "/{other_id}",
                "link",
                f"Link a {partner.label.lower()}",
                ids,
                entity=module,
                other=partner_module,
            )
            add(
                "DELETE",
                nested + "/{other_id}",
                "unlink",
                f"Unlink a {partner.label.lower()}",
                ids,
                entity=module,
                other=partner_module,
            )
    return endpoints


def natural_key(text: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
