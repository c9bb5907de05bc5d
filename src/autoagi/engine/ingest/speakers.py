"""Recognise "Name: text" and "[00:01:02] Name: text" lines, shared by every transcript format."""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.read_back import CROSS, TICK

_TIMESTAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A chat app's export: "27/11/2026, 09:12" (WhatsApp), "11/27/26, 9:12 AM", "27.11.26 09:12:03"
_DATED = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t\u202f]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?"
_SPEAKER_LINE = re.compile(
    r"[ \t\u200e\u200f]*"  # WhatsApp on iOS marks lines left-to-right
    rf"(?:[\[(](?P<stamp>{_TIMESTAMP}|{_DATED})[\])][ \t]*(?:[-–][ \t]*)?"
    rf"|(?P<bare_stamp>{_TIMESTAMP}|{_DATED})[ \t]+(?:[-–][ \t]+)?)?"
    r"(?:>>[ \t]*|-[ \t]+)?"
    r"(?P<speaker>[^\W\d_][\w .'’()\-]{0,40}?)[ \t]*:[ \t]+(?P<message>\S[^\n]*)"
)
# Zoom's chat export: "10:02:11 From Priya Shah to Everyone:", the message on the lines below
_ZOOM_HEADER = re.compile(
    rf"[ \t]*(?P<stamp>{_TIMESTAMP})[ \t]+From[ \t]+(?P<speaker>[^\W\d_][\w .'’()\-]{{0,40}}?)"
    r"[ \t]+to[ \t]+(?:Everyone|[^:\n]{1,40}?)(?:[ \t]*\(?(?:in\s+)?(?:Direct\s+Message|privately)\)?)?[ \t]*:"
    r"(?:[ \t]*(?P<message>\S[^\n]*))?$",
    re.IGNORECASE,
)
# Otter, Zoom's transcript file, a chat copied from Teams: "Priya Shah  0:05" (or Otter's unnamed
# "Speaker 1  0:05") on a line of its own, the message on the lines below. Without a colon, only a
# capitalised name counts as a speaker.
_NAME_TIME_HEADER = re.compile(
    r"[ \t]*(?P<speaker>Speaker[ \t]+\d{1,3}|[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|\([^)\n]{1,30}\))){0,4})"
    r"[ \t]*[,|·]?[ \t]+"
    r"\[?(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?)\]?[ \t]*$"
)
# a chat copied from Teams: "[10:42] Ruth Evans" on a line of its own (the time in brackets first)
_TIME_NAME_HEADER = re.compile(
    r"[ \t]*\[(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?)\][ \t]*"
    r"(?P<speaker>[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|\([^)\n]{1,30}\))){0,4})[ \t]*$"
)
# What a chat app writes in place of a message: not something anyone said
_SYSTEM_MESSAGE = re.compile(
    r"^[\u200e\u200f]?(?:<Media omitted>|(?:image|video|audio|sticker|GIF|document) omitted|This message was deleted|"
    r"You deleted this message|<This message was edited>|Missed (?:voice|video) call|null)\s*$",
    re.IGNORECASE,
)
_TIMESTAMP_ONLY_LINE = re.compile(rf"[ \t]*[\[(]?{_TIMESTAMP}[\])]?[ \t]*$")
# Labels that look like "Name:" in notes and headers but are not people.
_NOT_SPEAKERS = frozenset(
    {
        # meeting-note labels
        "note", "notes", "nb", "action", "actions", "action item", "action items", "todo",
        "to do", "decision", "decisions", "date", "time", "when", "where", "location",
        "attendees", "participants", "present", "absent", "agenda", "summary", "next steps",
        "owner", "status", "priority", "deadline", "due", "goal", "goals", "context",
        "background", "problem", "solution", "outcome", "result", "results", "example", "e.g",
        "i.e", "ps", "p.s", "tip", "warning", "important", "update", "updates", "risk", "risks", "concern", "concerns", "worry",
        "issue", "issues", "meeting", "project", "client", "topic", "title", "ref", "see",
        # what minutes label a line with: a decision, a topic, a release
        "agreed", "decided", "agreement", "budget", "cost", "costs", "pricing", "timeline", "timescale", "timescales",
        "go-live", "go live", "launch", "launch date", "live date", "scope",
        "out of scope", "not for now", "not now", "later", "parked", "phase 1", "phase 2", "requirements",
        "constraints", "questions", "open questions", "must", "should", "could", "won't",
        # topics notes are grouped by, never a person's name
        "cancellation", "cancellations", "refund", "refunds", "payment", "payments", "delivery", "reminders",
        "booking", "bookings", "data", "hosting", "security", "privacy", "reporting", "reports",
        "notifications", "access", "login", "accounts", "performance",
        # backlog labels
        "epic", "epics", "story", "stories", "user story", "feature", "features", "ac", "acs",
        "acceptance criteria", "acceptance criterion", "dod", "definition of done", "bug", "bugs",
        # a request form's fields
        "description", "details", "detail", "why", "reason", "reasons", "rationale", "benefit", "benefits",
        "impact", "request", "requested by", "submitted by", "raised by", "reported by", "requester", "name",
        "email", "e-mail", "phone", "category", "type", "effort", "value",
        # e-mail and web
        "subject", "re", "fwd", "fw", "from", "to", "cc", "bcc", "sent", "http", "https", "mailto",
    }
)  # fmt: skip
_MAX_SPEAKER_WORDS = 5


