"""``design()``: requirements in, a traceable ``Design`` out. Offline and deterministic."""

from __future__ import annotations

import re

from autoagi.engine.artifacts import (
    Deadline,
    Decision,
    Design,
    Endpoint,
    Entity,
    Field_,
    Page,
    Relation,
    Requirement,
)
from autoagi.engine.design.consent import consent_facts
from autoagi.engine.design.deadlines import apply_deadlines, find_deadlines
from autoagi.engine.design.decisions import (
    DecisionDraft,
    architecture_decision,
    constraint_decision,
    integration_decision,
    out_of_scope_decision,
    quality_decisions,
)
from autoagi.engine.design.diagrams.container import container_diagram
from autoagi.engine.design.diagrams.er import er_diagram
from autoagi.engine.design.diagrams.sequence import sequence_diagram
from autoagi.engine.design.domain_model import (
    DomainModel,
    add_attributes,
    add_operations,
    combine_relations,
    finish_fields,
)
from autoagi.engine.design.endpoints import EndpointDraft, auth_endpoints, entity_endpoints
from autoagi.engine.design.entity_inference import ACTIVITY_RECORDS, activity_records, inferred_entities
from autoagi.engine.design.entity_names import read_entry
from autoagi.engine.design.externals import find_external_systems
from autoagi.engine.design.flows import main_flows
from autoagi.engine.design.lexicon import AUTH_PHRASES, AUTH_WORDS, DASHBOARD_WORDS
from autoagi.engine.design.messages import message_facts
from autoagi.engine.design.model import ExternalSystem
from autoagi.engine.design.operations import Operation, find_operations, objectless_actions
from autoagi.engine.design.options import DesignOptions
from autoagi.engine.design.pages import (
    PageDraft,
    auth_pages,
    dashboard_page,
    entity_pages,
    named_pages,
    role_dashboard_page,
)
from autoagi.engine.design.roles import RoleDraft, derive_roles, role_of
from autoagi.engine.design.statements import AttributeFact, RelationFact, extract_facts
from autoagi.engine.design.text import fold, natural_key, sentences, sorted_ids, tokens
from autoagi.engine.design.vocabulary import EntityVocabulary

_OWN_RE = re.compile(r"\b(?:their|his|her|my)\s+own\b")


def design(requirements: list[Requirement], options: DesignOptions | None = None) -> Design:
    options = options or DesignOptions()
    length = options.max_identifier_length
    ordered = _ordered(requirements)
    in_scope = [item for item in ordered if options.include_wont or item.priority != "wont"]
    in_scope_ids = {item.id for item in in_scope}
    deferred = [item for item in ordered if item.id not in in_scope_ids]

    roles = derive_roles(in_scope, length)
    roles_by_requirement = {item.id: _role_names(item, length) for item in in_scope}
    vocabulary, listed_attributes = _vocabulary(in_scope, length)
    activities = _activity_operations(in_scope, vocabulary)
    model = _domain_model(
        in_scope, vocabulary, listed_attributes, activities, roles_by_requirement, options, set(roles)
    )
    externals = find_external_systems(in_scope)

    # First what the domain answers; quality rules then cover functional requirements it did not.
    endpoints = entity_endpoints(model)
    pages = entity_pages(list(model.entities.values())) + named_pages(in_scope)
    core_answered = _cited(endpoints, pages) | _entity_ids(model)
    quality = quality_decisions(in_scope, core_answered, list(roles))
    front_pages, sign_in_endpoints = _navigation(
        in_scope, roles, roles_by_requirement, vocabulary, model, core_answered
    )
    operational_endpoints, operational_pages = _from_decisions(quality)
    all_endpoints = _unique_endpoints(sign_in_endpoints + endpoints + operational_endpoints)
    all_pages = _unique_pages(front_pages + pages + operational_pages)

    answered = _cited(all_endpoints, all_pages) | _entity_ids(model) | _decision_ids(quality)
    functional = {item.id for item in in_scope if item.kind == "functional"}
    architecture = architecture_decision(
        [entity.label for entity in model.entities.values()],
        [role.label for role in roles.values()],
        functional & answered,
    )
    extras = [integration_decision(externals), constraint_decision(in_scope), out_of_scope_decision(deferred)]
    # The frame answers the functional requirements; with none answered it has nothing to cite.
    framing = [architecture] if architecture.requirement_ids else []
    decisions = [*framing, *quality, *(draft for draft in extras if draft is not None)]
    answered |= _decision_ids(decisions)

    return Design(
        entities=[_entity_artifact(model, name) for name in model.entities],
        roles=list(roles),
        endpoints=[_endpoint_artifact(item) for item in all_endpoints],
        pages=[_page_artifact(item) for item in all_pages],
        decisions=[_decision_artifact(item) for item in decisions],
        diagrams=_diagrams(model, roles, externals, options),
        unanswered_requirement_ids=[item.id for item in ordered if item.id not in answered],
    )


