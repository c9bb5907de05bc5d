"""Markdown, parsed with markdown-it-py (CommonMark + GFM tables) and laid out as plain text.

The document text is the rendered text (no ``#``, ``**`` or link targets), so that analysis
reads prose; headings, list items, table cells, quotes and code blocks become segments.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import EmptyDocument
from ..layout import ParsedText, TextAssembler
from ..source import Source
from .html import html_fragment_text

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])

# Inline tokens whose content is the text a reader sees.
_TEXT_TOKENS = frozenset({"text", "code_inline"})
_TASK_BOX_RE = re.compile(r"^\[[ xX]\][ \t]+")  # a task list's "- [ ] Online booking": the item is the words


def parse_markdown(source: Source) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    assembler = TextAssembler()
    _lay_out(_PARSER.parse(text), assembler)
    return assembler.result({"encoding": source.decoded.encoding})


def _lay_out(tokens: list[Token], assembler: TextAssembler) -> None:
    heading = False
    level: int | None = None
    list_depth = quote_depth = 0
    in_cell = first_cell_in_table = first_cell_in_row = False
    for token in tokens:
        match token.type:
            case "heading_open":
                heading = True
                level = int(token.tag[1:]) if token.tag[1:].isdigit() else None  # "h2" -> 2
            case "heading_close":
                heading = False
            case "bullet_list_open" | "ordered_list_open":
                list_depth += 1
            case "bullet_list_close" | "ordered_list_close":
                list_depth -= 1
            case "blockquote_open":
                quote_depth += 1
            case "blockquote_close":
                quote_depth -= 1
            case "table_open":
                first_cell_in_table = True
            case "tr_open":
                first_cell_in_row = True
            case "th_open" | "td_open":
                in_cell = True
            case "th_close" | "td_close":
                in_cell = False
            case "fence" | "code_block":
                assembler.add_segment(token.content, "code")
            case "html_block":
                assembler.add_segment(html_fragment_text(token.content), "paragraph")
            case "inline":
                text = render_inline(token.children or [])
                if in_cell:
                    separator = None if first_cell_in_table else "\n" if first_cell_in_row else "\t"
                    if assembler.add_segment(text, "table_cell", separator=separator):
                        first_cell_in_table = first_cell_in_row = False
                elif heading:
                    assembler.add_segment(text, "heading", level=level)
                elif list_depth:
                    assembler.add_segment(_TASK_BOX_RE.sub("", text, count=1), "list_item", level=min(list_depth, 9))
                elif quote_depth:
                    assembler.add_segment(text, "quote")
                else:
                    assembler.add_segment(text, "paragraph")


def render_inline(children: list[Token]) -> str:
    """The visible text of an inline run: markup dropped, link text and image alt text kept."""
    parts: list[str] = []
    for child in children:
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n")  # the author's line: the analysis joins a wrapped one back
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(render_inline(child.children or []))
    return "".join(parts)
