"""Word (.docx) via python-docx: paragraphs, headings, list items and table cells in document
order. The archive is vetted by ``archive_guard`` before python-docx inflates anything."""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ..archive_guard import check_archive
from ..decoding import clean_text
from ..errors import CorruptDocument, EncryptedDocument, NoText, UnsupportedType
from ..layout import ParsedText, TextAssembler
from ..source import Source
from .chat import as_transcript

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name, in UTF-16-LE, that an OLE2 container holding an encrypted OOXML file has.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MAIN_PART = "word/document.xml"
# Nested tables deeper than this are flattened into their cell text (guards against recursion).
_MAX_TABLE_NESTING = 8


def is_encrypted_office_file(data: bytes) -> bool:
    return data.startswith(OLE2_MAGIC) and _ENCRYPTED_PACKAGE in data


def parse_docx(source: Source) -> ParsedText:
    if is_encrypted_office_file(source.data):
        raise EncryptedDocument("The Word document is password-protected; upload an unprotected copy.")
    if source.data.startswith(OLE2_MAGIC):
        raise UnsupportedType("Legacy Word (.doc) files are not supported; save the file as .docx.")
    names = check_archive(source.data, source.limits)
    if _MAIN_PART not in names:
        raise CorruptDocument("The file is a zip archive but not a Word (.docx) document.")
    try:
        document = docx.Document(io.BytesIO(source.data))
    except ValueError as error:  # e.g. a macro-enabled or template content type
        raise UnsupportedType("Only Word documents (.docx) are supported.") from error
    assembler = TextAssembler()
    _add_blocks(document, assembler, depth=0)
    if assembler.is_empty:
        raise NoText("The Word document contains no text.")
    metadata: dict[str, str] = {}
    title = clean_text(document.core_properties.title or "").strip()
    if title:
        metadata["title"] = title
    return as_transcript(assembler.result(metadata))  # a meeting transcript saved from Teams


def _add_blocks(container: WordDocument | _Cell, assembler: TextAssembler, depth: int) -> None:
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            kind = paragraph_kind(block)
            assembler.add_segment(
                paragraph_text(block), kind, level=heading_level(block) if kind == "heading" else None
            )
        elif isinstance(block, Table):
            _add_table(block, assembler, depth)


def _add_table(table: Table, assembler: TextAssembler, depth: int) -> None:
    # A merged cell is returned once per grid column (and row) it spans; emit it once. The set
    # holds the XML elements themselves: lxml then keeps handing out the same proxy objects.
    seen_cells: set[object] = set()
    first_cell = True
    for row in table.rows:
        first_in_row = True
        for cell in row.cells:
            if cell._tc in seen_cells:
                continue
            seen_cells.add(cell._tc)
            if depth < _MAX_TABLE_NESTING and cell.tables:
                _add_blocks(cell, assembler, depth + 1)
                continue
            separator = None if first_cell else "\n" if first_in_row else "\t"
            said = "\n".join(paragraph_text(paragraph) for paragraph in cell.paragraphs)
            if assembler.add_segment(said, "table_cell", separator=separator):
                first_cell = first_in_row = False


_TEXT = qn("w:t")
_BREAKS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
# tracked changes: what was deleted, or moved away, is no longer the document's text (and a text box's
# own paragraphs are not this paragraph's words)
_REMOVED = frozenset({qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent")})


def paragraph_text(paragraph: Paragraph) -> str:
    """The paragraph's text as it reads with its tracked changes accepted: inserted runs in (python-docx's
    own text leaves out what sits inside a ``w:ins``), deleted and moved-away runs out."""
    parts: list[str] = []
    for node in paragraph._p.iter(_TEXT, *_BREAKS):
        if any(ancestor.tag in _REMOVED for ancestor in node.iterancestors()):
            continue
        parts.append(node.text or "" if node.tag == _TEXT else _BREAKS[node.tag])
    return "".join(parts)


def heading_level(paragraph: Paragraph) -> int | None:
    """ "Heading 2" -> 2; the document's "Title" is above every heading."""
    style_name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style_name == "Title":
        return 1
    digits = style_name.removeprefix("Heading").strip()
    return int(digits) if digits.isdigit() and 1 <= int(digits) <= 9 else None


def paragraph_kind(paragraph: Paragraph) -> str:
    style_name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style_name == "Title" or style_name.startswith("Heading"):
        return "heading"
    properties = paragraph._p.pPr
    if style_name.startswith("List") or (properties is not None and properties.numPr is not None):
        return "list_item"
    return "paragraph"
