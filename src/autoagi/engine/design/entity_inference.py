"""Entities for requirements that name none: the object of a data verb ("book an appointment")."""

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


def inferred_entities(statement: str) -> list[str]:
    found: list[str] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        for index, word in enumerate(words):
            if word not in MODAL_TRIGGERS:
                continue
            position = index + 1
            while position < len(words) and words[position] in VERB_FILLERS:
                position += 1
            if position >= len(words) or lemma(words[position]) not in _DATA_VERBS:
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
        if word in PHRASE_BREAKERS or word in LIST_SEPARATORS or not word[0].isalpha():
            break
        head = word
    if head is None or len(head) < 3 or head in _NOT_RECORDS or lemma(head) in _DATA_VERBS:
        return None
    return head
