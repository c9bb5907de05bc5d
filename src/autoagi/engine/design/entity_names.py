"""Reading the analysis engine's ``entities`` entries: names, ``entity.attribute`` pairs, noise.

Entries come from automatic extraction and can be noisy ("ana said", "owner book appointment",
"it's half"); a name is kept only if it reads like a noun phrase for a thing a system stores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.design.field_types import infer_field_type
from autoagi.engine.design.inflection import singularize
from autoagi.engine.design.lexicon import KNOWN_VERBS, MANAGE_VERBS
from autoagi.engine.design.text import fold, tokens, word_set

MAX_ENTITY_WORDS = 4
_CONTRACTION = re.compile(r"[a-z]'(?:s|t|d|ll|re|ve|m)\b")
# Words that never name stored data on their own or inside a name: pronouns, function words,
# verbs of speech and perception, vague adjectives and times of day.
_NOISE_WORDS = word_set(
    """
    i we you he she it they them us me my our your his her its their this that these those there here
    whatever wherever whoever whichever someone somebody something anything everything everyone anyone
    said say says told tell got get gets ask asked know knows hear bring hurt live use used mean means
    doing done think want wants like need needs go goes gone come talk wait ring call see look make
    take give put let allow enable provide support ensure prevent refuse keep stop
    big small fine well right wrong due available measured once other others later soon now today
    tomorrow tonight night evening morning weekend always never really real free new old good bad
    nice easy quick fast slow simple thing things lot lots way idea kind sort part
    one two three four five six seven eight nine ten eleven twelve twenty hundred thousand
    """
)
# Single words that name an attribute of something rather than a thing ("name", "email", "length").
_ATTRIBUTE_WORDS = word_set("name title code number label reference birth species status state")
# Types of values, not of things; "category" (enum) or "comment" (text) may well be entities.
_SCALAR_TYPES = frozenset({"email", "phone", "date", "datetime", "time", "decimal", "integer", "boolean", "uuid"})
_SCREEN_PARTS = word_set("page pages screen screens button buttons tab tabs banner popup pop-up dialog")
_SINGLE_WORD_VERBS = word_set("register add delete cancel view start change edit update remove open close")


@dataclass(frozen=True)
class EntityEntry:
    name: str  # the entity phrase, lower-case words
    attribute: str | None  # "e-mail address" for "owner.e-mail_address"


def read_entry(raw: str, actors: list[str]) -> EntityEntry | None:
    """One entry of ``Requirement.entities``; ``None`` when it does not read as an entity."""
    owner, _, attribute = raw.partition(".")
    attribute_words = [word for word in tokens(fold(attribute.replace("_", " "))) if word[0].isalnum()]
    attribute_text = " ".join(attribute_words) if attribute_words else None
    if _CONTRACTION.search(fold(owner)):
        return None  # "don't", "it's half", "pet's booster": a clause or a possessive, not a name
    words = [word for word in tokens(fold(owner.replace("_", " "))) if word[0].isalnum()]
    if not words:
        # No ASCII words ("用户"): nothing to judge by; keep it, the identifier gets a stable hash.
        return EntityEntry(owner.strip(), attribute_text) if any(c.isalpha() for c in owner) else None
    kept = _without_actor_and_verb(words, actors)
    if not _plausible(kept):
        return None
    # Keep the client's own spelling (accents, capitals) for the label unless words were dropped.
    return EntityEntry(owner.strip() if kept == words else " ".join(kept), attribute_text)


def _without_actor_and_verb(words: list[str], actors: list[str]) -> list[str]:
    """ "owner book appointment" → "appointment": an extraction that swallowed subject and verb."""
    heads = {singularize(tokens(fold(actor))[-1]) for actor in actors if tokens(fold(actor))} | {"owner", "user"}
    if len(words) >= 2 and singularize(words[0]) in heads and (words[1] in KNOWN_VERBS | MANAGE_VERBS):
        return words[2:]
    return words


def _plausible(words: list[str]) -> bool:
    if not words or len(words) > MAX_ENTITY_WORDS:
        return False
    if any(word in _NOISE_WORDS or "'" in word for word in words):
        return False
    if len(words) == 1 and (words[0] in _SINGLE_WORD_VERBS or _is_attribute_word(words[0])):
        return False
    last = words[-1]
    if last in _SCREEN_PARTS:
        return False  # "timetable page", "book now button": a part of the screens, not stored data
    return not (last.endswith("ed") and not last.endswith("eed") and len(last) > 4)  # "priya reminded"


def _is_attribute_word(word: str) -> bool:
    return word in _ATTRIBUTE_WORDS or infer_field_type(word) in _SCALAR_TYPES
