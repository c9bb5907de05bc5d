"""Entities of the plan: safe class, module, table and URL names, typed fields, foreign keys."""

from __future__ import annotations

from autoagi.engine.artifacts import Design, Entity
from autoagi.engine.design import FIELD_TYPES as DESIGN_FIELD_TYPES
from autoagi.engine.prototype.fastapi_sqlite.app_spec import (
    EntitySpec,
    FieldSpec,
    NotGenerated,
)
from autoagi.engine.prototype.naming import (
    PYTHON_KEYWORDS,
    ascii_words,
    kebab_name,
    pascal_name,
    snake_name,
    unique_names,
)
from autoagi.engine.prototype.text import one_line

FIELD_TYPES = frozenset(DESIGN_FIELD_TYPES)  # the design engine's closed vocabulary
SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at"})
MAX_SEGMENT_LENGTH = 36


def _plural(word: str) -> str:
    try:  # the design engine's inflection, so routes match the design's paths
        from autoagi.engine.design.inflection import pluralize
    except ImportError:  # pragma: no cover - the design package ships with the engine
        return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")
    return pluralize(word)


def entities_from_design(design: Design) -> dict[str, EntitySpec]:
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


def link_relations(design: Design, entities: dict[str, EntitySpec], not_generated: list[NotGenerated]) -> None:
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
