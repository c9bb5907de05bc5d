"""Sequence diagrams of the main flows: create an entity, or act on one ("cancel a booking")."""

from __future__ import annotations

from dataclasses import dataclass, field

from autoagi.engine.design.diagrams.mermaid_text import alias, message
from autoagi.engine.design.identifiers import route_segment, snake_of
from autoagi.engine.design.labels import in_sentence
from autoagi.engine.design.model import ActionDraft, EntityDraft, ExternalSystem


@dataclass
class Flow:
    entity: EntityDraft
    actor_label: str
    action: ActionDraft | None = None  # None: the create flow
    externals: list[ExternalSystem] = field(default_factory=list)
    requires_sign_in: bool = False

    @property
    def name(self) -> str:
        verb = self.action.name.replace("-", "_") if self.action else "create"
        return f"{verb}_{snake_of(self.entity.name)}"


def sequence_diagram(flow: Flow) -> str:
    lines = [
        "sequenceDiagram",
        "    autonumber",
        f"    actor user as {alias(flow.actor_label, 'User')}",
        "    participant web as Web UI",
        "    participant api as REST API",
        "    participant db as Database",
    ]
    for index, external in enumerate(flow.externals, start=1):
        lines.append(f"    participant ext_{index} as {alias(external.label, 'External system')}")
    body = _create_steps(flow) if flow.action is None else _action_steps(flow, flow.action)
    lines += ["    " + line for line in body]
    return "\n".join(lines) + "\n"


def _guard(flow: Flow) -> list[str]:
    return ["api->>api: " + message("Authenticate and check the caller's role")] if flow.requires_sign_in else []


def _notify(flow: Flow) -> list[str]:
    return [
        f"api-)ext_{index}: " + message(f"Notify via {external.label}")
        for index, external in enumerate(flow.externals, start=1)
    ]


def _create_steps(flow: Flow) -> list[str]:
    label, collection = in_sentence(flow.entity.label), "/" + route_segment(flow.entity.name)
    return [
        "user->>web: " + message(f"Fill in the new {label} form"),
        "web->>api: " + message(f"POST {collection}"),
        *_guard(flow),
        "api->>api: " + message("Validate the fields"),
        "alt " + message("invalid input"),
        "    api-->>web: " + message("422 with the errors per field"),
        "    web-->>user: " + message("Show the errors next to the fields"),
        "else " + message("valid input"),
        "    api->>db: " + message(f"INSERT the {label}"),
        "    db-->>api: " + message("New id"),
        *("    " + line for line in _notify(flow)),
        "    api-->>web: " + message(f"201 Created, Location {collection}/{{id}}"),
        "    web-->>user: " + message(f"Show the {label}"),
        "end",
    ]


def _action_steps(flow: Flow, action: ActionDraft) -> list[str]:
    label, collection = in_sentence(flow.entity.label), "/" + route_segment(flow.entity.name)
    plural = in_sentence(flow.entity.plural_label)
    if action.scope == "collection":
        return [
            "user->>web: " + message(f"Choose {action.label} on the {plural} list"),
            "web->>api: " + message(f"{action.method} {collection}/{action.name}"),
            *_guard(flow),
            "api->>db: " + message(f"SELECT the {plural}"),
            "db-->>api: " + message("Rows"),
            *_notify(flow),
            "api-->>web: " + message("200 OK"),
            "web-->>user: " + message(f"{action.label} done"),
        ]
    change = f"UPDATE the {label}" + (f", status = {action.state}" if action.state else "")
    if action.method == "GET":
        change = f"Read the {label}"
    return [
        "user->>web: " + message(f"Choose {action.label} on a {label}"),
        "web->>api: " + message(f"{action.method} {collection}/{{id}}/{action.name}"),
        *_guard(flow),
        "api->>db: " + message(f"SELECT the {label} by id"),
        "alt " + message("not found, or not the caller's to see"),
        "    api-->>web: " + message("404 Not Found"),
        "    web-->>user: " + message("Explain that it no longer exists"),
        "else " + message("found"),
        "    api->>db: " + message(change),
        *("    " + line for line in _notify(flow)),
        "    api-->>web: " + message(f"200 OK with the {label}"),
        "    web-->>user: " + message("Show the result"),
        "end",
    ]
