"""Entity-relationship diagram (Mermaid erDiagram) with typed attributes, keys and cardinalities."""

from __future__ import annotations

from autoagi.engine.design.diagrams.mermaid_text import er_comment, er_id, quoted
from autoagi.engine.design.domain_model import DomainModel

_CARDINALITY = {"one_to_many": "||--o{", "many_to_many": "}o--o{"}


def er_diagram(model: DomainModel) -> str:
    lines = ["erDiagram"]
    for entity in model.entities.values():
        lines.append(f"    {er_id(entity.name)}[{quoted(entity.label)}] {{")
        for field in entity.fields.values():
            parts = [field.type, field.name]
            if field.key:
                parts.append(field.key)
            comment = ", ".join(field.values) if field.values else ("" if field.required else "optional")
            if comment:
                parts.append(er_comment(comment))
            lines.append("        " + " ".join(parts))
        lines.append("    }")
    for relationship in model.relationships:
        verb = "has" if relationship.kind == "one_to_many" else "relates to"
        one, many = er_id(relationship.one), er_id(relationship.many)
        lines.append(f"    {one} {_CARDINALITY[relationship.kind]} {many} : {quoted(verb)}")
    if len(lines) == 1:
        lines.append(f"    Empty[{quoted('No entities found in the requirements')}]")
    return "\n".join(lines) + "\n"
