"""Python source built in the layout ``ruff format`` itself produces, so output needs no formatter.

A call, signature or import either fits on one line or is exploded one item per line with a
trailing comma; ruff keeps both forms as they are. Generators put only safe identifiers and
literals from ``literal`` into code.
"""

from __future__ import annotations

import re

LINE_LENGTH = 120
INDENT = "    "
_PLAIN_STRING = re.compile(r"[A-Za-z0-9 _.,:;/{}()=+*#@!?%&<>\[\]|~^$-]*")


def literal(text: str) -> str:
    """A double-quoted Python string for text the generator made safe; anything else is refused."""
    if not _PLAIN_STRING.fullmatch(text):
        raise ValueError(f"not a plain string literal: {text!r}")
    return f'"{text}"'


def call(head: str, items: list[str], tail: str = ")", indent: str = "") -> list[str]:
    """``head`` + items + ``tail`` on one line when it fits, else one item per line."""
    single = f"{indent}{head}{', '.join(items)}{tail}"
    if len(single) <= LINE_LENGTH or not items:
        return [single]
    return [f"{indent}{head}", *(f"{indent}{INDENT}{item}," for item in items), f"{indent}{tail}"]


def from_import(module: str, names: list[str]) -> list[str]:
    """``from module import a, b``, or the parenthesised one-per-line form ruff's isort writes."""
    ordered = sorted_import_names(names)
    if not ordered:
        return []
    single = f"from {module} import {', '.join(ordered)}"
    if len(single) <= LINE_LENGTH:
        return [single]
    return [f"from {module} import (", *(f"{INDENT}{name}," for name in ordered), ")"]


def sorted_import_names(names: list[str]) -> list[str]:
    """isort's "order by type": CONSTANTS, then Classes, then functions and variables."""

    def kind(name: str) -> int:
        if name.isupper() and len(name) > 1:
            return 0
        return 1 if name[:1].isupper() else 2

    return sorted(set(names), key=lambda name: (kind(name), name.lower(), name))
