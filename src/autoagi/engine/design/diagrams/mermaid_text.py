"""Escaping for Mermaid: text a client wrote must never end a label, a line or a fence early."""

from __future__ import annotations

import re

from autoagi.engine.design.text import clean_label, to_ascii

# Entity codes Mermaid decodes in labels and messages ("#35;" is "#").
# "%" too: Mermaid strips "%%{...}%%" directives wherever they appear.
_CODES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;", ";": "#59;", "%": "#37;"}
UNNAMED = "(unnamed)"
_CODE_PATTERN = re.compile("|".join(re.escape(character) for character in _CODES))
# A line containing "direction LR" changes a diagram's direction wherever it appears.
_DIRECTION = re.compile(r"(direction)(\s+)(tb|bt|rl|lr|td)", re.IGNORECASE)
_ALIAS_UNSAFE = re.compile(r"[^A-Za-z0-9 _.]+")

# Words Mermaid's erDiagram reads as syntax, case-insensitively, when they stand alone.
ER_KEYWORDS = frozenset({"erdiagram", "style", "classdef", "class", "subgraph", "end", "many", "one", "to"})


def _neutralised(text: str, max_length: int) -> str:
    return _DIRECTION.sub(r"\1-\3", clean_label(text, max_length)) or UNNAMED


def quoted(text: str, max_length: int = 60) -> str:
    """A double-quoted label for flowchart nodes, edges and ER entity aliases."""
    return '"' + _CODE_PATTERN.sub(lambda match: _CODES[match.group(0)], _neutralised(text, max_length)) + '"'


def message(text: str, max_length: int = 100) -> str:
    """Free text after ``:`` in a sequence diagram (messages, notes, alt/opt labels)."""
    return _CODE_PATTERN.sub(lambda match: _CODES[match.group(0)], _neutralised(text, max_length))


def er_comment(text: str, max_length: int = 60) -> str:
    """An ER attribute comment: quotes cannot be escaped there, so they become apostrophes."""
    cleaned = _neutralised(text, max_length).replace('"', "'").replace("`", "'").replace("%", " percent")
    return '"' + cleaned.replace("\\", "/") + '"'


def alias(text: str, fallback: str, max_length: int = 40) -> str:
    """A participant alias in a sequence diagram: plain words only."""
    cleaned = " ".join(_ALIAS_UNSAFE.sub(" ", to_ascii(text)).split())[:max_length].strip()
    return _DIRECTION.sub(r"\1-\3", cleaned) or fallback


def er_id(entity_name: str) -> str:
    return entity_name + "_" if entity_name.lower() in ER_KEYWORDS else entity_name
