"""Actors (who acts or benefits) and domain entities (what the requirement is about)."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.attribute_lists import SIGN_UP_VERBS, listed_attributes
from autoagi.engine.analysis.calendar_words import MONTHS, WEEKDAYS
from autoagi.engine.analysis.grammar import MODAL_WORDS, ROLE_WORDS, Phrase, noun_phrases, tokens
from autoagi.engine.analysis.user_story import persona_name
from autoagi.engine.analysis.words import DETERMINERS, FUNCTION_WORDS, PRONOUNS, SYSTEM_NOUNS, singular

_ENABLE_RE = prefilter.compile(
    r"\b(?:allow|allows|enable|enables|let|lets|permit|permits|authori[sz]e|authori[sz]es)\s+"
    r"(?P<who>(?:the\s+|a\s+|an\s+|all\s+|each\s+|every\s+|any\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+to\b",
    re.IGNORECASE,
)
_NOT_ENTITIES = frozenset(
    [
        "other",  # "the others must be told": people, not data
        "behalf",  # "on behalf of a patient": for whom, not a thing
        "best",  # "which products sell best": how, not what
        "most",
        "least",
        "worst",
        "others",
        "ability",
        "way",
        "option",
        "options",
        "possibility",
        "need",
        "needs",
        "time",
        "times",
        "minute",
        "minutes",
        "second",
        "seconds",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "percent",
        "case",
        "cases",
        "type",
        "kind",
        "lot",
        "lots",
        "thing",
        "things",
        "stuff",
        "something",
        "anything",
        "everything",
        "information",
        "use",
        "usage",
        "able",
        "end",
        "start",
        "basis",
        "manner",
        "least",
        "most",
        "part",
        "number",
        "amount",
        "level",
        "degree",
        "fact",
        "reason",
        "purpose",
        "result",
        "results",
        "example",
        "examples",
        "rest",
        "following",
        "point",
        "moment",
        "now",
        "today",
        "tomorrow",
        "ms",
        "sec",
        "s",
        "mb",
        "gb",
        "kb",
        "tb",
        "etc",
        "e.g",
        "i.e",
        "tbd",
        "tbc",
        "requirement",
        "requirements",
        "feature",
        "features",
        "functionality",
        "function",
        "capability",
        "support",
        "access",
        "addition",
        "online",
        *WEEKDAYS,
        *(month for month in MONTHS if month != "may"),  # not "may", which is also a modal verb
        "week",
        "weekend",
        "tomorrow",
        "yesterday",
        "offline",
        "great",
        "fast",
        "quick",
        "easy",
        "simple",
        "intuitive",
        "nice",
        "good",
        "better",
        "user-friendly",
        "friendly",
        "scope",
        "release",
        "phase",
        "spring",
        "summer",
        "autumn",
        "winter",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "midnight",
        "noon",
        "instead",
        "later",
        "go",
        "goes",  # "anything after 2pm goes the next day": a verb read as a noun
        "live",  # "go live before Christmas"
        "christmas",
        "easter",
    ]
)
# Multi-word attribute names that "X of Y" would otherwise read as an attribute of Y.
_FIXED_TERMS_RE = prefilter.compile(
    r"\b(?:date|place|country|city)\s+of\s+birth\b|\bcountry\s+of\s+(?:origin|residence)\b|"
    r"\bdate\s+of\s+(?:issue|expiry|death|arrival|departure|purchase)\b|\bproof\s+of\s+(?:address|identity|purchase)\b|"
    r"\bterms\s+(?:of\s+(?:service|use)|and\s+conditions)\b|\bpoint\s+of\s+sale\b",
    re.IGNORECASE,
)
ATTRIBUTE_WORDS = frozenset(
    [
        "name",
        "id",
        "identifier",
        "number",
        "date",
        "time",
        "address",
        "email",
        "e-mail",
        "phone",
        "status",
        "price",
        "amount",
        "total",
        "title",
        "description",
        "type",
        "quantity",
        "balance",
        "size",
        "code",
        "rating",
        "score",
        "location",
        "age",
        "gender",
        "password",
        "username",
        "role",
        "category",
        "deadline",
        "duration",
        "comment",
        "comments",
        "note",
        "notes",
        "url",
        "value",
        "version",
        "color",
        "colour",
        "currency",
        "tax",
        "discount",
        "weight",
        "height",
        "width",
        "photo",
        "picture",
        "image",
        "avatar",
        "birthday",
        "dob",
        "salary",
        "rate",
        "level",
        "priority",
    ]
)
_LIST_RE = prefilter.compile(
    r"\b(?P<owner>[A-Za-z][\w-]*)\s+(?:with|has|have|contains|contain|includes|include|consists\s+of|stores|"
    r"store|records|record)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
    r"(?P<items>[\w-]+(?:\s[\w-]+)?(?:\s*,\s*(?:a\s+|an\s+)?[\w-]+(?:\s[\w-]+)?)*\s*,?\s+and\s+(?:a\s+|an\s+)?[\w-]+(?:\s(?!of\b|to\b|in\b|for\b|with\b)[\w-]+)?)",
    re.IGNORECASE,
)
# "the clinic's emergency telephone number": up to two modifiers before the attribute word
_POSSESSIVE_RE = prefilter.compile(
    r"\b(?P<owner>[A-Za-z][\w-]*)['’]s?\s+(?P<attr>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
    r"(?=[\s.,;:!?)]|$)",
    re.IGNORECASE,
)
_OF_RE = prefilter.compile(
    r"\b(?P<attr>[A-Za-z][\w-]*)\s+of\s+(?:the\s+|a\s+|an\s+|each\s+|every\s+|its\s+|their\s+)?"
    r"(?P<owner>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)


def _clean(words: tuple[str, ...] | list[str]) -> list[str]:
    out = [w for w in words]
    while out and (out[0].lower() in DETERMINERS or out[0].lower() in PRONOUNS):
        out.pop(0)
    return out


_FIRST_PERSON_RE = re.compile(r"\b(?:I|we)\s+(?:should|must|shall|need|want|would|'d|can|could)\b|\band\s+I\b")


def find_actors(
    statement: str, phrases: list[Phrase] | None = None, people=None, speaker: str | None = None
) -> list[str]:
    """Roles that act in or benefit from the statement. A named person counts through their
    role ("Kim and I should ..." -> "buyer", and the speaker's role for "I"), never by name."""
    actors: list[str] = []
    persona = persona_name(statement)
    if persona:
        actors.append(persona)
    if people is not None:
        for token in tokens(statement):
            if people.is_name(token.text) and _acting(statement, token):
                role = people.role_of(token.text)
                if role:
                    actors.append(role)
        if speaker and _FIRST_PERSON_RE.search(statement):
            role = people.role_of(speaker)
            if role:
                actors.append(role)
    for m in _ENABLE_RE.finditer(statement):
        words = _clean(m.group("who").split())
        if people is not None:
            words = [w for w in words if not people.is_name(w)]
        if words and words[-1].lower() not in SYSTEM_NOUNS and words[-1].lower() not in PRONOUNS:
            actors.append(_role_name(words))
    for phrase in phrases if phrases is not None else noun_phrases(statement):
        if phrase.head.lower() in ROLE_WORDS:
            actors.append(_role_name(_clean(phrase.words)))
    return _unique(a for a in actors if a)


def _acting(statement: str, token) -> bool:
    """A named person acts when named as a subject, not in an aside like '(Kim: GDPR)'."""
    before = statement[: token.start]
    if before.count("(") > before.count(")"):
        return False
    return not statement[token.end : token.end + 2].lstrip().startswith(":")


def _role_name(words: list[str]) -> str:
    words = words[-3:]
    if not words:
        return ""
    head = singular(words[-1])
    return " ".join([*(w.lower() for w in words[:-1]), head.lower()])


def find_entities(statement: str, actors: list[str], phrases: list[Phrase] | None = None) -> list[str]:
    """Entity names (singular, lower case) and attributes as 'entity.attribute'."""
    actor_heads = {a.split()[-1].lower() for a in actors}
    names: list[str] = []
    fixed = [(m.start(), m.end(), " ".join(m.group(0).lower().split())) for m in _FIXED_TERMS_RE.finditer(statement)]
    for phrase in phrases if phrases is not None else noun_phrases(statement):
        inside = next((term for a, b, term in fixed if a <= phrase.start < b or a < phrase.end <= b), None)
        if inside is not None:
            if inside not in names:
                names.append(inside)
            continue
        words = _clean(phrase.words)
        if not words:
            continue
        head = words[-1].lower()
        if head in ROLE_WORDS or head in SYSTEM_NOUNS or head in _NOT_ENTITIES or head in actor_heads:
            continue
        if len(head) < 3 or not head.isascii() and not head.isalpha():
            continue
        words = [w for w in words if w.lower() not in _NOT_ENTITIES][-3:]
        if words:
            names.append(" ".join([*(w.lower() for w in words[:-1]), singular(words[-1]).lower()]))
    attributes = _attributes(statement)
    listed = listed_attributes(statement, ATTRIBUTE_WORDS)
    attributes += [f"{item.owner}.{item.attribute}" for item in listed]
    # "pet details (name, species)": the entity is the pet, not a "pet detail"
    owners = {suffix: item.owner for item in listed for suffix in _singular_suffixes(item.owner_phrase)}
    names = [owners.get(n, n) for n in names]
    attribute_names = {a.split(".", 1)[1].replace("_", " ") for a in attributes}
    # "each booking with its date and notes": a booking's notes are not a Note entity (the looser
    # "X with Y and Z" reading above is not trusted that far)
    attribute_names |= {singular(item.attribute.replace("_", " ")) for item in listed}
    names = [n for n in names if n not in attribute_names]
    return _unique(names + attributes)


def _singular_suffixes(phrase: str) -> list[str]:
    """ "keep owner's details" → "keep owner's detail", "owner's detail", "owner detail", ...: every
    way a noun phrase may have named the thing the list describes."""
    suffixes = []
    for form in (phrase, re.sub(r"['’]s?\b", "", phrase)):
        words = form.split()
        if words:
            words[-1] = singular(words[-1])
            suffixes += [" ".join(words[start:]) for start in range(len(words))]
    return suffixes


def _attributes(statement: str) -> list[str]:
    found: list[str] = []
    for m in _LIST_RE.finditer(statement):
        owner = singular(m.group("owner")).lower()
        if (
            owner in ROLE_WORDS
            or owner in SYSTEM_NOUNS
            or owner in PRONOUNS
            or owner in _NOT_ENTITIES
            or owner in FUNCTION_WORDS
            or owner in MODAL_WORDS
            or owner in SIGN_UP_VERBS  # "register with a name": the list is the person's (attribute_lists)
        ):
            continue
        for item in re.split(r"\s*,\s*|\s+and\s+", m.group("items")):
            words = _clean(item.split())
            if words and (words[-1].lower() not in _NOT_ENTITIES or words[-1].lower() in ATTRIBUTE_WORDS):
                found.append(f"{owner}.{'_'.join(w.lower() for w in words)}")
    for m in _POSSESSIVE_RE.finditer(statement):
        attr = _possessed_attribute(m.group("attr").lower().split(), statement[m.end() :])
        owner = singular(m.group("owner")).lower()
        if attr and owner not in PRONOUNS and owner not in _NOT_ENTITIES:
            found.append(f"{owner}.{attr}")
    for m in _OF_RE.finditer(statement):
        attr = m.group("attr").lower()
        owner = m.group("owner").lower()
        if _FIXED_TERMS_RE.match(statement, m.start()):
            continue  # "date of birth" is one attribute, not the date of a birth
        if attr in ATTRIBUTE_WORDS and owner not in PRONOUNS and owner not in DETERMINERS and owner not in _WH_WORDS:
            found.append(f"{singular(owner)}.{attr}")  # not "a photo of where we left it"
    return found


_WH_WORDS = frozenset({"where", "what", "who", "when", "which", "how", "whoever", "whatever"})


def _possessed_attribute(words: list[str], rest: str) -> str | None:
    """ "emergency telephone number" after "clinic's": the words up to the attribute word, if all
    are plain modifiers; a lone first word must itself be an attribute word ("owner's name")."""
    for end in range(len(words), 0, -1):
        head, modifiers = words[end - 1], words[: end - 1]
        if head in ATTRIBUTE_WORDS and not any(
            word in FUNCTION_WORDS or word in MODAL_WORDS or word in _NOT_ENTITIES for word in modifiers
        ):
            return "_".join(words[:end])
    return None


def _unique(items) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


__all__ = ["find_actors", "find_entities", "tokens"]