def _navigation(
    requirements: list[Requirement],
    roles: dict[str, RoleDraft],
    roles_by_requirement: dict[str, list[str]],
    vocabulary: EntityVocabulary,
    model: DomainModel,
    core_answered: set[str],
) -> tuple[list[PageDraft], list[EndpointDraft]]:
    """Dashboard, sign-in pages and endpoints, one dashboard per role when there are several.

    They cite the requirements that ask for them by name ("log in", "dashboard") and, for the
    rest, only requirements the domain already answers, so they never hide an unanswered one.
    """
    auth_ids = _mentioning(requirements, AUTH_WORDS, AUTH_PHRASES, vocabulary)
    dashboard_ids = _mentioning(requirements, DASHBOARD_WORDS, (), vocabulary)
    functional = {item.id for item in requirements if item.kind == "functional"}
    pages: list[PageDraft] = []
    endpoints: list[EndpointDraft] = []
    if model.entities or dashboard_ids:
        pages.append(dashboard_page(dashboard_ids | (functional & core_answered)))
    if roles or auth_ids:
        role_bearing = {item.id for item in requirements if roles_by_requirement[item.id]}
        sign_in_ids = (auth_ids | (role_bearing & core_answered)) or role_bearing
        pages += auth_pages(sign_in_ids)
        endpoints += auth_endpoints(sign_in_ids)
    if len(roles) >= 2:
        for role in roles.values():
            own = role.requirement_ids & (core_answered | dashboard_ids)
            pages.append(role_dashboard_page(role.name, role.label, own or role.requirement_ids))
    return pages, endpoints


def _diagrams(
    model: DomainModel, roles: dict[str, RoleDraft], externals: list[ExternalSystem], options: DesignOptions
) -> dict[str, str]:
    diagrams = {
        "container": container_diagram(options.system_name, list(roles.values()), externals),
        "er": er_diagram(model),
    }
    for flow in main_flows(list(model.entities.values()), roles, externals, options.max_sequence_flows):
        diagrams[f"sequence_{flow.name}"] = sequence_diagram(flow)
    return diagrams


def _ordered(requirements: list[Requirement]) -> list[Requirement]:
    """By id in natural order, first of any duplicate id kept: input order then does not matter."""
    unique: dict[str, Requirement] = {}
    for requirement in requirements:
        unique.setdefault(requirement.id, requirement)
    return sorted(unique.values(), key=lambda item: natural_key(item.id))


def _role_names(requirement: Requirement, length: int) -> list[str]:
    names = []
    for actor in requirement.actors:
        found = role_of(actor, length)
        if found and found[0] not in names:
            names.append(found[0])
    return names


def _vocabulary(requirements: list[Requirement], length: int) -> tuple[EntityVocabulary, list[AttributeFact]]:
    """Entities named by functional requirements (quality requirements shape decisions, not data),
    and the attributes the analysis listed as ``entity.attribute``."""
    vocabulary = EntityVocabulary(length)
    listed_attributes: list[AttributeFact] = []
    functional = [requirement for requirement in requirements if requirement.kind == "functional"]
    for requirement in functional:
        for raw in requirement.entities:
            entry = read_entry(raw, requirement.actors)
            name = vocabulary.add(entry.name, requirement.id) if entry else None
            if name and entry.attribute:
                listed_attributes.append(AttributeFact(name, tuple(entry.attribute.split()), requirement.id))
    for requirement in functional:
        if not requirement.entities:
            for raw in inferred_entities(requirement.statement):
                vocabulary.add(raw, requirement.id)
    for requirement in functional:  # "each customer can have many pets" makes Pet an entity
        extract_facts(requirement.statement, requirement.id, vocabulary, promote=True)
    for requirement in functional:  # "reminders by SMS": each reminder sent is a record
        for fact in message_facts(requirement.statement, requirement.id):
            vocabulary.add(fact.message, requirement.id)
    for requirement in functional:
        # "clients can say no to marketing": the client's record holds the choice;
        # "a vet blocks time in their own diary": each vet has a diary, so vets are records too
        if requirement.actors and (
            consent_facts(requirement.statement, requirement.id)
            or (requirement.entities and _OWN_RE.search(fold(requirement.statement)))
        ):
            vocabulary.add(requirement.actors[0], requirement.id)
    for requirement in requirements:
        if requirement.kind == "functional":
            continue
        # "owners register with a name, e-mail address and mobile number", however it was classed,
        # says what an owner's record holds; it adds fields to entities, never entities
        for raw in requirement.entities:
            entry = read_entry(raw, requirement.actors)
            name = vocabulary.lookup(entry.name) if entry and entry.attribute else None
            if name:
                listed_attributes.append(AttributeFact(name, tuple(entry.attribute.split()), requirement.id))
    return vocabulary, listed_attributes


