"""Entities for requirements that name none: the object of a data verb ("book an appointment"),
or the record an activity leaves when it has no object ("clients should be able to book")."""

from __future__ import annotations

from autoagi.engine.design.lexicon import (
    CRUD_VERBS,
    DETERMINERS,
    LIST_SEPARATORS,
    MANAGE_VERBS,
    MODAL_TRIGGERS,
    NON_DOMAIN_NOUNS,
    PHRASE_BREAKERS,
    VERB_FILLERS,
)
from autoagi.engine.design.operations import lemma
from autoagi.engine.design.text import fold, sentences, tokens, word_set

_DATA_VERBS = frozenset().union(*CRUD_VERBS.values()) | MANAGE_VERBS
# Objects of data verbs that are parts of the software or abstract, not records.
_NOT_RECORDS = NON_DOMAIN_NOUNS | word_set(
    """
    password passwords dashboard dashboards home homepage login availability status list lists details
    settings preferences language languages time date way option options history overview it them
    everything anything something
    """
)
# Adverbs that end an object phrase ("book check-ups online"); never records themselves.
_ADVERBS = word_set(
    """
    online offline now today here there again ahead directly themselves himself herself yourself
    ourselves easily quickly instantly anytime anywhere
    """
)


# Activities whose doing creates a record of that name, when no object says what is booked.
ACTIVITY_RECORDS = {
    "book": "booking",
    "reserve": "reservation",
    "order": "order",
    "apply": "application",
    "enrol": "enrolment",
    "enroll": "enrollment",
    "donate": "donation",
    "complain": "complaint",
}


def activity_records(statement: str) -> list[tuple[str, list[str]]]:
    """(verb, objects) for each activity verb a modal introduces: ("book", []) for "clients should
    be able to book the way they book a haircut", ("book", ["vaccinations", "check-ups"]) for "book
    vaccinations and check-ups"."""
    found: list[tuple[str, list[str]]] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        for position in _modal_verbs(words):
            verb = lemma(words[position])
            if verb in ACTIVITY_RECORDS:
                found.append((verb, _coordinated_heads(words, position + 1)))
    return found


def _coordinated_heads(words: list[str], position: int) -> list[str]:
    """The heads of "vaccinations, check-ups and dental cleans" (the first alone when not a list)."""
    heads = []
    while len(heads) < 4:
        head = _object_head(words, position)
        if head is None:
            break
        heads.append(head)
        following = words.index(head, position) + 1
        if following >= len(words) or words[following] not in LIST_SEPARATORS:
            break
        position = following + 1
    return heads


def _modal_verbs(words: list[str]) -> list[int]:
    """Positions of the verbs modals introduce ("should be able to *book*")."""
    positions = []
    for index, word in enumerate(words):
        if word not in MODAL_TRIGGERS:
            continue
        position = index + 1
        while position < len(words) and words[position] in VERB_FILLERS:
            position += 1
        if position < len(words):
            positions.append(position)
    return positions


def inferred_entities(statement: str) -> list[str]:
    found: list[str] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        for position in _modal_verbs(words):
            if lemma(words[position]) not in _DATA_VERBS:
                continue
            head = _object_head(words, position + 1)
            if head and head not in found:
                found.append(head)
    return found


def _object_head(words: list[str], position: int) -> str | None:
    while position < len(words) and words[position] in DETERMINERS:
        position += 1
    head = None
    for word in words[position : position + 3]:
        if word in PHRASE_BREAKERS or word in LIST_SEPARATORS or word in _ADVERBS or not word[0].isalpha():
            break
        head = word
    if head is None or len(head) < 3 or head in _NOT_RECORDS or lemma(head) in _DATA_VERBS:
        return None
    return head
