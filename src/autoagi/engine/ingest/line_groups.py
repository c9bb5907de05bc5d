"""Group the lines of a text block into paragraphs, list items and headings.

Plain text and PDF text layers both arrive as lines: hard-wrapped prose, bullet lists, numbered
headings and one-statement-per-line requirement lists. This module decides which consecutive
lines belong together, so that a segment is a unit a reader would recognise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UPPER = "A-ZÀ-ÖØ-Þ"
# "- ", "* ", "• ", "1. ", "1) ", "(a) ", "a) ", "iv. " start a list item.
# (and in a chat-style list the emoji ticks and crosses: "✅ online booking", "❌ no app")
_LIST_MARKER = re.compile(
    r"\s*(?:[-*+•◦▪‣–—]|[✅✔☑❌✗✘⛔🚫🤔❓⭐👉➡→▶►]\ufe0f?|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+\S"
)
# "FR-1: ", "REQ-012 ", "NFR 3.2 " start a requirement of their own.
_REQUIREMENT_ID = re.compile(r"\s*[A-Z]{1,6}[-_ ]?\d+(?:\.\d+)*[:.)]?\s+\S")
# "3.1 Booking", "2 Overall description", "3.1.4. Reminders" (not "1. Buy milk": a list item).
_NUMBERED_HEADING = re.compile(r"\s*(?:\d+(?:\.\d+)+\.?|\d+)\s+[^\W\d_][^\n]{0,80}$")
_ENDS_STATEMENT = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")
_STARTS_STATEMENT = re.compile(rf"""\s*["'“‘(]?[{_UPPER}0-9]""")
_END_PUNCTUATION = ".!?;:,"
# Regexes anchored at the end of a line only need to see its last characters (lines are
# stripped), which keeps a long line from being scanned again for every test.
_TAIL = 20
# A line ending like this is surely continued on the next one.
_CONTINUES = re.compile(
    r"(?:[,\-–/&(]|\b(?:and|or|the|a|an|of|to|for|with|in|on|by|that|is|are|be))\s*$",
    re.IGNORECASE,
)
# Short lines with a modal verb are statements ("Staff shall log in"), never titles.
_MODAL = re.compile(r"\b(?:shall|must|should|will|would|may|can|could|need|needs|want|wants)\b", re.IGNORECASE)
# ... but "Must-haves", "Should have (for launch)", "Won't have" are MoSCoW titles
_MOSCOW_TITLE = re.compile(r"(?:must|should|could|won['’]?t)[\s-]*haves?\b[^.!?]{0,30}$", re.IGNORECASE)


def _states(text: str) -> bool:
    """Does a short line state something (a modal verb), rather than name what follows?"""
    return _MODAL.search(text) is not None and _MOSCOW_TITLE.match(text) is None


@dataclass(slots=True)
class Line:
    start: int  # offsets of the line's non-blank content in the source text
    end: int
    text: str


@dataclass(slots=True)
class LineGroup:
    lines: list[Line]
    kind: str  # "heading" | "list_item" | "paragraph"


def group_lines(lines: list[Line]) -> list[LineGroup]:
    """Split the lines of one block (no blank lines inside) into groups.

    A new group starts at a list marker or requirement id, after a heading, after a line that
    ends a statement when the next one starts like a new one, and after a line much shorter
    than the longest (the last line of a wrapped paragraph, or a title).
    """
    if not lines:
        return []
    longest = max(len(line.text) for line in lines)
    # Wrapped prose nearly always has a line that starts in lower case; a block whose every
    # line starts like a sentence is a list of one statement per line.
    one_per_line = len(lines) >= 2 and all(_STARTS_STATEMENT.match(line.text) for line in lines)
    groups: list[LineGroup] = []
    for line in lines:
        text = line.text
        if _LIST_MARKER.match(text):
            groups.append(LineGroup([line], "list_item"))
        elif _REQUIREMENT_ID.match(text):
            groups.append(LineGroup([line], "paragraph"))
        elif _looks_like_heading(text):
            groups.append(LineGroup([line], "heading"))
        elif groups and groups[-1].kind != "heading" and _continues(groups[-1], line, longest, one_per_line):
            groups[-1].lines.append(line)
        else:
            groups.append(LineGroup([line], "paragraph"))
    if not one_per_line:
        _mark_titles(groups)
    return groups


def _continues(group: LineGroup, line: Line, longest: int, one_per_line: bool) -> bool:
    previous = group.lines[-1].text
    if _CONTINUES.search(previous[-_TAIL:]):
        return True
    if _STARTS_STATEMENT.match(line.text):
        if one_per_line:
            return False
        # A sentence that ends well before the margin ends its paragraph; one that ends at
        # the margin was probably wrapped there by chance.
        if _ENDS_STATEMENT.search(previous[-_TAIL:]) and len(previous) < 0.8 * longest:
            return False
    previous_is_short = longest >= 40 and len(previous) < 0.6 * longest
    return not previous_is_short


def _looks_like_heading(text: str) -> bool:
    if len(text) > 90 or text[-1] in _END_PUNCTUATION or _states(text):
        return False
    if _NUMBERED_HEADING.match(text):
        return True
    return text.isupper() and sum(c.isalpha() for c in text) >= 3 and len(text.split()) <= 10


def _mark_titles(groups: list[LineGroup]) -> None:
    """A lone short line without end punctuation, followed by more text, is a title."""
    for group, following in zip(groups, groups[1:], strict=False):
        if following.kind != "heading" and is_title_line(group):
            group.kind = "heading"


def is_title_line(group: LineGroup) -> bool:
    """One short line that starts like a sentence but states nothing (no end mark, no modal)."""
    if group.kind != "paragraph" or len(group.lines) != 1:
        return False
    text = group.lines[0].text
    return (
        len(text.split()) <= 8
        and bool(_STARTS_STATEMENT.match(text))
        and text[-1] not in _END_PUNCTUATION
        and not _states(text)
    )


def mark_block_titles(blocks: list[list[LineGroup]]) -> None:
    """A block that is only a title line, followed by another block, is a heading."""
    for block, following in zip(blocks, blocks[1:], strict=False):
        if len(block) == 1 and following and following[0].kind != "heading" and is_title_line(block[0]):
            block[0].kind = "heading"


def join_wrapped_lines(lines: list[Line]) -> str:
    """The text of a group with its wrapped lines joined into one line."""
    parts: list[str] = []
    for line in lines:
        if parts and parts[-1].endswith("-") and not parts[-1].endswith(" -"):
            parts[-1] = parts[-1] + line.text  # "e-" + "mail": keep the hyphen, drop the break
        else:
            parts.append(line.text)
    return " ".join(parts)
