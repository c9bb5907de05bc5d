"""``ingest``: bytes in, ``Document`` out, every failure an ``IngestError``."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from ..artifacts import Document, Segment
from . import media_types as types
from .detect import detect_media_type
from .errors import CorruptDocument, DocumentTooLarge, EmptyDocument, IngestError, NoText, UnsupportedType
from .formats.archive import parse_zip
from .formats.captions import parse_srt, parse_webvtt
from .formats.chat import parse_chat_transcript
from .formats.delimited import parse_csv, parse_tsv
from .formats.docx import parse_docx
from .formats.html import parse_html
from .formats.json_export import parse_json
from .formats.mail import parse_eml, parse_mbox
from .formats.markdown import parse_markdown
from .formats.opendocument import parse_odt
from .formats.outlook import parse_msg
from .formats.pdf import parse_pdf
from .formats.plain import parse_plain_text
from .formats.rtf import parse_rtf
from .formats.slides import parse_pptx
from .formats.spreadsheet import parse_xlsx
from .layout import ParsedText
from .limits import IngestLimits
from .source import Source

Parser = Callable[[Source], ParsedText]

PARSERS: dict[str, Parser] = {
    types.PLAIN_TEXT: parse_plain_text,
    types.MARKDOWN: parse_markdown,
    types.HTML: parse_html,
    types.PDF: parse_pdf,
    types.DOCX: parse_docx,
    types.XLSX: parse_xlsx,
    types.PPTX: parse_pptx,
    types.ODT: parse_odt,
    types.RTF: parse_rtf,
    types.WEBVTT: parse_webvtt,
    types.SRT: parse_srt,
    types.CHAT_TRANSCRIPT: parse_chat_transcript,
    types.EMAIL: parse_eml,
    types.MBOX: parse_mbox,
    types.OUTLOOK_MSG: parse_msg,
    types.ZIP: parse_zip,
    types.CSV: parse_csv,
    types.TSV: parse_tsv,
    types.JSON: parse_json,
}


def ingest(
    data: bytes,
    name: str,
    *,
    media_type: str | None = None,
    limits: IngestLimits | None = None,
) -> Document:
    """Turn an uploaded file into a ``Document`` with text and offset-exact segments.

    ``media_type`` overrides detection; pass it only when the caller knows the format (a
    browser's Content-Type header is not such knowledge: leave it to detection).
    Raises an ``IngestError`` subclass for any input that cannot be read.
    """
    limits = limits or IngestLimits()
    data = bytes(data)
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(f"The file is {len(data):,} bytes; at most {limits.max_bytes:,} bytes are accepted.")
    if not data.strip():
        raise EmptyDocument("The file is empty.")
    resolved_type = types.canonical_media_type(media_type) if media_type else detect_media_type(data, name)
    parser = PARSERS.get(resolved_type)
    if parser is None:
        raise UnsupportedType(_unsupported_message(resolved_type))
    parsed = _run(parser, Source(data, name, limits), resolved_type)
    if resolved_type == types.ZIP:
        parsed = _with_attachments(parsed, limits, "File", _ARCHIVED_TYPES, _MAX_ARCHIVED)
        if not parsed.segments:
            raise NoText(f"No file in the archive could be read: {parsed.metadata.get('attachments_not_read', '')}.")
    elif parsed.attachments:
        parsed = _with_attachments(parsed, limits)
    if not parsed.text.strip() or not parsed.segments:
        raise NoText("The file contains no text.")
    if len(parsed.text) > limits.max_text_chars:
        raise DocumentTooLarge(
            f"The file holds {len(parsed.text):,} characters of text; at most {limits.max_text_chars:,} are accepted."
        )
    digest = hashlib.sha256(data).hexdigest()
    return Document(
        id=f"doc-{digest[:12]}",
        name=name,
        media_type=resolved_type,
        sha256=digest,
        text=parsed.text,
        segments=[
            Segment(
                id=f"S{number}",
                start=draft.start,
                end=draft.end,
                page=draft.page,
                speaker=draft.speaker,
                at=draft.at,
                kind=draft.kind,
                level=draft.level,
            )
            for number, draft in enumerate(parsed.segments, start=1)
        ],
        metadata=parsed.metadata,
    )


def _run(parser: Parser, source: Source, media_type: str) -> ParsedText:
    """Run a parser; anything it raises that is not an ``IngestError`` means damaged input."""
    try:
        return parser(source)
    except IngestError:
        raise
    except Exception as error:  # includes RecursionError and MemoryError from hostile input
        label = types.LABELS.get(media_type, media_type)
        raise CorruptDocument(f"The file could not be read as {label}; it may be damaged.") from error


# What an e-mail's attachment may be to be read with it: documents, not further mail
_ATTACHMENT_TYPES = frozenset(
    {types.PDF, types.DOCX, types.XLSX, types.PPTX, types.ODT, types.RTF, types.PLAIN_TEXT, types.MARKDOWN, types.HTML, types.CSV, types.TSV, types.WEBVTT, types.SRT,
     types.CHAT_TRANSCRIPT}
)  # fmt: skip
_MAX_ATTACHMENTS = 20
# a zip of a client's folder may hold their e-mails too (read with their own attachments)
_ARCHIVED_TYPES = _ATTACHMENT_TYPES | {types.EMAIL, types.MBOX, types.OUTLOOK_MSG}
_MAX_ARCHIVED = 50


def _with_attachments(
    parsed: ParsedText,
    limits: IngestLimits,
    label: str = "Attachment",
    readable: frozenset[str] = _ATTACHMENT_TYPES,
    most: int = _MAX_ATTACHMENTS,
) -> ParsedText:
    """The message, then each attached document it carries under an "Attachment: name" line (an
    SRS sent as a PDF is what the client said too); or each file of a zip under "File: name".
    What cannot be read is listed, not fatal."""
    files, seen = [], set()
    for name, data in parsed.attachments:
        digest = hashlib.sha256(data).digest()
        if digest not in seen:  # one copy of a file attached to several messages of a thread
            seen.add(digest)
            files.append((name, data))
    read, skipped = [], [name for name in parsed.metadata.get("attachments_not_read", "").split("; ") if name]
    for name, data in files[:most]:
        media_type = detect_media_type(data, name)
        if media_type not in readable:
            skipped.append(f"{name} ({types.LABELS.get(media_type, media_type)})")
            continue
        try:
            attached = _run(PARSERS[media_type], Source(data, name, limits), media_type)
        except IngestError as error:
            skipped.append(f"{name} ({error})")
            continue
        if attached.attachments:  # an e-mail in a zip, with its own attachments
            attached = _with_attachments(attached, limits)
        if attached.segments:
            parsed = parsed.appended(f"{label}: {name}", attached)
            read.append(name)
    skipped += [f"{name} (more than {most} files)" for name, _ in files[most:]]
    metadata = dict(parsed.metadata)
    if read:
        metadata["attachments"] = "; ".join(read)
    if skipped:
        metadata["attachments_not_read"] = "; ".join(skipped)
    return ParsedText(parsed.text, parsed.segments, metadata)


def _unsupported_message(media_type: str) -> str:
    if media_type == types.LEGACY_WORD:
        return "Legacy Word (.doc) files are not supported; save the file as .docx and upload it again."
    if media_type == types.EMPTY:
        return "The file is empty."
    if media_type == types.LEGACY_EXCEL:
        return "Legacy Excel (.xls) workbooks are not read; save the workbook as .xlsx (or the sheet as CSV) and upload that."
    if media_type == types.LEGACY_POWERPOINT:
        return "Legacy PowerPoint (.ppt) files are not read; save the deck as .pptx or PDF and upload that."
    return (
        f"Files of type {media_type} are not supported. Upload plain text, Markdown, HTML, PDF, "
        "Word (.docx), OpenDocument (.odt), Rich Text (.rtf), Excel (.xlsx), PowerPoint (.pptx), a transcript (WebVTT, SRT, chat log), e-mail (.eml, .msg, mbox), a CSV table or a zip of these."
    )