def _activity_operations(requirements: list[Requirement], vocabulary: EntityVocabulary) -> list[Operation]:
    """ "Clients should be able to book": they create the record booking leaves, which is what other
    requirements book ("book an appointment") when they agree on one, else a Booking."""
    functional = [item for item in requirements if item.kind == "functional"]
    found = {item.id: activity_records(item.statement) for item in functional}
    objects: dict[str, set[str]] = {}
    for pairs in found.values():
        for verb, heads in pairs:
            objects.setdefault(verb, set()).update(filter(None, map(vocabulary.lookup, heads)))
    operations = []
    for requirement in functional:
        for verb, heads in found[requirement.id]:
            if any(vocabulary.lookup(head) for head in heads):
                continue  # an object the domain knows: ``find_operations`` reads it
            known = objects.get(verb, set())
            target = next(iter(known)) if len(known) == 1 else None
            target = target or vocabulary.add(ACTIVITY_RECORDS[verb], requirement.id)
            if target:
                vocabulary.entities[target].requirement_ids.add(requirement.id)
                operations.append(Operation(target, "create", verb, requirement.id))
    return operations


def _actor_entity(requirement: Requirement, vocabulary: EntityVocabulary) -> str | None:
    """The entity the requirement's only actor is ("customers" → Customer), if there is one."""
    found = {vocabulary.lookup(actor) for actor in requirement.actors} - {None}
    return found.pop() if len(found) == 1 else None


def _domain_model(
    requirements: list[Requirement],
    vocabulary: EntityVocabulary,
    listed_attributes: list[AttributeFact],
    activities: list[Operation],
    roles_by_requirement: dict[str, list[str]],
    options: DesignOptions,
    role_names: set[str],
) -> DomainModel:
    entities = vocabulary.entities
    attribute_facts, relation_facts, operations = list(listed_attributes), [], list(activities)
    activity_targets = {operation.entity for operation in activities}
    for requirement in requirements:
        owner = _actor_entity(requirement, vocabulary)
        facts = extract_facts(requirement.statement, requirement.id, vocabulary, promote=False, actor_entity=owner)
        attribute_facts += facts.attributes
        relation_facts += facts.relations
        # "clients should be able to book": each booking is a client's
        relation_facts += [
            RelationFact(one=owner, many=activity.entity, requirement_id=requirement.id)
            for activity in activities
            if owner and activity.requirement_id == requirement.id and activity.entity != owner
        ]
        if requirement.kind == "functional":
            attribute_facts += [
                AttributeFact(entity, ("channel",), requirement.id, values=fact.channels)
                for fact in message_facts(requirement.statement, requirement.id)
                if (entity := vocabulary.lookup(fact.message))
            ]
        if owner and requirement.kind == "functional":
            attribute_facts += [
                AttributeFact(owner, consent.field_words, requirement.id, required=False)
                for consent in consent_facts(requirement.statement, requirement.id)
            ]
        found = find_operations(requirement.statement, requirement.id, vocabulary, requirement.actors)
        operations += found
        if requirement.kind == "functional" and len(activity_targets) == 1:
            operations += objectless_actions(requirement.statement, requirement.id, found, *activity_targets)
        if requirement.kind != "functional":
            continue  # quality requirements shape decisions, not which data exists
        for sentence in sentences(fold(requirement.statement)):
            for mention in vocabulary.mentions(tokens(sentence)):
                entities[mention.entity].requirement_ids.add(requirement.id)
    model = DomainModel(dict(entities), combine_relations(relation_facts, entities), options.max_identifier_length)
    for relationship in model.relationships:
        for name in (relationship.one, relationship.many):
            entities[name].requirement_ids |= relationship.requirement_ids
    functional = {requirement.id for requirement in requirements if requirement.kind == "functional"}
    add_attributes(entities, attribute_facts, options.max_identifier_length, functional)
    add_operations(entities, operations, roles_by_requirement, functional)
    apply_deadlines(entities, *find_deadlines(requirements))
    if not options.keep_unsupported_entities:
        _drop_unsupported(model, vocabulary.unreadable)
    finish_fields(model, options, role_names)
    return model


