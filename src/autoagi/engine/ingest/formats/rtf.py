"""Rich Text Format (.rtf: what TextEdit on a Mac and WordPad save unless told otherwise): the text
`striprtf` reads from it (paragraphs, list items, Windows code page and ``\\u`` escapes), with a
table's cells separated by tabs, one row a line, then split into segments as plain text is.
Pictures, fonts, colours and other destinations carry no text and are left out.
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

from ..decoding import clean_text
from ..errors import NoText
from ..layout import ParsedText
from ..source import Source
from .plain import text_segments

_CODE_PAGE_RE = re.compile(rb"\\ansicpg(\d{3,5})")
_ROW_END_RE = re.compile(r"\|[ \t]*$", re.MULTILINE)  # striprtf ends each table row with its last "|"


def parse_rtf(source: Source) -> ParsedText:
    # RTF is 7-bit text: other bytes come as escapes in the code page its header names
    raw = source.data.decode("latin-1")
    text = rtf_to_text(raw, encoding=_code_page(source.data), errors="replace")
    # "\\u-10179?\\u-8704?": a character beyond the BMP comes as two UTF-16 halves; join them
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = clean_text(_cells_as_tabs(text)).strip("\n")
    if not text.strip():
        raise NoText("The RTF file contains no text.")
    return ParsedText(text, text_segments(text), {"format": "rtf"})


def _code_page(data: bytes) -> str:
    said = _CODE_PAGE_RE.search(data[:4096])
    name = f"cp{said.group(1).decode()}" if said else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def _cells_as_tabs(text: str) -> str:
    """ "Field|Required|" (a table row as striprtf writes it) -> "Field\\tRequired"."""
    lines = []
    for line in text.split("\n"):
        if _ROW_END_RE.search(line):
            line = "\t".join(cell.strip() for cell in line.rstrip(" \t|").split("|"))
        lines.append(line)
    return "\n".join(lines)
