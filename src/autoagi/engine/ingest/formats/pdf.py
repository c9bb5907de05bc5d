"""PDF text layer via pypdf; page numbers kept, wrapped lines rejoined into paragraphs."""

from __future__ import annotations

import io

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from ..decoding import clean_text
from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..line_groups import group_lines, join_wrapped_lines, mark_block_titles
from ..source import Source
from .chat import as_transcript
from .plain import line_blocks

# In WinAnsiEncoding every unused code maps to the bullet (PDF 32000-1, annex D); pypdf
# passes code 0x7F through as a control character instead.
_WIN_ANSI_BULLET = str.maketrans({"\x7f": "•"})
# Titles PDF producers fill in when the author gave none.
_PLACEHOLDER_TITLES = frozenset({"", "(anonymous)", "untitled", "(untitled)"})


def parse_pdf(source: Source) -> ParsedText:
    reader = _open(source.data)
    page_count = len(reader.pages)
    if page_count > source.limits.max_pdf_pages:
        raise DocumentTooLarge(f"The PDF has {page_count} pages; at most {source.limits.max_pdf_pages} are accepted.")
    assembler = TextAssembler()
    unreadable_pages = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            page_text = clean_text((page.extract_text() or "").translate(_WIN_ANSI_BULLET))
        except Exception:  # one broken content stream should not lose the other pages
            unreadable_pages += 1
            continue
        _add_page(page_text, number, assembler)
    if unreadable_pages == page_count and page_count:
        raise CorruptDocument("The PDF's pages could not be read.")
    if assembler.is_empty:
        raise NoText("The PDF has no text layer (it may be a scanned image); run OCR on it and upload again.")
    metadata = {"pages": str(page_count)}
    if unreadable_pages:
        metadata["unreadable_pages"] = str(unreadable_pages)
    title = _title(reader)
    if title:
        metadata["title"] = title
    return as_transcript(assembler.result(metadata))  # a meeting transcript saved as PDF


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
    except FileNotDecryptedError as error:
        raise EncryptedDocument("The PDF is password-protected; upload an unprotected copy.") from error
    except PdfReadError as error:
        raise CorruptDocument("The PDF is damaged and could not be read.") from error
    if reader.is_encrypted:
        # Many PDFs are encrypted only to restrict printing or copying, with an empty user
        # password: those open without asking anyone for anything.
        try:
            opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except (DependencyError, NotImplementedError, PdfReadError):
            opened = False
        if not opened:
            raise EncryptedDocument("The PDF is password-protected; upload an unprotected copy.")
    return reader


def _add_page(page_text: str, page_number: int, assembler: TextAssembler) -> None:
    blocks = [group_lines(lines) for lines in line_blocks(page_text, 0, len(page_text))]
    mark_block_titles(blocks)
    for groups in blocks:
        for group in groups:
            assembler.add_segment(join_wrapped_lines(group.lines), group.kind, page=page_number)


def _title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # a malformed info dictionary is not worth failing the document for
        return None
    title = clean_text(str(title or "")).strip()
    return None if title.lower() in _PLACEHOLDER_TITLES else title
