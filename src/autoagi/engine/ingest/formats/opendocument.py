"""OpenDocument text (.odt, what LibreOffice and many public bodies save): headings, paragraphs,
list items and table cells of ``content.xml`` in document order, read with lxml (no entities, no
network). The archive is vetted by ``archive_guard`` before anything is inflated.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from ..archive_guard import check_archive
from ..errors import CorruptDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..source import Source
from .delimited import EMPTY_CELL

ODT_MEDIA_TYPE = b"application/vnd.oasis.opendocument.text"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_HEADING, _PARAGRAPH, _LIST_ITEM = f"{{{_TEXT}}}h", f"{{{_TEXT}}}p", f"{{{_TEXT}}}list-item"
_TABLE_ELEMENT, _ROW, _CELL = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell"
_SPACES, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"
# footnotes, comments and tracked deletions are not the body's text
_LEFT_OUT = frozenset({f"{{{_TEXT}}}note", f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes"})
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def is_odt(data: bytes) -> bool:
    """An OpenDocument text file: its "mimetype" member says so (a few bytes, read on their own)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            member = archive.getinfo("mimetype")
            return member.file_size <= 100 and archive.read(member).strip() == ODT_MEDIA_TYPE
    except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError):
        return False


def parse_odt(source: Source) -> ParsedText:
    if "content.xml" not in check_archive(source.data, source.limits):
        raise CorruptDocument("The file is a zip archive but not an OpenDocument text (.odt).")
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            content = archive.read("content.xml")
        root = etree.fromstring(content, _PARSER)
    except (zipfile.BadZipFile, etree.XMLSyntaxError, ValueError) as error:
        raise CorruptDocument("The OpenDocument file is damaged and could not be read.") from error
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise NoText("The OpenDocument file has no text body.")
    assembler = TextAssembler()
    _add_blocks(body, assembler, in_list=False)
    if assembler.is_empty:
        raise NoText("The OpenDocument file contains no text.")
    return assembler.result({})


def _add_blocks(element, assembler: TextAssembler, in_list: bool) -> None:
    for child in element:
        if child.tag in _LEFT_OUT:
            continue
        if child.tag == _HEADING:
            level = child.get(f"{{{_TEXT}}}outline-level", "")
            assembler.add_segment(
                _text(child), "heading", level=int(level) if level.isdigit() and 0 < int(level) < 10 else None
            )
        elif child.tag == _PARAGRAPH:
            assembler.add_segment(_text(child), "list_item" if in_list else "paragraph")
        elif child.tag == _TABLE_ELEMENT:
            _add_table(child, assembler)
        else:  # lists, sections, frames: their paragraphs in order
            _add_blocks(child, assembler, in_list or child.tag == _LIST_ITEM)


def _add_table(table, assembler: TextAssembler) -> None:
    first_cell = True
    for row in table.iter(_ROW):
        first_in_row = True
        for cell in row.iterchildren(_CELL):
            text = " ".join(_text(paragraph) for paragraph in cell.iter(_PARAGRAPH)).strip()
            separator = None if first_cell else "\n" if first_in_row else "\t"
            if assembler.add_segment(text or EMPTY_CELL, "table_cell", separator=separator):
                first_cell = first_in_row = False


def _text(element) -> str:
    """An element's words on one line: "text:s" is spaces, a tab or line break a space."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _LEFT_OUT:
            if child.tag in (_SPACES, _TAB, _BREAK):
                parts.append(" ")
            else:
                parts.append(_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())
