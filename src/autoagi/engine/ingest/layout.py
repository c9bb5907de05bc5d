"""What a format parser hands back, and a helper that lays text out while recording offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from .decoding import clean_text

# Segments of these kinds follow each other on the next line rather than after a blank line.
_LINE_SEPARATED_KINDS = frozenset({"list_item", "utterance"})


@dataclass(slots=True)
class SegmentDraft:
    """A segment before it gets its id: ``text[start:end]`` is the segment's text."""

    start: int
    end: int
    kind: str
    page: int | None = None
    speaker: str | None = None
    at: str | None = None
    level: int | None = None  # a heading's depth, where the format says it


@dataclass(slots=True)
class ParsedText:
    text: str
    segments: list[SegmentDraft]
    metadata: dict[str, str] = field(default_factory=dict)
    # files a message carries (name, bytes), for the pipeline to read and append
    attachments: list[tuple[str, bytes]] = field(default_factory=list)

    def appended(self, label: str, other: ParsedText) -> ParsedText:
        """This text, then ``label`` on a line of its own, then ``other`` with its segments moved along."""
        joint = f"\n\n{clean_text(label)}\n\n" if self.text.strip() else f"{clean_text(label)}\n\n"
        # trailing blank lines go (no segment reaches into them), so the label sits one blank line down
        before = self.text[: max([len(self.text.rstrip()), *(s.end for s in self.segments)])]
        after = other.text[: max([len(other.text.rstrip()), *(s.end for s in other.segments)])]
        offset = len(before) + len(joint)
        moved = [
            SegmentDraft(s.start + offset, s.end + offset, s.kind, s.page, s.speaker, s.at, s.level)
            for s in other.segments
        ]
        return ParsedText(before + joint + after, self.segments + moved, self.metadata, self.attachments)


class TextAssembler:
    """Builds a document's text piece by piece and records where each segment lands.

    Used by formats whose text is composed (PDF, DOCX, HTML, transcripts, e-mail) rather than
    taken verbatim from the input. Every piece is cleaned (NFC, newlines, controls) before its
    offsets are taken, so the offsets always refer to the final text.
    """

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._length = 0
        self._segments: list[SegmentDraft] = []
        self._last_kind: str | None = None

    @property
    def is_empty(self) -> bool:
        return self._length == 0

    def write(self, text: str) -> None:
        """Append text that belongs to no segment (separators, labels such as "Name: ")."""
        text = clean_text(text)
        self._pieces.append(text)
        self._length += len(text)

    def add_segment(
        self,
        text: str,
        kind: str,
        *,
        separator: str | None = None,
        prefix: str = "",
        page: int | None = None,
        speaker: str | None = None,
        at: str | None = None,
        level: int | None = None,
    ) -> SegmentDraft | None:
        """Append ``text`` as a segment; blank text is skipped and ``None`` returned.

        ``separator`` goes before the segment unless it is the first thing written; by default a
        blank line, or a single newline between consecutive list items or utterances.
        ``prefix`` is written between the separator and the segment without being part of it.
        """
        text = clean_text(text).strip()
        if not text:
            return None
        if not self.is_empty:
            if separator is None:
                same_run = kind == self._last_kind and kind in _LINE_SEPARATED_KINDS
                separator = "\n" if same_run else "\n\n"
            self.write(separator)
        if prefix:
            self.write(prefix)
        start = self._length
        self._pieces.append(text)
        self._length += len(text)
        segment = SegmentDraft(start, self._length, kind, page=page, speaker=speaker, at=at, level=level)
        self._segments.append(segment)
        self._last_kind = kind
        return segment

    def result(self, metadata: dict[str, str] | None = None) -> ParsedText:
        return ParsedText("".join(self._pieces), self._segments, dict(metadata or {}))
