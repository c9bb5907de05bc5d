"""Chat-style transcripts: "Name: text" and "[00:01:02] Name: text" lines.

The text is kept verbatim; each utterance (with its continuation lines) is a segment that
covers the message only, with the speaker and timestamp as attributes. Lines that belong to no
speaker (a title, a date line) become paragraphs.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..errors import EmptyDocument
from ..layout import ParsedText, SegmentDraft
from ..source import Source
from ..speakers import is_timestamp_line, match_speaker_line

_SAMPLE_LINES = 200


def parse_chat_transcript(source: Source) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    return ParsedText(text, chat_segments(text), {"encoding": source.decoded.encoding})


def chat_segments(text: str, paragraphs: bool = False) -> list[SegmentDraft]:
    """One utterance per speaker's message, a paragraph per line that belongs to no one. With
    `paragraphs` (a Word document's text, blank lines between its paragraphs) a blank line does not
    end a message: it runs on to the next speaker's line."""
    segments: list[SegmentDraft] = []
    current: SegmentDraft | None = None
    stamp: str | None = None  # a time on a line of its own, for the speaker's line below it (Google Meet)
    line_start = 0
    for content in text.split("\n"):
        offset, line_start = line_start, line_start + len(content) + 1
        if not content.strip():
            current = current if paragraphs and current is not None and current.kind == "utterance" else None
            continue
        if is_timestamp_line(content):
            stamp, current = content.strip(" \t[]()"), None
            continue
        spoken = match_speaker_line(content)
        if spoken is not None and spoken.at is None and stamp is not None:
            spoken = replace(spoken, at=stamp)
        stamp = None
        if spoken is not None and spoken.system:
            current = None  # "<Media omitted>"
        elif spoken is not None and spoken.message_start == spoken.message_end:
            # a header ("Priya Shah  0:05"): the message is on the lines below, its segment starts there
            current = SegmentDraft(-1, -1, "utterance", speaker=spoken.speaker, at=spoken.at)
            segments.append(current)
        elif spoken is not None:
            current = SegmentDraft(
                offset + spoken.message_start,
                offset + spoken.message_end,
                "utterance",
                speaker=spoken.speaker,
                at=spoken.at,
            )
            segments.append(current)
        elif current is not None:
            if current.start < 0:
                current.start = offset + len(content) - len(content.lstrip())
            current.end = offset + len(content.rstrip())  # a continuation line
        else:
            start = offset + len(content) - len(content.lstrip())
            current = SegmentDraft(start, offset + len(content.rstrip()), "paragraph")
            segments.append(current)
    return [segment for segment in segments if segment.start >= 0]  # a header with no message under it


def looks_like_chat_transcript(text: str, paragraphs: bool = False) -> bool:
    """Most lines are "Name: text", by at least two people (or all are time-stamped). A header with
    its message below ("Priya Shah  0:05") counts only when a message follows it: an agenda's
    "Welcome 09:00" and "Lunch 12:30" are no one speaking. `paragraphs`: see ``chat_segments``."""
    spoken, lines, continued = [], 0, 0
    header = None  # a header line waiting for the message below it
    under_header = False  # inside the message below a header line
    for line in text.split("\n", _SAMPLE_LINES * 2)[: _SAMPLE_LINES * 2]:
        if not line.strip():
            if not paragraphs:  # in a Word document a blank line only separates its paragraphs
                header, under_header = None, False
            continue
        if is_timestamp_line(line):
            continue  # "00:00:12" over the speaker's line: part of it
        lines += 1
        match = match_speaker_line(line)
        if match is not None and match.message_start == match.message_end:
            header, under_header = match, False
        elif match is not None:
            spoken.append(match)
            header, under_header = None, False
        elif header is not None or under_header or line[:1].isspace():
            if header is not None:
                spoken.append(header)
            header, under_header = None, True
            continued += 1  # a message's own line (Zoom indents them, Otter puts them under the name)
        if lines == _SAMPLE_LINES:
            break
    if len(spoken) < 3 or len(spoken) < 0.5 * (lines - continued):
        return False
    speakers = {match.speaker for match in spoken}
    stamped = sum(match.at is not None for match in spoken)
    if paragraphs and len(speakers) == len(spoken):
        # a Word or PDF document's "Hosting: EU only", "Payments: card": topics, each named once;
        # people in a meeting speak again and again
        return False
    return len(speakers) >= 2 or stamped == len(spoken)


def as_transcript(parsed: ParsedText) -> ParsedText:
    """A Word or PDF document that is a meeting transcript ("Priya Shah   0:05", then what she
    said, paragraphs apart): its segments become utterances, each keeping the page it starts on."""
    if not looks_like_chat_transcript(parsed.text, paragraphs=True):
        return parsed
    paged = [segment for segment in parsed.segments if segment.page is not None]  # in text order
    starts = [segment.start for segment in paged]
    utterances = chat_segments(parsed.text, paragraphs=True)
    for utterance in utterances:
        at = bisect_right(starts, utterance.start) - 1  # the last paragraph starting at or before it
        utterance.page = paged[at].page if at >= 0 else None
    return ParsedText(parsed.text, utterances, parsed.metadata, parsed.attachments)
