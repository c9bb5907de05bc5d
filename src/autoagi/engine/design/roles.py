"""Roles from the requirements' actors: people who sign in, not the software itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design.identifiers import role_name, words_of
from autoagi.engine.design.inflection import singularize_phrase
from autoagi.engine.design.labels import singular_label, strip_leading_article
from autoagi.engine.design.lexicon import DETERMINERS, NON_HUMAN_ACTORS, ROLE_QUALIFIERS, ROLE_SYNONYMS


@dataclass
class RoleDraft:
    name: str
    label: str
    requirement_ids: set[str] = field(default_factory=set)


def role_of(actor: str, max_length: int) -> tuple[str, str] | None:
    """(identifier, label) for an actor, or ``None`` for the system, pronouns and blanks."""
    words = words_of(actor)
    while len(words) > 1 and (words[0] in DETERMINERS or words[0] in ROLE_QUALIFIERS):
        words = words[1:]
    phrase = " ".join(singularize_phrase(words))
    if not actor.strip() or (words and all(word in NON_HUMAN_ACTORS for word in words)):
        return None
    phrase = ROLE_SYNONYMS.get(phrase, phrase)
    if phrase in ROLE_SYNONYMS.values():
        return phrase, phrase.capitalize()
    qualified = len(words) < len(words_of(strip_leading_article(actor)))
    label = singular_label(phrase if qualified else strip_leading_article(actor))
    return role_name(actor if not words else phrase, max_length), label


def derive_roles(requirements: list[Requirement], max_length: int) -> dict[str, RoleDraft]:
    roles: dict[str, RoleDraft] = {}
    for requirement in requirements:
        for actor in requirement.actors:
            found = role_of(actor, max_length)
            if found is None:
                continue
            name, label = found
            role = roles.setdefault(name, RoleDraft(name=name, label=label))
            role.requirement_ids.add(requirement.id)
    return roles
