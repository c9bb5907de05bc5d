"""Attributes listed in brackets, after a colon or after "with", tied to the thing they describe.

"each pet (name, species, breed and date of birth)", "the owner's contact details (phone,
e-mail)", "owner details: name, address, phone number", "add a pet with its name, species and,
optionally, its microchip number", "let an owner register with a name and e-mail address"
→ ``pet.name``, ``owner.phone``, ...
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
_LAST_WORD_RE = re.compile(r"([A-Za-z][\w-]*)\s+$")
_ITEMS_RE = re.compile(r"\s+([^.;:()]{3,300})")
_WITH_WORD_RE = re.compile(r"\b(?:with|has|have|contains?|includes?|consists\s+of|stores?|records?)\b")
# "let an owner register with ...": the one registering is the owner of what is listed
_LET_ACTOR_RE = re.compile(r"\b(?:let|lets|allow|allows|enable|enables)\s+(?:an?|the)\s+(?P<actor>[A-Za-z][\w-]*)\s+$")
SIGN_UP_VERBS = frozenset(
    ["register", "registers", "sign", "signs", "enrol", "enrols", "enroll", "enrolls", "subscribe", "subscribes"]
)
_LEADING_FILLERS = frozenset(["optionally", "also", "possibly", "ideally", "its", "their", "his", "her"])
_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\b\s*,?\s*|\s*/\s*")
_EXAMPLES_RE = re.compile(r"^(?:e\.?\s?g\.?|i\.?\s?e\.?|for\s+example|such\s+as|like)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListedAttribute:
    owner: str  # "pet"
    attribute: str  # "date_of_birth"
    owner_phrase: str  # the words before the list, as written ("pet details")


def listed_attributes(statement: str, attribute_words: frozenset[str]) -> list[ListedAttribute]:
    found: list[ListedAttribute] = []
    for pattern, needs_detail_noun, mark in ((_BRACKET_RE, False, "("), (_COLON_RE, True, ":")):
        if mark not in statement:
            continue  # the regular expression would try every word as an owner to learn that
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
    found += _with_lists(statement, attribute_words)
    return found


def _with_lists(statement: str, attribute_words: frozenset[str]) -> list[ListedAttribute]:
    found: list[ListedAttribute] = []
    for match in _WITH_WORD_RE.finditer(statement):
        # the word right before: a short window keeps long statements linear
        window = statement[max(0, match.start() - 80) : match.start()]
        before, after = _LAST_WORD_RE.search(window), _ITEMS_RE.match(statement, match.end())
        if before is None or after is None:
            continue
        owner = before.group(1).lower()
        if owner in SIGN_UP_VERBS:
            actor = _LET_ACTOR_RE.search(window[: before.start()])
            if actor is None:
                continue
            owner = actor.group("actor").lower()
        if owner in DETERMINERS or owner in FUNCTION_WORDS or owner in PRONOUNS or owner in SYSTEM_NOUNS:
            continue
        items = _leading_items(after.group(1))
        attribute_like = sum(1 for item in items if _head(item) in attribute_words)
        if len(items) >= 2 and attribute_like * 2 >= len(items):
            owner = singular(owner)
            found += [ListedAttribute(owner, item.replace(" ", "_"), owner) for item in items]
    return found


def _leading_items(text: str) -> list[str]:
    """The list at the start of ``text``, up to the first part that is prose, not a name."""
    items: list[str] = []
    for raw in _SPLIT_RE.split(text.strip()):
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", raw)]
        words = [w for w in words if w not in DETERMINERS and w not in _LEADING_FILLERS]
        if not words:
            continue  # ", optionally," alone
        if len(words) > 3 or any(w in FUNCTION_WORDS for w in words if w != "of") or re.search(r"\d", raw):
            break
        items.append(" ".join(words))
    return items


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
