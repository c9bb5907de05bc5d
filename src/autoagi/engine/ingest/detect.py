"""Which format a file is, decided from its content; the file name only breaks ties.

Binary signatures (``%PDF``, a zip holding ``word/document.xml``) and unambiguous text headers
(``WEBVTT``, SRT numbering with ``-->``, RFC 822 header blocks, an HTML doctype) always win over
the name. The name's extension decides between text formats that look alike (Markdown, HTML
fragments, plain text), and names the format a damaged binary was meant to be.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import PurePath

from . import media_types as types
from .decoding import bom_encoding, bomless_utf16_encoding, clean_text, sniff_text
from .formats.chat import looks_like_chat_transcript
from .formats.delimited import delimiter_of, looks_delimited
from .formats.docx import OLE2_MAGIC, is_encrypted_office_file
from .formats.opendocument import is_odt
from .formats.outlook import ole_media_type

_EXTENSION_HINTS = {
    ".txt": types.PLAIN_TEXT,
    ".text": types.PLAIN_TEXT,
    ".md": types.MARKDOWN,
    ".markdown": types.MARKDOWN,
    ".mdown": types.MARKDOWN,
    ".mkd": types.MARKDOWN,
    ".html": types.HTML,
    ".htm": types.HTML,
    ".xhtml": types.HTML,
    ".pdf": types.PDF,
    ".docx": types.DOCX,
    ".doc": types.LEGACY_WORD,
    ".xlsx": types.XLSX,
    ".pptx": types.PPTX,
    ".odt": types.ODT,
    ".rtf": types.RTF,
    ".msg": types.OUTLOOK_MSG,
    ".vtt": types.WEBVTT,
    ".srt": types.SRT,
    ".eml": types.EMAIL,
    ".mbox": types.MBOX,
    ".csv": types.CSV,
    ".tsv": types.TSV,
    ".tab": types.TSV,
    ".json": types.JSON,
}
_OTHER_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"{\\rtf", types.RTF),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"\x7fELF", "application/x-executable"),
)
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OOXML_MAIN_PARTS = (
    (b"word/document.xml", types.DOCX),
    (b"xl/workbook.xml", types.XLSX),
    (b"ppt/presentation.xml", types.PPTX),
)
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_PDF_HEADER_WINDOW = 1024  # the PDF spec tolerates junk before "%PDF-"

_WEBVTT_HEADER = re.compile(r"WEBVTT(?:[ \t\n]|$)")
_SRT_FIRST_CUE = re.compile(r"\d+[ \t]*\n[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d+[ \t]*-->")
_HTML_START = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|body|head|table|tr|td|h[1-6]|ul|ol|li|br|a|b|i|em|strong)\b[^<>]{0,500}>", re.I
)
_HEADER_FIELD = re.compile(r"([!-9;-~]+):")
_MAIL_HEADERS = frozenset(
    {
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "mime-version",
        "return-path",
        "reply-to",
        "content-type",
        "delivered-to",
        "in-reply-to",
        "references",
    }
)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_SETEXT = re.compile(r"^[^\s\n][^\n]*\n(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_MD_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.MULTILINE)
_MD_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.MULTILINE)
_MD_INLINE = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|`[^`\n]+`")


def detect_media_type(data: bytes, name: str = "") -> str:
    """The media type of ``data``; ``name`` (e.g. "notes.md") is only a hint.

    Returns a type from ``SUPPORTED_MEDIA_TYPES`` or, for content ingest does not read, a
    descriptive type such as ``image/png``, ``application/zip`` or ``application/octet-stream``.
    """
    hint = _EXTENSION_HINTS.get(PurePath(name.replace("\\", "/")).suffix.lower())
    if not data.strip():
        return types.EMPTY
    binary_type = _binary_type(data, hint)
    if binary_type is not None:
        return binary_type
    return _text_type(clean_text(sniff_text(data)).lstrip(" \t\n"), hint)


def _member_names(data: bytes) -> set[str] | None:
    """The names in a zip's central directory (no member is inflated); None if it cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        return None


