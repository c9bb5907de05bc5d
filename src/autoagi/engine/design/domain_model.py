"""The domain model: entities with typed fields, keys, relations, operations and actions."""

from __future__ import annotations

from dataclasses import dataclass

from autoagi.engine.design.field_types import infer_field_type
from autoagi.engine.design.identifiers import field_name, foreign_key_name, relation_name, snake_of, words_of
from autoagi.engine.design.labels import humanize, singular_label
from autoagi.engine.design.lexicon import ACTION_STATES, COLLECTION_ACTIONS, READ_ONLY_ACTIONS
from autoagi.engine.design.model import ActionDraft, EntityDraft, FieldDraft, RelationshipDraft
from autoagi.engine.design.operations import Operation
from autoagi.engine.design.options import DesignOptions
from autoagi.engine.design.statements import AttributeFact, RelationFact

DEFAULT_STATE = "active"
_RESERVED_FIELDS = ("id", "created_at", "updated_at")
_MAX_ACTION_NAME = 40


@dataclass
class DomainModel:
    entities: dict[str, EntityDraft]
    relationships: list[RelationshipDraft]
    max_identifier_length: int = 40

    def relations_of(self, entity: str) -> list[tuple[str, str, str]]:
        """(artifact kind, target, relation name) of one entity, in a stable order."""
        found, length = [], self.max_identifier_length
        for relationship in self.relationships:
            if relationship.kind == "many_to_many" and entity in (relationship.one, relationship.many):
                other = relationship.many if relationship.one == entity else relationship.one
                found.append(("many_to_many", other, relation_name(other, True, length)))
            elif relationship.one == entity:
                found.append(("one_to_many", relationship.many, relation_name(relationship.many, True, length)))
            elif relationship.many == entity:
                found.append(("many_to_one", relationship.one, relation_name(relationship.one, False, length)))
        return found


def combine_relations(facts: list[RelationFact], entities: dict[str, EntityDraft]) -> list[RelationshipDraft]:
    """One relationship per pair of entities; opposite one-to-many statements make a many-to-many."""
    by_pair: dict[tuple[str, str], RelationshipDraft] = {}
    for fact in facts:
        if fact.one not in entities or fact.many not in entities or fact.one == fact.many:
            continue
        pair = tuple(sorted((fact.one, fact.many)))
        existing = by_pair.get(pair)
        if existing is None:
            kind = "many_to_many" if fact.many_to_many else "one_to_many"
            by_pair[pair] = RelationshipDraft(fact.one, fact.many, kind, {fact.requirement_id})
            continue
        existing.requirement_ids.add(fact.requirement_id)
        if fact.many_to_many or (existing.kind == "one_to_many" and existing.one != fact.one):
            existing.kind = "many_to_many"
    return list(by_pair.values())


def add_attributes(
    entities: dict[str, EntityDraft], facts: list[AttributeFact], max_length: int, attributable: set[str]
) -> None:
    """Fields from stated attributes; only ``attributable`` (functional) requirements are cited."""
    for fact in facts:
        entity = entities.get(fact.entity)
        if entity is None:
            continue
        text = " ".join(fact.words)
        name = field_name(text, max_length)
        if name in _RESERVED_FIELDS:
            continue  # every entity has them already
        field = entity.fields.get(name)
        if field is None:
            base_type = infer_field_type("_".join(words_of(text)))
            field = entity.fields[name] = FieldDraft(name=name, label=singular_label(text), type=base_type)
        field.required = field.required and fact.required
        field.unique = field.unique or fact.unique
        for value in fact.values:
            if value not in field.values:
                field.values.append(value)
        if len(field.values) >= 2:
            field.type = "enum"
        if fact.requirement_id in attributable:
            entity.requirement_ids.add(fact.requirement_id)


def add_operations(
    entities: dict[str, EntityDraft],
    operations: list[Operation],
    roles_by_requirement: dict[str, list[str]],
    attributable: set[str],
) -> None:
    """CRUD and actions; a quality requirement's operation ("data must be deleted") still counts."""
    for operation in operations:
        entity = entities.get(operation.entity)
        if entity is None:
            continue
        if operation.requirement_id in attributable:
            entity.requirement_ids.add(operation.requirement_id)
        roles = roles_by_requirement.get(operation.requirement_id, [])
        if operation.kind != "action":
            entity.crud[operation.kind].add(operation.requirement_id)
            _extend_unique(entity.crud_roles[operation.kind], roles)
            continue
        action = entity.actions.get(operation.verb)
        if action is None:
            action = entity.actions[operation.verb] = _new_action(operation.verb)
        action.requirement_ids.add(operation.requirement_id)
        _extend_unique(action.roles, roles)


def _new_action(verb: str) -> ActionDraft:
    name = verb[:_MAX_ACTION_NAME].strip("-")
    if verb in COLLECTION_ACTIONS:
        return ActionDraft(name, humanize(name), COLLECTION_ACTIONS[verb], "collection", None)
    method = "GET" if verb in READ_ONLY_ACTIONS else "POST"
    state = ACTION_STATES.get(verb)
    if state is None and verb.startswith(("mark-", "flag-", "set-")):
        state = verb.split("-", 1)[1].replace("-", "_")
    return ActionDraft(name, humanize(name), method, "instance", state)


def _extend_unique(target: list[str], items: list[str]) -> None:
    target.extend(item for item in items if item not in target)


_NAMING_TYPES = frozenset({"string", "text", "email", "phone", "url", "enum", "date", "datetime", "time"})


def finish_fields(model: DomainModel, options: DesignOptions, role_names: set[str]) -> None:
    """Keys, foreign keys, a status for state-changing actions, a name when nothing else, timestamps."""
    for entity in model.entities.values():
        attributes = dict(entity.fields)
        fields: dict[str, FieldDraft] = {
            "id": FieldDraft(name="id", label="ID", type=options.id_type, unique=True, key="PK")
        }
        fields.update(attributes)
        for kind, target, name_of_relation in model.relations_of(entity.name):
            fields.pop(name_of_relation, None)  # the relation replaces a plain field of that name
            if kind == "many_to_one":
                key = foreign_key_name(target, options.max_identifier_length)
                fields[key] = FieldDraft(name=key, label=f"{model.entities[target].label}", type=options.id_type)
                fields[key].key = "FK"
        _add_states(entity, fields)
        if not any(field.type in _NAMING_TYPES for field in attributes.values()):
            # a record people can tell apart in a list: "accepts marketing" alone names nobody
            fields["name"] = FieldDraft(name="name", label="Name", type="string")
        if "email" in fields and snake_of(entity.name) in role_names:
            fields["email"].unique = True  # people who sign in are found by e-mail
        for field in fields.values():
            if field.unique and not field.key:
                field.key = "UK"
        if options.timestamps:
            fields["created_at"] = FieldDraft(name="created_at", label="Created at", type="datetime")
            fields["updated_at"] = FieldDraft(name="updated_at", label="Updated at", type="datetime")
        entity.fields = fields


def _add_states(entity: EntityDraft, fields: dict[str, FieldDraft]) -> None:
    states = [action.state for action in entity.actions.values() if action.state]
    if not states:
        return
    status = fields.get("status")
    if status is None:
        status = fields["status"] = FieldDraft(name="status", label="Status", type="enum", values=[DEFAULT_STATE])
    status.type = "enum"
    if not status.values:
        status.values.append(DEFAULT_STATE)
    for state in states:
        if state not in status.values:
            status.values.append(state)
