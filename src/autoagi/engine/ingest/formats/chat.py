"""Chat-style transcripts: "Name: text" and "[00:01:02] Name: text" lines.

The text is kept verbatim; each utterance (with its continuation lines) is a segment that
covers the message only, with the speaker and timestamp as attributes. Lines that belong to no
speaker (a title, a date line) become paragraphs.
"""

from __future__ import annotations

from ..errors import EmptyDocument
from ..layout import ParsedText, SegmentDraft
from ..source import Source
from ..speakers import match_speaker_line

_SAMPLE_LINES = 200


def parse_chat_transcript(source: Source) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    segments: list[SegmentDraft] = []
    current: SegmentDraft | None = None
    line_start = 0
    for content in text.split("\n"):
        offset, line_start = line_start, line_start + len(content) + 1
        if not content.strip():
            current = None
            continue
        spoken = match_speaker_line(content)
        if spoken is not None:
            current = SegmentDraft(
                offset + spoken.message_start,
                offset + spoken.message_end,
                "utterance",
                speaker=spoken.speaker,
                at=spoken.at,
            )
            segments.append(current)
        elif current is not None:
            current.end = offset + len(content.rstrip())  # a continuation line
        else:
            start = offset + len(content) - len(content.lstrip())
            current = SegmentDraft(start, offset + len(content.rstrip()), "paragraph")
            segments.append(current)
    return ParsedText(text, segments, {"encoding": source.decoded.encoding})


def looks_like_chat_transcript(text: str) -> bool:
    """Most lines are "Name: text", by at least two people (or all are time-stamped)."""
    lines = [line for line in text.split("\n", _SAMPLE_LINES * 2)[: _SAMPLE_LINES * 2] if line.strip()]
    lines = lines[:_SAMPLE_LINES]
    spoken = [match for match in map(match_speaker_line, lines) if match is not None]
    if len(spoken) < 3 or len(spoken) < 0.5 * len(lines):
        return False
    speakers = {match.speaker for match in spoken}
    stamped = sum(match.at is not None for match in spoken)
    return len(speakers) >= 2 or stamped == len(spoken)