def _binary_type(data: bytes, hint: str | None) -> str | None:
    if _PDF_HEADER.search(data, 0, _PDF_HEADER_WINDOW):
        return types.PDF
    if data.startswith(_ZIP_SIGNATURES):
        names = _member_names(data)
        for part_name, media_type in _OOXML_MAIN_PARTS:
            # by its own members: a folder zipped with a workbook inside is still a folder
            if part_name.decode() in names if names is not None else part_name in data:
                return media_type
        if names is not None and "mimetype" in names and "content.xml" in names and is_odt(data):
            return types.ODT
        return types.DOCX if hint == types.DOCX else types.ZIP
    if data.startswith(OLE2_MAGIC):
        # Password-protected .docx files are OLE2 containers, like Outlook messages and legacy Office files.
        if is_encrypted_office_file(data):
            return hint if hint in (types.XLSX, types.PPTX) else types.DOCX  # its parser says it is protected
        return ole_media_type(data) or (hint if hint == types.OUTLOOK_MSG else types.LEGACY_WORD)
    for signature, media_type in _OTHER_SIGNATURES:
        if data.startswith(signature):
            return media_type
    is_text = bom_encoding(data) or bomless_utf16_encoding(data) or b"\x00" not in data[:8192]
    if is_text:
        return None
    # A damaged file named like a format we read is reported as damaged, not as unknown.
    return hint if hint in (types.PDF, types.DOCX, types.XLSX, types.PPTX) else types.OCTET_STREAM


def _text_type(text: str, hint: str | None) -> str:
    if text[:1] in "[{" and (hint == types.JSON or _parses_as_json(text)):
        return types.JSON  # a Slack or Jira export (not "[10:42] Ruth Evans", which is no JSON); named .json,
        # a damaged one is reported as damaged
    if _WEBVTT_HEADER.match(text):
        return types.WEBVTT
    if _SRT_FIRST_CUE.match(text):
        return types.SRT
    if text.startswith("From ") and looks_like_mail_headers(text.partition("\n")[2]):
        return types.MBOX
    if looks_like_mail_headers(text, lenient=hint in (types.EMAIL, types.MBOX)):
        return types.EMAIL
    if _HTML_START.match(text):
        return types.HTML
    if hint in (types.CSV, types.TSV):
        # named as a table: read as one when its rows split alike, else as the text it is
        delimiter = "\t" if hint == types.TSV else delimiter_of(text, ",")
        return hint if looks_delimited(text, delimiter) else types.PLAIN_TEXT
    if hint == types.MARKDOWN:
        return types.MARKDOWN
    if hint == types.HTML and _HTML_TAG.search(text):
        return types.HTML
    if looks_like_chat_transcript(text):
        return types.CHAT_TRANSCRIPT
    if text.startswith("<") and len(_HTML_TAG.findall(text, 0, 4096)) >= 2:
        return types.HTML
    if hint != types.PLAIN_TEXT and looks_like_markdown(text):
        return types.MARKDOWN
    return types.PLAIN_TEXT


def _parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def looks_like_mail_headers(text: str, *, lenient: bool = False) -> bool:
    """The text opens with an RFC 822 header block: From plus other well-known fields."""
    header_block = text.partition("\n\n")[0]
    names: set[str] = set()
    for line in header_block.split("\n", 300)[:300]:
        if line[:1] in (" ", "\t"):
            continue  # folded continuation of the previous field
        field = _HEADER_FIELD.match(line)
        if field is None:
            return False
        names.add(field.group(1).lower())
    known = len(names & _MAIL_HEADERS)
    if lenient:
        return "from" in names or known >= 2
    return "from" in names and known >= 2


def looks_like_markdown(text: str) -> bool:
    """Markdown structure (a heading or a code fence) and enough other markup around it."""
    structure = len(_MD_HEADING.findall(text)) + len(_MD_SETEXT.findall(text)) + len(_MD_FENCE.findall(text))
    if structure == 0:
        return False
    return structure + len(_MD_LIST.findall(text)) + len(_MD_INLINE.findall(text)) >= 3
