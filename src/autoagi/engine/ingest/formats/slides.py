"""PowerPoint decks (.pptx) via python-pptx: each shown slide in order, its title as a heading, the
text of its shapes top to bottom (placeholder bullets as list items), its tables as tables, and its
speaker notes; every segment carries the slide's number as its page, so a requirement cites the
slide it came from. The archive is vetted by ``archive_guard`` before python-pptx inflates it.
"""

from __future__ import annotations

import io

from ..archive_guard import check_archive
from ..errors import CorruptDocument, EncryptedDocument, NoText, UnsupportedType
from ..layout import ParsedText, TextAssembler
from ..source import Source
from .delimited import EMPTY_CELL
from .docx import OLE2_MAGIC, is_encrypted_office_file

_MAIN_PART = "ppt/presentation.xml"
_MAX_GROUP_NESTING = 8


def parse_pptx(source: Source) -> ParsedText:
    if is_encrypted_office_file(source.data):
        raise EncryptedDocument("The PowerPoint deck is password-protected; upload an unprotected copy.")
    if source.data.startswith(OLE2_MAGIC):
        raise UnsupportedType("Legacy PowerPoint (.ppt) files are not read; save the deck as .pptx or PDF.")
    if _MAIN_PART not in check_archive(source.data, source.limits):
        raise CorruptDocument("The file is a zip archive but not a PowerPoint (.pptx) deck.")
    # imported here, not at start-up: most runs read no deck
    import pptx
    from pptx.exc import PackageNotFoundError

    try:
        deck = pptx.Presentation(io.BytesIO(source.data))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise CorruptDocument("The PowerPoint deck is damaged and could not be read.") from error
    assembler = TextAssembler()
    shown = 0
    for number, slide in enumerate(deck.slides, start=1):
        if slide._element.get("show") == "0":
            continue  # a hidden slide is not part of what was presented
        shown += 1
        title = slide.shapes.title
        if title is not None and title.has_text_frame:
            assembler.add_segment(" ".join(title.text_frame.text.split()), "heading", page=number)
        title_id = title.shape_id if title is not None else None  # proxies differ; the shape's id does not
        for shape in _in_reading_order(slide.shapes):
            if shape.shape_id != title_id:
                _add_shape(shape, assembler, number, depth=0)
        if slide.has_notes_slide and (notes := slide.notes_slide.notes_text_frame) is not None:
            for paragraph in notes.paragraphs:
                assembler.add_segment(_text(paragraph), "paragraph", page=number)
    if assembler.is_empty:
        raise NoText("The deck contains no text." if shown else "The deck has no slides to show.")
    return assembler.result({"slides": str(shown)})


def _in_reading_order(shapes):
    """Top to bottom, then left to right: the order a reader takes a slide in, whatever order the
    shapes were drawn in."""
    return sorted(shapes, key=lambda shape: (shape.top or 0, shape.left or 0))


def _add_shape(shape, assembler: TextAssembler, page: int, depth: int) -> None:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP and depth < _MAX_GROUP_NESTING:
        for inner in _in_reading_order(shape.shapes):
            _add_shape(inner, assembler, page, depth + 1)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        _add_table(shape.table, assembler, page)
        return
    if not shape.has_text_frame:
        return
    # a placeholder's paragraphs are the slide's bullets; a text box's are prose
    kind = "list_item" if shape.is_placeholder else "paragraph"
    for paragraph in shape.text_frame.paragraphs:
        assembler.add_segment(_text(paragraph), "list_item" if paragraph.level > 0 else kind, page=page)


def _add_table(table, assembler: TextAssembler, page: int) -> None:
    first_cell = True
    for row in table.rows:
        first_in_row = True
        for cell in row.cells:
            if cell.is_spanned:
                continue  # a merged cell is read once, where it starts
            separator = None if first_cell else "\n" if first_in_row else "\t"
            text = " ".join(cell.text.split()) or EMPTY_CELL
            if assembler.add_segment(text, "table_cell", separator=separator, page=page):
                first_cell = first_in_row = False


def _text(paragraph) -> str:
    return " ".join("".join(run.text for run in paragraph.runs).split()) or " ".join(paragraph.text.split())
