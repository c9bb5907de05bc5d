"""Human text made safe for the places a generator puts it.

Requirement titles and acceptance criteria are written by clients and may hold anything: quotes,
backslashes, HTML, control and bidirectional-override characters, megabytes of text. Code only
ever receives them through these functions (or as JSON data files), never interpolated raw.
"""

from __future__ import annotations

import html
import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Kept out of docstrings and comments: quotes and backslashes could end or escape the literal.
_DOCSTRING_UNSAFE = str.maketrans({'"': "'", "\\": "/", "`": "'"})
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def one_line(text: str, max_length: int = 160) -> str:
    """Printable characters only (no controls, no bidi overrides), whitespace collapsed, bounded."""
    printable = "".join(char if char.isprintable() and unicodedata.category(char) != "Cf" else " " for char in text)
    collapsed = _SPACES.sub(" ", printable).strip()
    if len(collapsed) > max_length:
        collapsed = collapsed[: max_length - 3].rstrip() + "..."
    return collapsed


def docstring_text(text: str, max_length: int = 160) -> str:
    """Text that can sit inside a triple-quoted Python docstring or after a ``#``."""
    safe = one_line(text, max_length).translate(_DOCSTRING_UNSAFE)
    return safe.rstrip("'").rstrip() or "-"


def markdown_text(text: str, max_length: int = 200) -> str:
    """Text for Markdown prose or table cells: HTML escaped, Markdown syntax neutralised."""
    escaped = html.escape(one_line(text, max_length), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
