"""E-mail: one ``.eml`` message (with any messages attached to it, as in a forwarded thread)
or an mbox mailbox, parsed with the standard ``email`` package.

Each message is one segment holding what its sender wrote (quoted replies removed), with the
sender as ``speaker`` and the sending time (ISO 8601) as ``at``. Messages are laid out oldest
first, each under a short "From / Date / Subject" header that is not part of the segment.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage, Message

from ..decoding import clean_text, decode_bytes
from ..errors import CorruptDocument, EmptyDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..quoted_replies import strip_quoted_replies
from ..source import Source
from .html import html_fragment_text

# mbox separator lines, and the ">From " escaping of body lines (mboxrd) undone.
_MBOX_SEPARATOR = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_MBOX_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|sv)\s*:\s*)+", re.IGNORECASE)


@dataclass(slots=True)
class _Mail:
    sender: str | None
    sent_at: datetime | None
    date_text: str | None
    subject: str
    body: str
    message_id: str | None
    attachments: list[tuple[str, bytes]]


def parse_eml(source: Source) -> ParsedText:
    return _lay_out(_read_messages([source.data], source.limits.max_email_nesting))


def parse_mbox(source: Source) -> ParsedText:
    chunks = [chunk for chunk in _MBOX_SEPARATOR.split(source.data) if chunk.strip()]
    messages = [_MBOX_ESCAPED_FROM.sub(rb"\1", chunk) for chunk in chunks]
    return _lay_out(_read_messages(messages, source.limits.max_email_nesting))


def _read_messages(raw_messages: list[bytes], max_nesting: int) -> list[_Mail]:
    if not any(raw.strip() for raw in raw_messages):
        raise EmptyDocument("The file contains no e-mail.")
    mails: list[_Mail] = []
    for raw in raw_messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        for nested in _with_attached_messages(message, max_nesting):
            mails.append(_read_mail(nested))
    return mails


def _with_attached_messages(message: Message, max_nesting: int, depth: int = 0) -> list[Message]:
    """The message followed by every message attached to it (a forwarded thread), recursively."""
    if depth > max_nesting:
        raise CorruptDocument("The e-mail nests attached messages too deeply to be read.")
    found = [message]
    parts = deque([message])
    while parts:
        part = parts.popleft()
        payload = part.get_payload()
        if part.get_content_type() == "message/rfc822" and part is not message:
            for inner in payload if isinstance(payload, list) else ():
                if isinstance(inner, Message):  # a damaged attachment is skipped, not fatal
                    found.extend(_with_attached_messages(inner, max_nesting, depth + 1))
        elif part.is_multipart() and isinstance(payload, list):
            parts.extend(payload)
    return found


def _read_mail(message: Message) -> _Mail:
    sent_at, date_text = _date(message)
    subject = clean_text(str(message.get("Subject", "") or "")).strip()
    return _Mail(
        sender=_sender(message),
        sent_at=sent_at,
        date_text=date_text,
        subject=subject,
        body=strip_quoted_replies(_body_text(message)),
        message_id=str(message.get("Message-ID", "") or "").strip() or None,
        attachments=_attached_files(message),
    )


def _attached_files(message: Message) -> list[tuple[str, bytes]]:
    """The files attached to a message (not attached messages, which are read as messages)."""
    if not isinstance(message, EmailMessage):
        return []
    files = []
    for part in message.iter_attachments():
        if part.get_content_maintype() in ("message", "multipart"):
            continue
        try:
            data = part.get_payload(decode=True) or b""
        except Exception:  # a damaged attachment is skipped, not fatal
            continue
        name = clean_text(part.get_filename() or "").strip() or f"attachment {len(files) + 1}"
        if data.strip():
            files.append((name, data))
    return files


def _sender(message: Message) -> str | None:
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", ()) if header is not None else ()
    except Exception:  # a malformed address header: fall back to its raw text
        addresses = ()
    if addresses:
        address = addresses[0]
        return clean_text(address.display_name or address.addr_spec).strip() or None
    raw = str(message.get("From", "") or "").strip()
    return clean_text(raw) or None


def _date(message: Message) -> tuple[datetime | None, str | None]:
    """The sending time, and its text: ISO 8601 when the header parses, else as written."""
    try:
        header = message.get("Date")
    except Exception:  # a header the policy cannot parse at all is treated as missing
        return None, None
    if header is None:
        return None, None
    sent_at = getattr(header, "datetime", None)
    if sent_at is None:
        return None, clean_text(str(header)).strip() or None
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=UTC)  # RFC 5322 "-0000": time in UTC, zone unknown
    return sent_at, sent_at.isoformat()


def _body_text(message: Message) -> str:
    if not isinstance(message, EmailMessage):
        return ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown charset or broken encoding
        payload = part.get_payload(decode=True) or b""
        content = decode_bytes(payload).text
    if not isinstance(content, str):
        return ""
    content = clean_text(content)
    return html_fragment_text(content) if part.get_content_subtype() == "html" else content


def _lay_out(mails: list[_Mail]) -> ParsedText:
    mails = _unique(mails)
    if all(mail.sent_at is not None for mail in mails):
        mails.sort(key=lambda mail: mail.sent_at)  # stable: equal times keep document order
    assembler = TextAssembler()
    for mail in mails:
        header_lines = [f"From: {mail.sender or 'unknown sender'}"]
        if mail.date_text:
            header_lines.append(f"Date: {mail.date_text}")
        if mail.subject:
            header_lines.append(f"Subject: {mail.subject}")
        assembler.add_segment(
            mail.body,
            "message",
            prefix="\n".join(header_lines) + "\n\n",
            speaker=mail.sender,
            at=mail.date_text,
        )
    if assembler.is_empty:
        raise NoText("The e-mail has no message text.")
    metadata = {"messages": str(len(mails))}
    subjects = [mail.subject for mail in mails if mail.subject]
    if subjects:
        metadata["subject"] = _REPLY_PREFIX.sub("", subjects[0]).strip() or subjects[0]
    parsed = assembler.result(metadata)
    parsed.attachments = [file for mail in mails for file in mail.attachments]
    return parsed


def _unique(mails: list[_Mail]) -> list[_Mail]:
    """Drop a message seen twice (same Message-ID), e.g. attached to two forwards."""
    seen: set[str] = set()
    unique = []
    for mail in mails:
        if mail.message_id is not None:
            if mail.message_id in seen:
                continue
            seen.add(mail.message_id)
        unique.append(mail)
    return unique
