"""Personas a UX team writes ("Sarah, 34 – busy parent" with her goals and frustrations): the goals
are what people like her should be able to do, and what she cannot do today is what they should be
able to do; her other frustrations are reasons."""

from __future__ import annotations

import re

from lemminflect import getInflection

from autoagi.engine.analysis.words import capitalise, is_plural_subject

# "Sarah, 34 – busy parent", "Persona 2: Dev the retired regular", "Amira (practice manager)"
_PERSONA_RE = re.compile(
    r"^\W*(?P<lead>(?i:persona)\s*(?:\d{1,2}|[A-Z])?\s*[:.–—-]\s*)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*"
    r"(?:,\s*(?P<age>\d{2})\s*)?(?:[,:–—-]\s*|\(\s*|\s+the\s+)(?P<what>[a-z][a-z -]{2,40}?)\s*\)?\W*$"
)
# her, his: theirs; she, he: they; "logs her out": them
_PRONOUN_RE = re.compile(r"\b(?P<word>she|he|her|his|him|herself|himself)\b(?P<after>\s+\w+)?", re.I)
_PRODUCTS = frozenset({"app", "site", "website", "system", "portal", "platform", "tool", "project"})
_OBJECT_FOLLOWERS = frozenset(
    {"out", "in", "up", "off", "back", "down", "to", "for", "with", "about", "a", "an", "the"}
)


def persona_role(title: str, under_personas: bool) -> str | None:
    """ "parent" for "Sarah, 34 – busy parent": the role the persona stands for. A name with an age,
    or a heading that says "Persona", or one under a "Personas" heading."""
    said = _PERSONA_RE.match(title.strip())
    if said is None or not (said.group("age") or said.group("lead") or under_personas):
        return None
    words = said.group("what").split()
    role = words[-1].lower() if words and words[-1].isalpha() else None
    return None if role in _PRODUCTS else role


def people_like(role: str) -> str:
    """ "parent" -> "Parents", "Front desk receptionist" -> "Front desk receptionists": everyone in
    the role (a persona's, a use case's actor), said in the plural."""
    words = [word if word.isupper() else word.lower() for word in role.split()]
    if words and not is_plural_subject(" ".join(words)):
        words[-1] = (getInflection(words[-1], tag="NNS") or (words[-1] + "s",))[0]
    return capitalise(" ".join(words))


def as_people(text: str) -> str:
    """ "See if her usual class is full" -> "See if their usual class is full": the persona's words,
    said of everyone like them."""

    def replaced(said: re.Match[str]) -> str:
        word, after = said.group("word"), said.group("after") or ""
        low = word.lower()
        if low in {"she", "he"}:
            new = "they"
        elif low in {"his"} or low == "her" and after and after.strip().lower() not in _OBJECT_FOLLOWERS:
            new = "their"
        elif low in {"herself", "himself"}:
            new = "themselves"
        else:
            new = "them"
        return (new.capitalize() if word[:1].isupper() else new) + after

    return _PRONOUN_RE.sub(replaced, text)
