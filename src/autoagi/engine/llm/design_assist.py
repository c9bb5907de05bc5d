"""A model reads the requirements as a data modeller would; the deterministic engine designs.

The model does not write the design. It annotates each requirement with the actors and the domain
entities and attributes it implies (``"appointment"``, ``"appointment.start_time"``); the offline
design engine then derives entities, API, pages, ADRs and diagrams from the annotated
requirements, so every element still cites requirement ids that exist, names stay safe
identifiers, and the same validation decides what the user sees. Annotations for unknown ids are
dropped; the engine's own annotations are kept (the model only adds).
"""

from __future__ import annotations

import json
import re

from pydantic import BaseModel, ConfigDict, Field

from autoagi.engine.artifacts import Requirement
from autoagi.engine.llm.provider import LLMProvider, LLMTask

MAX_NAMES = 30
_NAME = re.compile(r"^[\w .'-]{1,80}$")

DESIGN_SYSTEM_PROMPT = """\
You are a senior software architect preparing a data model. For each requirement the user sends, \
list the roles that act in it ("actors": e.g. "receptionist", "pet owner") and the domain entities \
it involves with their attributes ("entities"): write an entity as a singular lower-case noun \
("appointment") and an attribute as "entity.attribute" in snake_case ("appointment.start_time"). \
Only name what the requirement states or clearly implies; never invent features. Use the \
requirement ids exactly as given. Answer with JSON only."""


class RequirementAnnotation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    actors: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)


class DesignAnnotations(BaseModel):
    model_config = ConfigDict(extra="ignore")

    requirements: list[RequirementAnnotation]


def _clean(names: list[str]) -> list[str]:
    kept = []
    for name in names[:MAX_NAMES]:
        name = " ".join(name.split()).lower()
        if _NAME.match(name) and name not in kept:
            kept.append(name)
    return kept


def _prompt(requirements: list[Requirement]) -> str:
    items = [{"id": r.id, "kind": r.kind, "statement": r.statement} for r in requirements]
    return "Requirements:\n" + json.dumps(items, ensure_ascii=False, indent=1)


def annotate_requirements(requirements: list[Requirement], provider: LLMProvider) -> list[Requirement]:
    """The requirements with the model's actors and entities added; raises the provider's LLMError."""
    if not requirements:
        return []
    task = LLMTask(DESIGN_SYSTEM_PROMPT, _prompt(requirements), DesignAnnotations, name="design_annotations")
    answer = provider.complete(task).output
    by_id = {item.id: item for item in answer.requirements}
    annotated = []
    for requirement in requirements:
        extra = by_id.get(requirement.id)
        if extra is None:
            annotated.append(requirement)
            continue
        actors = requirement.actors + [a for a in _clean(extra.actors) if a not in requirement.actors]
        entities = requirement.entities + [e for e in _clean(extra.entities) if e not in requirement.entities]
        annotated.append(requirement.model_copy(update={"actors": actors, "entities": entities}))
    return annotated
