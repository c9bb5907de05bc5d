"""REST endpoints: CRUD per entity, nested lists per relation, one endpoint per named action."""

from __future__ import annotations

from dataclasses import dataclass, field

from autoagi.engine.analysis.words import article
from autoagi.engine.design.deadlines import start_field
from autoagi.engine.design.domain_model import DomainModel
from autoagi.engine.design.identifiers import route_segment
from autoagi.engine.design.labels import humanize, in_sentence
from autoagi.engine.design.model import ActionDraft, EntityDraft


@dataclass
class EndpointDraft:
    method: str
    path: str
    summary: str
    requirement_ids: set[str] = field(default_factory=set)
    deadline: tuple[str, float] | None = None  # (start field, hours before it)


def _ids_for(entity: EntityDraft, kind: str) -> set[str]:
    """Requirements that asked for this operation, or else every requirement about the entity."""
    return set(entity.crud[kind]) or set(entity.requirement_ids)


def entity_endpoints(model: DomainModel) -> list[EndpointDraft]:
    endpoints: list[EndpointDraft] = []
    for entity in model.entities.values():
        collection = "/" + route_segment(entity.name)
        item = collection + "/{id}"
        label, plural = in_sentence(entity.label), in_sentence(entity.plural_label)
        endpoints += [
            EndpointDraft("GET", collection, f"List {plural}", _ids_for(entity, "read")),
            EndpointDraft("POST", collection, f"Create {article(label)} {label}", _ids_for(entity, "create")),
            EndpointDraft("GET", item, f"Get {article(label)} {label}", _ids_for(entity, "read")),
            EndpointDraft("PATCH", item, f"Update {article(label)} {label}", _ids_for(entity, "update")),
            EndpointDraft("DELETE", item, f"Delete {article(label)} {label}", _ids_for(entity, "delete")),
        ]
        for kind, target, _ in model.relations_of(entity.name):
            if kind in ("one_to_many", "many_to_many"):
                child = model.entities[target]
                relationship_ids = _relationship_ids(model, entity.name, target)
                endpoints.append(
                    EndpointDraft(
                        "GET",
                        f"{item}/{route_segment(target)}",
                        f"List the {in_sentence(child.plural_label)} of {article(label)} {label}",
                        relationship_ids,
                    )
                )
        for action in entity.actions.values():
            endpoints.append(_action_endpoint(entity, action, collection, item))
    return endpoints


def _relationship_ids(model: DomainModel, first: str, second: str) -> set[str]:
    for relationship in model.relationships:
        if {relationship.one, relationship.many} == {first, second}:
            return set(relationship.requirement_ids)
    return set()


def _action_endpoint(entity: EntityDraft, action: ActionDraft, collection: str, item: str) -> EndpointDraft:
    if action.scope == "collection":
        return EndpointDraft(
            action.method,
            f"{collection}/{action.name}",
            f"{action.label} {in_sentence(entity.plural_label)}",
            set(action.requirement_ids),
        )
    summary = action_summary(entity, action)
    deadline = None
    if action.deadline_hours is not None:
        deadline = (start_field(entity), action.deadline_hours)
        summary += f" (until {_hours(action.deadline_hours)} before it starts)"
    return EndpointDraft(action.method, f"{item}/{action.name}", summary, set(action.requirement_ids), deadline)


def _hours(hours: float) -> str:
    if hours % 24 == 0 and hours >= 48:
        return f"{int(hours // 24)} days"
    return f"{hours:g} hour" + ("" if hours == 1 else "s")


def action_summary(entity: EntityDraft, action: ActionDraft) -> str:
    """ "Cancel a booking", "Mark a booking as no show", "Check in a patient"."""
    verb, _, rest = action.name.partition("-")
    label = in_sentence(entity.label)
    the_item = f"{article(label)} {label}"
    if verb in {"mark", "flag", "set"} and rest:
        return f"{verb.capitalize()} {the_item} as {humanize(rest).lower()}"
    return f"{action.label} {the_item}"


def auth_endpoints(requirement_ids: set[str]) -> list[EndpointDraft]:
    return [
        EndpointDraft("POST", "/auth/register", "Register an account", set(requirement_ids)),
        EndpointDraft("POST", "/auth/login", "Sign in and receive an access token", set(requirement_ids)),
        EndpointDraft("POST", "/auth/logout", "Sign out", set(requirement_ids)),
        EndpointDraft("GET", "/auth/me", "The signed-in user and their role", set(requirement_ids)),
    ]
