"""Attributes listed in brackets or after a colon, tied to the thing they describe.

"each pet (name, species, breed and date of birth)", "the owner's contact details (phone,
e-mail)", "owner details: name, address, phone number" → ``pet.name``, ``owner.phone``, ...
A bracket after a status or a type lists values, not attributes ("a status (requested or
cancelled)"), and a list counts only when it reads as attributes: after a word such as
"details", or when most of its items are attribute words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis.words import DETERMINERS, FUNCTION_WORDS, PRONOUNS, SYSTEM_NOUNS, singular

DETAIL_NOUNS = frozenset(
    [
        "details",
        "detail",
        "information",
        "info",
        "data",
        "record",
        "records",
        "fields",
        "profile",
        "contact",
        "particulars",
    ]
)
_VALUE_HEADS = frozenset(["status", "state", "type", "category", "kind", "level", "priority", "stage", "role"])
_OWNER = r"(?P<owner>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})"
_BRACKET_RE = re.compile(_OWNER + r"\s*\((?P<items>[^()]{2,200})\)")
_COLON_RE = re.compile(_OWNER + r"\s*:\s*(?P<items>[^.;:()]{2,200})")
_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*")
_EXAMPLES_RE = re.compile(r"^(?:e\.?\s?g\.?|i\.?\s?e\.?|for\s+example|such\s+as|like)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListedAttribute:
    owner: str  # "pet"
    attribute: str  # "date_of_birth"
    owner_phrase: str  # the words before the list, as written ("pet details")


def listed_attributes(statement: str, attribute_words: frozenset[str]) -> list[ListedAttribute]:
    found: list[ListedAttribute] = []
    for pattern, needs_detail_noun in ((_BRACKET_RE, False), (_COLON_RE, True)):
        for match in pattern.finditer(statement):
            owner_words = _owner_words(match.group("owner"))
            if not owner_words:
                continue
            has_detail_noun = owner_words[-1].lower() in DETAIL_NOUNS
            head_words = [w for w in owner_words if w.lower() not in DETAIL_NOUNS]
            if not head_words or head_words[-1].lower() in _VALUE_HEADS:
                continue
            items = _items(match.group("items"))
            if not items:
                continue
            attribute_like = sum(1 for item in items if _head(item) in attribute_words)
            if not has_detail_noun and (needs_detail_noun or attribute_like * 2 < len(items)):
                continue
            owner = singular(_strip_possessive(head_words[-1])).lower()
            for item in items:
                found.append(ListedAttribute(owner, item.replace(" ", "_"), " ".join(owner_words).lower()))
    return found


def _owner_words(phrase: str) -> list[str]:
    """The noun phrase right before the list: "each pet" → ["pet"]; stops at verbs and articles."""
    words = phrase.split()
    kept: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        if lowered in DETERMINERS or lowered in FUNCTION_WORDS or lowered in PRONOUNS or lowered in SYSTEM_NOUNS:
            break
        kept.insert(0, word)
    return kept


def _head(item: str) -> str:
    """ "date of birth" → "date", "phone number" → "number"."""
    return item.split(" of ")[0].split()[-1]


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def _items(text: str) -> list[str]:
    if _EXAMPLES_RE.match(text.strip()) or re.search(r"\d", text):
        return []  # examples or values ("9:00 to 12:30"), not a list of attributes
    items = []
    for raw in _SPLIT_RE.split(text.strip().rstrip(",")):
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", raw) if w.lower() not in DETERMINERS]
        if not words or len(words) > 3 or any(w in FUNCTION_WORDS for w in words if w != "of"):
            return []  # prose in brackets, not a list
        items.append(" ".join(words))
    return items if len(items) >= 2 else []
