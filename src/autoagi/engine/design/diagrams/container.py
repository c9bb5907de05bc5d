"""C4-style container diagram as a Mermaid flowchart: roles → web UI → API → database, externals."""

from __future__ import annotations

from autoagi.engine.design.diagrams.mermaid_text import quoted
from autoagi.engine.design.model import ExternalSystem
from autoagi.engine.design.roles import RoleDraft


def container_diagram(system_name: str, roles: list[RoleDraft], externals: list[ExternalSystem]) -> str:
    lines = ["flowchart LR"]
    people = [(f"role_{index}", role.label) for index, role in enumerate(roles, start=1)] or [("role_1", "User")]
    for node, label in people:
        lines.append(f"    {node}([{quoted(label)}])")
    lines += [
        f"    subgraph app [{quoted(system_name)}]",
        f"        web[{quoted('Web UI: responsive HTML pages')}]",
        f"        api[{quoted('REST API: JSON over HTTPS')}]",
        f"        db[({quoted('Relational database')})]",
        "    end",
    ]
    for index, external in enumerate(externals, start=1):
        lines.append(f"    ext_{index}[{quoted(external.label + ' (external)')}]")
    for node, _ in people:
        lines.append(f"    {node} -->|{quoted('uses')}| web")
    lines.append(f"    web -->|{quoted('HTTPS, JSON')}| api")
    lines.append(f"    api -->|{quoted('SQL')}| db")
    for index, external in enumerate(externals, start=1):
        lines.append(f"    api -->|{quoted(_verb_for(external.key))}| ext_{index}")
    return "\n".join(lines) + "\n"


def _verb_for(key: str) -> str:
    return {
        "email": "sends e-mail",
        "sms": "sends SMS",
        "payments": "takes payments",
        "calendar": "syncs events",
        "identity": "delegates sign-in",
        "maps": "geocodes",
        "push": "pushes notifications",
        "storage": "stores files",
    }.get(key, "integrates")
