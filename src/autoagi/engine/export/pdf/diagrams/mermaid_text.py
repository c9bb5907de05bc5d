"""Reading Mermaid source: entity codes in labels and the diagram's kind."""

from __future__ import annotations

import html
import re

_CODE = re.compile(r"#(\d+|[A-Za-z]+);")


def decode_label(text: str) -> str:
    """Mermaid's "#quot;" / "#35;" codes and surrounding quotes → plain text."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]

    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.isdigit():
            number = int(code)
            return chr(number) if 0 < number < 0x110000 else match.group(0)
        return html.unescape(f"&{code};") if html.unescape(f"&{code};") != f"&{code};" else match.group(0)

    return _CODE.sub(replace, text)


def meaningful_lines(source: str) -> list[str]:
    """Lines without blanks, comments (%%) and directives."""
    return [line.strip() for line in source.splitlines() if line.strip() and not line.strip().startswith("%%")]


def diagram_kind(source: str) -> str | None:
    lines = meaningful_lines(source)
    if not lines:
        return None
    first = lines[0].split()[0].lower()
    if first in ("flowchart", "graph"):
        return "flowchart"
    if first == "sequencediagram":
        return "sequence"
    if first == "erdiagram":
        return "er"
    return first
