"""Media types ingest understands, their aliases and human-readable labels."""

from __future__ import annotations

PLAIN_TEXT = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
WEBVTT = "text/vtt"
SRT = "application/x-subrip"
# No registered type exists for "Name: text" chat logs; this private one keeps them apart from
# plain text so that speakers and timestamps are parsed.
CHAT_TRANSCRIPT = "text/x-chat-transcript"
EMAIL = "message/rfc822"
MBOX = "application/mbox"
CSV = "text/csv"
TSV = "text/tab-separated-values"
OUTLOOK_MSG = "application/vnd.ms-outlook"
ZIP = "application/zip"  # a folder of documents, sent as one file
JSON = "application/json"  # a chat's or a tracker's export

# Types that detection may report but ingest does not read.
OCTET_STREAM = "application/octet-stream"
EMPTY = "application/x-empty"
LEGACY_WORD = "application/msword"
LEGACY_EXCEL = "application/vnd.ms-excel"
LEGACY_POWERPOINT = "application/vnd.ms-powerpoint"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"

SUPPORTED_MEDIA_TYPES: frozenset[str] = frozenset(
    {
        PLAIN_TEXT,
        MARKDOWN,
        HTML,
        PDF,
        DOCX,
        XLSX,
        PPTX,
        ODT,
        RTF,
        WEBVTT,
        SRT,
        CHAT_TRANSCRIPT,
        EMAIL,
        MBOX,
        CSV,
        TSV,
        OUTLOOK_MSG,
        ZIP,
        JSON,
    }
)

_ALIASES = {
    "text/x-markdown": MARKDOWN,
    "text/md": MARKDOWN,
    "application/xhtml+xml": HTML,
    "application/x-pdf": PDF,
    "text/webvtt": WEBVTT,
    "text/srt": SRT,
    "application/srt": SRT,
    "text/x-srt": SRT,
    "application/x-mbox": MBOX,
    "application/x-ms-outlook": OUTLOOK_MSG,
    "text/x-mail": EMAIL,
    "text/rtf": RTF,
    "application/csv": CSV,
    "text/comma-separated-values": CSV,
    "text/tsv": TSV,
    "text/json": JSON,
}

LABELS = {
    PLAIN_TEXT: "plain text",
    MARKDOWN: "Markdown",
    HTML: "HTML",
    PDF: "a PDF",
    DOCX: "a Word (.docx) document",
    XLSX: "an Excel (.xlsx) workbook",
    PPTX: "a PowerPoint (.pptx) deck",
    ODT: "an OpenDocument text (.odt)",
    RTF: "a Rich Text Format (.rtf) document",
    WEBVTT: "a WebVTT transcript",
    SRT: "an SRT transcript",
    CHAT_TRANSCRIPT: "a chat transcript",
    EMAIL: "an e-mail message",
    OUTLOOK_MSG: "an Outlook message (.msg)",
    ZIP: "a zip of documents",
    MBOX: "an mbox mailbox",
    CSV: "a CSV table",
    TSV: "a tab-separated table",
    JSON: "a JSON export",
}


def canonical_media_type(media_type: str) -> str:
    """Lower-case, drop parameters such as ``; charset=utf-8`` and resolve aliases."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return _ALIASES.get(essence, essence)
