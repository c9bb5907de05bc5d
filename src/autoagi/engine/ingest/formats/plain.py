"""Plain text: the text is kept verbatim; segments are its paragraphs, list items and headings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import EmptyDocument
from ..layout import ParsedText, SegmentDraft
from ..line_groups import Line, group_lines, mark_block_titles
from ..source import Source

# A run of lines that are not blank, from its first visible character; blank lines separate
# blocks. Written so that no position is tried twice (long runs of spaces stay linear).
_BLOCK = re.compile(r"\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]+")


def parse_plain_text(source: Source) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    return ParsedText(text, text_segments(text), {"encoding": source.decoded.encoding})


def text_segments(text: str, start: int = 0, end: int | None = None) -> list[SegmentDraft]:
    """Segments for ``text[start:end]``, with offsets into ``text``."""
    blocks = [group_lines(lines) for lines in line_blocks(text, start, len(text) if end is None else end)]
    mark_block_titles(blocks)
    return [
        SegmentDraft(group.lines[0].start, group.lines[-1].end, group.kind) for groups in blocks for group in groups
    ]


def line_blocks(text: str, start: int, end: int) -> Iterator[list[Line]]:
    """The blocks of ``text[start:end]`` (runs of lines between blank lines), as lines."""
    for block in _BLOCK.finditer(text, start, end):
        yield block_lines(text, block.start(), block.end())


def block_lines(text: str, start: int, end: int) -> list[Line]:
    """The non-blank lines of ``text[start:end]`` with their whitespace trimmed."""
    lines = []
    for match in _LINE.finditer(text, start, end):
        raw = match.group()
        content = raw.strip()
        if content:
            line_start = match.start() + len(raw) - len(raw.lstrip())
            lines.append(Line(line_start, line_start + len(content), content))
    return lines
