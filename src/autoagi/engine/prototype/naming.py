"""Identifiers a generator may put into code, whatever text the design carries.

The design engine already produces safe names, but designs can also be written by hand, edited
by users or produced by a model, so every name is checked again here: ASCII only, bounded in
length, never a Python keyword nor a name the generated modules use themselves. A
name that has to change gets a stable hash suffix so two different inputs never collapse into one.
"""

from __future__ import annotations

import re
import unicodedata

# The design engine's: a bounded name and its hash suffix come out the same in both engines.
from autoagi.engine.design.identifiers import bounded, stable_hash

MAX_NAME_LENGTH = 32
_WORD = re.compile(r"[A-Za-z0-9]+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


PYTHON_KEYWORDS = _word_set("""
    false none true and as assert async await break class continue def del elif else except finally
    for from global if import in is lambda nonlocal not or pass raise return try while with yield
    """)
# Names the generated model classes use in their bodies (``dt.date``, ``uuid.UUID``), pydantic's own
# attributes, and the columns every table has. SQL and JavaScript words need no entry: generated SQL
# quotes every identifier and generated JavaScript reads fields as ``record[name]``.
GENERATED_CODE_RESERVED = _word_set("""
    self cls dt uuid json dict copy schema fields validate construct id created_at updated_at
    """)
FIELD_RESERVED = PYTHON_KEYWORDS | GENERATED_CODE_RESERVED
# Class names the generated entity modules import, plus Python's constants.
CLASS_RESERVED = frozenset(
    [
        "None",
        "True",
        "False",
        "BaseModel",
        "APIRouter",
        "Response",
        "HTTPException",
        "Db",
        "Page",
        "Paging",
        "Table",
        "Actor",
        "SignedIn",
        "Annotated",
        "Any",
        "Field",
        "Request",
        "Depends",
        "Self",
        "Settings",
        "Exception",
        "Object",
        "Type",
    ]
)


def ascii_words(text: str) -> list[str]:
    """Lower-case ASCII words of any text; camelCase is split and accents are dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words: list[str] = []
    for chunk in _WORD.findall(folded):
        words.extend(part.lower() for part in _CAMEL_BOUNDARY.split(chunk) if part)
    return words


def snake_name(
    text: str,
    reserved: frozenset[str] = FIELD_RESERVED,
    max_length: int = MAX_NAME_LENGTH,
    forbidden_prefixes: tuple[str, ...] = ("model_validate", "model_dump"),
) -> str:
    """``date_of_birth`` from "Date of birth"; reserved words get a ``_value`` suffix, names with a
    forbidden prefix (pydantic's ``model_dump``, SQLite's ``sqlite_``) an ``x_`` prefix."""
    words = ascii_words(text)
    if not words:
        return "f_" + stable_hash(text)
    name = "_".join(words)
    if name[0].isdigit() or name.startswith(forbidden_prefixes):
        name = "x_" + name
    if name in reserved:
        name += "_value"
    return bounded(name, text, max_length, "_")


def pascal_name(text: str, reserved: frozenset[str] = CLASS_RESERVED, max_length: int = MAX_NAME_LENGTH) -> str:
    """``TimeSlot`` from "time slot"; a name the generated code already uses gets a suffix."""
    words = ascii_words(text)
    if not words:
        return "Entity" + stable_hash(text)
    name = "".join(word.capitalize() for word in words)
    if name[0].isdigit():
        name = "N" + name
    if name in reserved or name.endswith(("Create", "Update")):
        name += "Record"
    return bounded(name, text, max_length, "")


def kebab_name(text: str, max_length: int = MAX_NAME_LENGTH + 8) -> str:
    """A URL path segment: lower-case ASCII words joined by hyphens."""
    words = ascii_words(text)
    if not words:
        return "r-" + stable_hash(text)
    return bounded("-".join(words), text, max_length, "-")


def is_python_identifier_safe(name: str, max_length: int = MAX_NAME_LENGTH) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name)) and len(name) <= max_length


def unique_names(names: list[str], separator: str = "_") -> list[str]:
    """The same names, with a counter added to repeats so each is used once."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, counter = name, 2
        while candidate in seen:
            candidate = f"{name}{separator}{counter}"
            counter += 1
        seen.add(candidate)
        result.append(candidate)
    return result
