"""Outlook messages (.msg, what dragging an e-mail out of Outlook gives) and the other OLE2 files
an upload may be: legacy Word, Excel and PowerPoint, told apart by their streams.

A message's properties ([MS-OXMSG]) are read with ``olefile``: subject, sender, date, the
plain-text body (or the HTML one) and the attached files. They are put back together as an RFC 822 message and read by
the e-mail parser, so a .msg gets exactly what an .eml gets: quoted history removed, a confirmed
summary kept, the signature dropped.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import HeaderParser
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime

import olefile

from .. import media_types as types
from ..errors import CorruptDocument, NoText
from ..layout import ParsedText
from ..source import Source
from .mail import parse_eml

_SUBJECT, _BODY, _HTML, _RTF = 0x0037, 0x1000, 0x1013, 0x1009
_SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP, _HEADERS = 0x0C1A, 0x0C1F, 0x5D01, 0x007D
_CODEPAGE, _DELIVERED, _SUBMITTED = 0x3FDE, 0x0E06, 0x0039
_ATTACH_DATA, _ATTACH_LONG_NAME, _ATTACH_NAME = 0x3701, 0x3707, 0x3704
_PT_UNICODE, _PT_STRING8, _PT_BINARY, _PT_LONG, _PT_SYSTIME = 0x001F, 0x001E, 0x0102, 0x0003, 0x0040
_TOP_LEVEL_HEADER = 32  # bytes before the fixed-size entries of the message's property stream
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
# Streams that say which Office program wrote an OLE2 file
_OFFICE_STREAMS = (
    ("WordDocument", types.LEGACY_WORD),
    ("Workbook", types.LEGACY_EXCEL),
    ("Book", types.LEGACY_EXCEL),
    ("PowerPoint Document", types.LEGACY_POWERPOINT),
)


def ole_media_type(data: bytes) -> str | None:
    """What an OLE2 file holds: an Outlook message, or a legacy Word, Excel or PowerPoint file;
    None when it cannot be read."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            names = {"/".join(entry) for entry in ole.listdir(streams=True, storages=False)}
    except (OSError, ValueError, struct.error, IndexError):
        return None
    if any(name.startswith("__substg1.0_") for name in names) or "__properties_version1.0" in names:
        return types.OUTLOOK_MSG
    return next((media_type for stream, media_type in _OFFICE_STREAMS if stream in names), None)


def parse_msg(source: Source) -> ParsedText:
    try:
        ole = olefile.OleFileIO(io.BytesIO(source.data))
    except (OSError, ValueError, struct.error, IndexError) as error:
        raise CorruptDocument("The Outlook message (.msg) could not be read; it may be damaged.") from error
    with ole:
        message = _Message(ole, source.limits.max_bytes)
        mail = message.as_email()
    return parse_eml(Source(mail.as_bytes(), source.name, source.limits))


class _Message:
    """The properties of a message that an e-mail needs."""

    def __init__(self, ole: olefile.OleFileIO, max_bytes: int) -> None:
        self.ole, self.max_bytes = ole, max_bytes
        self.fixed = self._fixed_properties()

    def as_email(self) -> EmailMessage:
        headers = HeaderParser().parsestr(self.text(_HEADERS) or "")
        mail = EmailMessage()
        sender = self._sender(headers)
        if sender:
            mail["From"] = sender
        if subject := self.text(_SUBJECT):
            mail["Subject"] = " ".join(subject.split())
        if sent := self._date(headers):
            mail["Date"] = format_datetime(sent)
        body, html, files = self.text(_BODY), self._html(), self._attachments()
        if body and body.strip():
            mail.set_content(body.replace("\r\n", "\n"))
        elif html:
            mail.set_content(html, subtype="html")
        elif not files and self._stream(_RTF, _PT_BINARY) is not None:
            raise NoText(
                "The Outlook message holds its text only as rich text (RTF); in Outlook, save it as "
                "plain text or HTML (or forward it to yourself) and upload that."
            )
        elif not files:
            raise NoText("The Outlook message has no text.")
        for name, data in files:
            mail.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
        return mail

    def _attachments(self) -> list[tuple[str, bytes]]:
        """(file name, bytes) of each attached file: storages "__attach_version1.0_#…"."""
        files = []
        for storage in sorted(
            {e[0] for e in self.ole.listdir(streams=True, storages=True) if e[0].startswith("__attach")}
        ):
            data = self._stream(_ATTACH_DATA, _PT_BINARY, storage)
            if data:
                name = self.text(_ATTACH_LONG_NAME, storage) or self.text(_ATTACH_NAME, storage)
                files.append((name or f"attachment {len(files) + 1}", data))
        return files

    def text(self, prop: int, storage: str = "") -> str | None:
        unicode = self._stream(prop, _PT_UNICODE, storage)
        if unicode is not None:
            return unicode.decode("utf-16-le", "replace").rstrip("\x00")
        ansi = self._stream(prop, _PT_STRING8, storage)
        return ansi.decode(self._codec(), "replace").rstrip("\x00") if ansi is not None else None

    def _html(self) -> str | None:
        html = self._stream(_HTML, _PT_BINARY)
        return html.decode(self._codec(), "replace") if html is not None else None

    def _codec(self) -> str:
        codepage = self.fixed.get((_CODEPAGE, _PT_LONG))
        name = {65001: "utf-8", 1252: "cp1252", 28591: "latin-1", 20127: "ascii"}.get(codepage or 0)
        return name or (f"cp{codepage}" if codepage else "cp1252")

    def _sender(self, headers) -> str | None:
        name = self.text(_SENDER_NAME)
        address = self.text(_SENDER_SMTP) or self.text(_SENDER_ADDRESS)
        if address and "@" not in address:
            address = None  # an Exchange ("/O=ORG/OU=…") address names no mailbox
        if not address and headers.get("From"):
            parsed = getaddresses([headers["From"]])
            name, address = (name or parsed[0][0]), parsed[0][1] if parsed else None
        return formataddr((name or "", address or "")) if name or address else None

    def _date(self, headers) -> datetime | None:
        if headers.get("Date"):
            try:
                return parsedate_to_datetime(headers["Date"])
            except (TypeError, ValueError):
                pass
        for prop in (_DELIVERED, _SUBMITTED):
            ticks = self.fixed.get((prop, _PT_SYSTIME))
            if ticks:
                return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        return None

    def _stream(self, prop: int, kind: int, storage: str = "") -> bytes | None:
        name = f"{storage + '/' if storage else ''}__substg1.0_{prop:04X}{kind:04X}"
        if not self.ole.exists(name):
            return None
        if self.ole.get_size(name) > self.max_bytes:
            raise CorruptDocument("The Outlook message says one of its parts is larger than the file.")
        with self.ole.openstream(name) as stream:
            return stream.read()

    def _fixed_properties(self) -> dict[tuple[int, int], int]:
        """(property, type) -> value of the fixed-size properties (numbers, dates)."""
        if not self.ole.exists("__properties_version1.0"):
            return {}
        with self.ole.openstream("__properties_version1.0") as stream:
            data = stream.read(self.max_bytes)
        values = {}
        for at in range(_TOP_LEVEL_HEADER, len(data) - 15, 16):
            tag, _, value = struct.unpack_from("<IIQ", data, at)
            kind, prop = tag & 0xFFFF, tag >> 16
            values[(prop, kind)] = value & 0xFFFFFFFF if kind == _PT_LONG else value
        return values
