"""The generated app's plan: every name made safe once, every design element mapped to code.

Renderers only read this plan. Names come from ``naming`` (safe, bounded identifiers); human text
stays text and only reaches files as JSON data or through ``text`` (docstrings, Markdown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from autoagi.engine.artifacts import Design, Entity, Requirement
from autoagi.engine.prototype.naming import (
    PYTHON_KEYWORDS,
    ascii_words,
    kebab_name,
    pascal_name,
    snake_name,
    stable_hash,
    unique_names,
)
from autoagi.engine.prototype.text import one_line

FIELD_TYPES = frozenset(
    {
        "uuid",
        "string",
        "text",
        "integer",
        "decimal",
        "boolean",
        "date",
        "datetime",
        "time",
        "email",
        "phone",
        "url",
        "enum",
    }
)
SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at"})
MAX_SEGMENT_LENGTH = 36
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
_SAFE_REQUIREMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}")
_SAFE_ROUTE = re.compile(r"/(?:[a-z0-9{}_-]+(?:/[a-z0-9{}_-]+)*)?")
_PARAMETER = re.compile(r"\{[^/{}]*\}")

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


def build_spec(requirements: list[Requirement], design: Design, title: str = "Prototype") -> AppSpec:
    ordered = _unique_requirements(requirements)
    entities = _entities(design)
    not_generated: list[NotGenerated] = []
    _link_relations(design, entities, not_generated)
    endpoints = _endpoints(design, entities, not_generated)
    roles = _roles(design)
    pages = _pages(design, entities, not_generated)
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
    return sorted(unique.values(), key=lambda item: _natural_key(item.id))


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


# --- entities -------------------------------------------------------------------------------


def _plural(word: str) -> str:
    try:  # the design engine's inflection, so routes match the design's paths
        from autoagi.engine.design.inflection import pluralize
    except ImportError:  # pragma: no cover - the design package ships with the engine
        return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")
    return pluralize(word)


def _entities(design: Design) -> dict[str, EntitySpec]:
    unique_entities: dict[str, Entity] = {}
    for entity in design.entities:
        unique_entities.setdefault(entity.name, entity)
    raw = list(unique_entities.values())
    class_names = unique_names([pascal_name(item.name) for item in raw], separator="")
    modules = unique_names([snake_name(name, PYTHON_KEYWORDS) for name in class_names])
    tables = unique_names([snake_name(name, frozenset(), 40, ("sqlite_", "app_", "link_")) for name in class_names])
    segments = unique_names(
        [_segment_of(name) for name in class_names],
        separator="-",
    )
    entities: dict[str, EntitySpec] = {}
    for item, class_name, module, table, segment in zip(raw, class_names, modules, tables, segments, strict=True):
        words = ascii_words(class_name)
        label = " ".join(words).capitalize() if item.name == class_name else one_line(item.name, 60)
        plural_words = [*words[:-1], _plural(words[-1])]
        id_field = next((candidate for candidate in item.fields if candidate.name == "id"), None)
        entities[item.name] = EntitySpec(
            design_name=item.name,
            class_name=class_name,
            module=module,
            table=table,
            segment=segment,
            label=label,
            plural_label=" ".join(plural_words).capitalize() if item.name == class_name else label,
            id_kind="integer" if id_field is not None and id_field.type == "integer" else "uuid",
            fields=_fields(item),
            requirement_ids=list(item.requirement_ids),
        )
    return entities


def _segment_of(class_name: str) -> str:
    words = ascii_words(class_name)
    return kebab_name(" ".join([*words[:-1], _plural(words[-1])]), MAX_SEGMENT_LENGTH)


def _fields(entity: Entity) -> list[FieldSpec]:
    user_fields = [item for item in entity.fields if item.name not in SYSTEM_FIELDS]
    names = unique_names([snake_name(item.name) for item in user_fields])
    specs = []
    for item, name in zip(user_fields, names, strict=True):
        if name in SYSTEM_FIELDS:
            continue
        field_type = item.type if item.type in FIELD_TYPES else "string"
        specs.append(
            FieldSpec(
                name=name,
                label=" ".join(ascii_words(name)).capitalize() if item.name == name else one_line(item.name, 60),
                type=field_type,
                required=item.required,
                unique=item.unique and field_type != "boolean",  # a unique yes/no allows two records
            )
        )
    return specs


def _link_relations(design: Design, entities: dict[str, EntitySpec], not_generated: list[NotGenerated]) -> None:
    """Foreign keys for many-to-one relations, partner lists for many-to-many ones."""
    for item in design.entities:
        entity = entities.get(item.name)
        if entity is None:
            continue
        for relation in item.relations:
            target = entities.get(relation.target)
            if target is None or target is entity:
                not_generated.append(
                    NotGenerated("relation", f"{item.name} {relation.kind} {relation.target}", "unknown target")
                )
                continue
            if relation.kind == "many_to_many":
                if target.module not in entity.partners:
                    entity.partners.append(target.module)
            elif relation.kind in ("many_to_one", "one_to_one"):
                _add_foreign_key(entity, target, create=relation.kind == "many_to_one")
    _break_required_cycles(entities)


def _add_foreign_key(entity: EntitySpec, target: EntitySpec, create: bool) -> None:
    wanted = "_".join(ascii_words(target.design_name)) + "_id"
    name = snake_name(wanted)
    for index, existing in enumerate(entity.fields):
        if existing.name == name:
            entity.fields[index] = FieldSpec(
                name=name,
                label=target.label,
                type="integer" if target.id_kind == "integer" else "uuid",
                required=existing.required,
                unique=existing.unique,
                references=target.module,
            )
            return
    if create:
        entity.fields.append(
            FieldSpec(
                name=name,
                label=target.label,
                type="integer" if target.id_kind == "integer" else "uuid",
                required=False,
                unique=False,
                references=target.module,
            )
        )


def _break_required_cycles(entities: dict[str, EntitySpec]) -> None:
    """A required foreign key that closes a cycle becomes optional, so seed data can be created."""
    by_module = {entity.module: entity for entity in entities.values()}
    state: dict[str, str] = {}

    def visit(module: str) -> None:
        state[module] = "visiting"
        entity = by_module[module]
        for index, item in enumerate(entity.fields):
            if not (item.references and item.required):
                continue
            if state.get(item.references) == "visiting":
                entity.fields[index] = FieldSpec(**{**item.__dict__, "required": False})
            elif item.references not in state:
                visit(item.references)
        state[module] = "done"

    for module in by_module:
        if module not in state:
            visit(module)


def creation_order(entities: list[EntitySpec]) -> list[EntitySpec]:
    """Entities with their required parents first (cycles were broken by ``build_spec``)."""
    by_module = {entity.module: entity for entity in entities}
    ordered: list[EntitySpec] = []
    placed: set[str] = set()

    def place(entity: EntitySpec) -> None:
        if entity.module in placed:
            return
        placed.add(entity.module)
        for item in entity.foreign_keys:
            if item.required and item.references in by_module:
                place(by_module[item.references])
        ordered.append(entity)

    for entity in entities:
        place(entity)
    return ordered


# --- endpoints ------------------------------------------------------------------------------

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


def _endpoints(
    design: Design, entities: dict[str, EntitySpec], not_generated: list[NotGenerated]
) -> list[EndpointSpec]:
    """Every endpoint the app serves, each with the requirements the design says it answers."""
    by_segment = {entity.segment: entity for entity in entities.values()}
    traced: dict[tuple[str, str], set[str]] = {}
    design_paths: dict[tuple[str, str], str] = {}
    has_roles = bool(design.roles)
    action_requests: dict[str, dict[str, tuple[str, str, set[str]]]] = {}

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

    for entity in entities.values():
        entity.actions = _actions(action_requests.get(entity.module, {}), entity)
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
            return f"{base}/{{record_id}}/{name}"
    return None


def _actions(requests: dict[str, tuple[str, str, set[str]]], entity: EntitySpec) -> list[ActionSpec]:
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
        actions.append(ActionSpec(name, function, label, "POST", "instance", "state", state))
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
                requirement_ids=tuple(sorted(ids, key=_natural_key)),
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


def _natural_key(text: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


# --- pages ----------------------------------------------------------------------------------

_FIXED_ROUTES = ("/", "/login", "/register", "/requirements", "/accessibility", "/privacy", "/admin/audit-log")


def supported_route_patterns(entities: list[EntitySpec]) -> list[str]:
    """Routes the generated front end renders, in the design's path syntax."""
    patterns = list(_FIXED_ROUTES) + ["/dashboards/{role}"]
    for entity in entities:
        base = "/" + entity.segment
        patterns += [base, base + "/new", base + "/{id}", base + "/{id}/edit"]
    return patterns


def _pages(design: Design, entities: dict[str, EntitySpec], not_generated: list[NotGenerated]) -> list[PageSpec]:
    segments = {entity.segment for entity in entities.values()}
    pages = []
    for page in design.pages:
        route = page.route.strip()
        ids = tuple(page.requirement_ids)
        if _route_supported(route, segments):
            pages.append(PageSpec(name=one_line(page.name, 80), route=route, requirement_ids=ids))
        else:
            not_generated.append(NotGenerated("page", one_line(f"{page.name} {route}", 120), "no front-end view", ids))
    return pages


def _route_supported(route: str, segments: set[str]) -> bool:
    if not _SAFE_ROUTE.fullmatch(route):
        return False
    if route in _FIXED_ROUTES:
        return True
    parts = route.strip("/").split("/")
    if parts[0] == "dashboards" and len(parts) == 2 and not _PARAMETER.fullmatch(parts[1]):
        return True
    if parts[0] not in segments:
        return False
    tail = ["{}" if _PARAMETER.fullmatch(part) else part for part in parts[1:]]
    return tail in ([], ["new"], ["{}"], ["{}", "edit"])
