"""Safe identifiers from whatever words a client used.

Entity names become PascalCase ASCII class names, field and role names snake_case, route
segments kebab-case. Reserved words of the languages and tools a design feeds (Python, SQL,
JavaScript, SQLAlchemy, pydantic, Mermaid) are suffixed so generated code never breaks; names
with no ASCII letters get a stable hash so two different names never collapse into one.
"""

from __future__ import annotations

import hashlib
import re

from autoagi.engine.design.inflection import pluralize_phrase, singularize_phrase
from autoagi.engine.design.text import to_ascii, word_set

_WORD = re.compile(r"[A-Za-z0-9]+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_EMAIL_SPELLING = re.compile(r"\b([eE])-(mail)", re.IGNORECASE)

# Fixed rather than read from ``keyword`` so the output does not depend on the Python version.
_PYTHON_KEYWORDS = word_set("""
    false none true and as assert async await break class continue def del elif else except finally
    for from global if import in is lambda nonlocal not or pass raise return try while with yield
    """)
_SQL_RESERVED = word_set("""
    all alter analyze and any array as asc between by case cast check collate column constraint create
    cross current_date current_time current_timestamp current_user default delete desc distinct do drop
    else end except exists false fetch for foreign from full grant group having in index inner insert
    intersect into is join key leading left like limit natural not null offset on only or order outer
    primary references returning right row rows select session_user set some table then to trailing
    true union unique update user using values view when where window with
    """)
_JAVASCRIPT_RESERVED = word_set("""
    await break catch const continue debugger delete do enum export extends function implements import
    instanceof interface let new package private protected public static super switch this throw try
    typeof var void yield arguments eval undefined nan infinity prototype constructor
    """)
# Attribute names the generated models would shadow (SQLAlchemy declarative, pydantic, Mermaid's
# erDiagram key words, which it reads case-insensitively).
_FRAMEWORK_RESERVED = word_set("""
    metadata registry query schema fields dict json copy validate construct self cls pk fk uk
    """)
RESERVED_ROLE_NAMES = _PYTHON_KEYWORDS | _JAVASCRIPT_RESERVED
# Relations are object attributes, not columns: SQL's words are fine there.
RESERVED_RELATION_NAMES = _PYTHON_KEYWORDS | _JAVASCRIPT_RESERVED | _FRAMEWORK_RESERVED
RESERVED_FIELD_NAMES = _PYTHON_KEYWORDS | _SQL_RESERVED | _JAVASCRIPT_RESERVED | _FRAMEWORK_RESERVED

# Class names that would clash with Python constants or names generated code imports.
RESERVED_ENTITY_NAMES = word_set("""
    None True False Base Model Field Request Response Depends Query Path Body Session Enum Decimal
    Date Datetime Time Optional List Dict Any Type Object Exception Self
    """)

MAX_IDENTIFIER_LENGTH = 40
_HASH_LENGTH = 6


def stable_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_HASH_LENGTH]


def words_of(text: str) -> list[str]:
    """Lower-case ASCII words; camelCase and PascalCase are split."""
    ascii_text = _EMAIL_SPELLING.sub(r"\1\2", to_ascii(text))
    words: list[str] = []
    for chunk in _WORD.findall(ascii_text):
        words.extend(part.lower() for part in _CAMEL_BOUNDARY.split(chunk) if part)
    return words


def bounded(name: str, original: str, max_length: int, separator: str) -> str:
    """``name`` if it fits ``max_length``, else cut short and given a stable hash of ``original``
    after ``separator``, so two long names never collapse into one. A ``_`` or ``-`` left dangling
    at the cut is dropped."""
    if len(name) <= max_length:
        return name
    keep = max_length - _HASH_LENGTH - len(separator)
    return name[:keep].rstrip("_-") + separator + stable_hash(original)


def entity_name(text: str, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
    """Singular PascalCase class name: "time slots" → ``TimeSlot``."""
    words = singularize_phrase(words_of(text))
    if not words:
        return "Entity" + stable_hash(text)
    name = "".join(word.capitalize() for word in words)
    if name[0].isdigit():
        name = "N" + name
    if name in RESERVED_ENTITY_NAMES:
        name += "Record"
    return bounded(name, text, max_length, "")


def field_name(text: str, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
    """snake_case attribute name: "Date of birth" → ``date_of_birth``; "class" → ``class_value``."""
    words = words_of(text)
    if not words:
        return "field_" + stable_hash(text)
    name = "_".join(words)
    if name[0].isdigit():
        name = "f_" + name
    if name in RESERVED_FIELD_NAMES or name.startswith("model_"):
        name += "_value"
    return bounded(name, text, max_length, "_")


def role_name(text: str, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
    """snake_case singular role: "Clinic Receptionists" → ``clinic_receptionist``."""
    words = singularize_phrase(words_of(text))
    if not words:
        return "role_" + stable_hash(text)
    name = "_".join(words)
    if name[0].isdigit():
        name = "r_" + name
    if name in RESERVED_ROLE_NAMES:
        name += "_role"  # roles become enum members in generated code
    return bounded(name, text, max_length, "_")


def identifier_words(identifier: str) -> list[str]:
    """Words of an identifier we produced: ``TimeSlot`` → ["time", "slot"]."""
    return words_of(identifier)


def snake_of(entity: str) -> str:
    return "_".join(identifier_words(entity))


def plural_snake_of(entity: str) -> str:
    return "_".join(pluralize_phrase(identifier_words(entity)))


def relation_name(entity: str, plural: bool, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
    """ "pets" on the one side, "customer" on the many side; bounded like every identifier."""
    name = plural_snake_of(entity) if plural else snake_of(entity)
    if name in RESERVED_RELATION_NAMES or name.startswith("model_"):
        name += "_ref"  # a relation to an entity called "Class" cannot be an attribute called "class"
    return bounded(name, name, max_length, "_")


def foreign_key_name(entity: str, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
    """ "customer_id"; the "_id" suffix survives shortening."""
    name = snake_of(entity)
    return bounded(name, name, max_length - 3, "_") + "_id"


def route_segment(entity: str) -> str:
    """Plural kebab-case collection segment: ``TimeSlot`` → ``time-slots``."""
    return "-".join(pluralize_phrase(identifier_words(entity)))


def kebab(text: str) -> str:
    return "-".join(words_of(text))