@dataclass(frozen=True, slots=True)
class SpeakerLine:
    speaker: str
    at: str | None
    message_start: int  # offsets of the message within the string that was matched
    message_end: int
    system: bool = False  # "<Media omitted>": the chat app's placeholder, not something said


def match_speaker_line(line: str) -> SpeakerLine | None:
    """The speaker, timestamp and message of a "Name: text" line, if it is one. A header with its
    message on the lines below ("10:02:11 From Priya Shah to Everyone:", "Priya Shah  0:05") has an
    empty message."""
    match = _SPEAKER_LINE.match(line)
    if match is None:
        header = _ZOOM_HEADER.match(line) or _NAME_TIME_HEADER.match(line) or _TIME_NAME_HEADER.match(line)
        if header is None or not is_plausible_speaker(header.group("speaker").strip()):
            return None
        message = header.groupdict().get("message")
        at = header.start("message") if message else len(line.rstrip())
        stamp = " ".join(header.group("stamp").split())
        return SpeakerLine(header.group("speaker").strip(), stamp, at, len(line.rstrip()))
    speaker = match.group("speaker").strip()
    if not is_plausible_speaker(speaker):
        return None
    if speaker[:1].islower() and _VERDICT_ONLY.match(match.group("message")):
        return None  # "- online booking: ✓", "loyalty: n": a topic and its verdict in notes, no one speaking
    stamp = match.group("stamp") or match.group("bare_stamp")
    if stamp:  # "00:01:02,500" -> "00:01:02.500"; "27/11/2026, 09:12" -> "27/11/2026 09:12"
        stamp = " ".join(stamp.replace(", ", " ").replace(",", ".").split())
    message_start = match.start("message")
    return SpeakerLine(
        speaker,
        stamp,
        message_start,
        message_start + len(match.group("message").rstrip()),
        system=_SYSTEM_MESSAGE.match(match.group("message")) is not None,
    )


_VERDICT_ONLY = re.compile(rf"[ \t]*(?:yes|no|{TICK}|{CROSS})(?=\W|$)", re.I)


def is_label(name: str) -> bool:
    """ "Agreed", "Budget", "Not for now": a word minutes put before a colon that names no person."""
    return name.lower().rstrip(".") in _NOT_SPEAKERS


# "FR-1:", "NFR-2:", "REQ 3:": a requirement's id, not a person ("Speaker 1" is one)
_REQUIREMENT_ID = re.compile(r"^[A-Z]{1,6}[-_ ]?\d+(?:\.\d+)*$")


def is_plausible_speaker(name: str) -> bool:
    words = name.split()
    if not words or len(words) > _MAX_SPEAKER_WORDS:
        return False
    return not is_label(name) and not _REQUIREMENT_ID.match(name)


def is_timestamp_line(line: str) -> bool:
    return bool(_TIMESTAMP_ONLY_LINE.match(line))
