"""Text clean-up shared by the exports: client text is arbitrary, file formats are not."""

from __future__ import annotations

import re

# Characters XML 1.0 forbids outright (lxml, python-docx and reportlab all refuse them), plus the
# surrogates and non-characters that cannot be encoded.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ELLIPSIS = "…"


def xml_safe(text: str) -> str:
    """``text`` without the characters no XML document (DOCX, ReqIF, PDF markup) may hold."""
    return _XML_INVALID.sub("", text)


def one_line(text: str) -> str:
    """All runs of whitespace, newlines included, folded to one space."""
    return " ".join(xml_safe(text).split())


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    flat = one_line(text)
    return flat if len(flat) <= limit else flat[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"