def _drop_unsupported(model: DomainModel, unreadable: set[str]) -> None:
    """Drop entities one requirement names in passing, with no attribute, relation or operation:
    on automatically extracted input they are mostly noise ("a haircut", "the window"). Names with
    no ASCII words are kept: no statement could be searched for support."""
    related = {name for relationship in model.relationships for name in (relationship.one, relationship.many)}
    for name, entity in list(model.entities.items()):
        supported = entity.fields or entity.actions or any(entity.crud.values()) or name in related
        if not supported and len(entity.requirement_ids) < 2 and name not in unreadable:
            del model.entities[name]


def _mentioning(
    requirements: list[Requirement],
    words: frozenset[str],
    phrases: tuple[tuple[str, str], ...],
    vocabulary: EntityVocabulary,
) -> set[str]:
    """Requirements using one of ``words`` or ``phrases``, not as part of an entity's name ("account")."""
    found = set()
    for requirement in requirements:
        for sentence in sentences(fold(f"{requirement.title}. {requirement.statement}")):
            sentence_tokens = tokens(sentence)
            covered = {
                index for mention in vocabulary.mentions(sentence_tokens) for index in range(mention.start, mention.end)
            }
            pairs = set(zip(sentence_tokens, sentence_tokens[1:], strict=False))
            if pairs & set(phrases) or any(
                word in words and index not in covered for index, word in enumerate(sentence_tokens)
            ):
                found.add(requirement.id)
    return found


def _from_decisions(decisions: list[DecisionDraft]) -> tuple[list[EndpointDraft], list[PageDraft]]:
    endpoints, pages = [], []
    for decision in decisions:
        endpoints += [
            EndpointDraft(method, path, summary, set(decision.requirement_ids))
            for method, path, summary in decision.endpoints
        ]
        pages += [PageDraft(name, route, set(decision.requirement_ids)) for name, route in decision.pages]
    return endpoints, pages


def _cited(endpoints: list[EndpointDraft], pages: list[PageDraft]) -> set[str]:
    return set().union(*(item.requirement_ids for item in [*endpoints, *pages]))


def _entity_ids(model: DomainModel) -> set[str]:
    return set().union(*(entity.requirement_ids for entity in model.entities.values()))


def _decision_ids(decisions: list[DecisionDraft]) -> set[str]:
    return set().union(*(decision.requirement_ids for decision in decisions))


def _unique_pages(pages: list[PageDraft]) -> list[PageDraft]:
    """One page per route; a later duplicate adds its requirements to the first."""
    unique: dict[str, PageDraft] = {}
    for page in pages:
        if page.route in unique:
            unique[page.route].requirement_ids |= page.requirement_ids
        else:
            unique[page.route] = page
    return list(unique.values())


def _unique_endpoints(endpoints: list[EndpointDraft]) -> list[EndpointDraft]:
    """One endpoint per method and path; a later duplicate adds its requirements to the first."""
    unique: dict[tuple[str, str], EndpointDraft] = {}
    for endpoint in endpoints:
        key = (endpoint.method, endpoint.path)
        if key in unique:
            unique[key].requirement_ids |= endpoint.requirement_ids
        else:
            unique[key] = endpoint
    return list(unique.values())


def _entity_artifact(model: DomainModel, name: str) -> Entity:
    entity = model.entities[name]
    return Entity(
        name=entity.name,
        fields=[
            Field_(name=field.name, type=field.type, required=field.required, unique=field.unique)
            for field in entity.fields.values()
        ],
        relations=[
            Relation(kind=kind, target=target, name=relation) for kind, target, relation in model.relations_of(name)
        ],
        requirement_ids=sorted_ids(entity.requirement_ids),
    )


def _page_artifact(page: PageDraft) -> Page:
    return Page(name=page.name, route=page.route, requirement_ids=sorted_ids(page.requirement_ids))


def _endpoint_artifact(endpoint: EndpointDraft) -> Endpoint:
    return Endpoint(
        method=endpoint.method,
        path=endpoint.path,
        summary=endpoint.summary,
        requirement_ids=sorted_ids(endpoint.requirement_ids),
        deadline=Deadline(field=endpoint.deadline[0], hours_before=endpoint.deadline[1]) if endpoint.deadline else None,
    )


def _decision_artifact(decision: DecisionDraft) -> Decision:
    return Decision(
        title=decision.title,
        context=decision.context,
        decision=decision.decision,
        consequences=decision.consequences,
        requirement_ids=sorted_ids(decision.requirement_ids),
    )
