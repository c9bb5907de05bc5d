"""Cut a document into sentence-sized units with exact character offsets.

A unit never crosses a segment boundary or a line that starts a new list item, so a plain
text with one requirement per line yields at least one unit per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from autoagi.engine.artifacts import Document

# Line prefixes that are layout, not content: bullets, numbering, requirement ids, quote marks,
# Markdown headings and timestamps.
_PREFIX_RE = re.compile(
    r"""[ \t]*(?:
        (?:>[ \t]?)+                                  # quoted e-mail lines
      | \#{1,6}[ \t]+                                 # Markdown heading
      | [-*•‣◦▪–+][ \t]+(?:\[[ xX]\][ \t]+)?          # bullets and task boxes
      | \(?\d{1,3}(?:\.\d{1,3})*[.)][ \t]+            # 1. 1) 2.3.1.
      | \d{1,3}(?:\.\d{1,3})+[ \t]+                   # 2.3.1 (no trailing dot)
      | \(?[a-zA-Z][.)][ \t]+                         # a) b.
      | \[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?[ \t]*  # [00:01:02]
      | (?:[A-Z]{1,6}[-_]?\d{1,4}(?:\.\d+)*)[ \t]*[:.)\-–][ \t]+  # FR-12: REQ_3.
    )+""",
    re.VERBOSE,
)
_SPEAKER_RE = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})[ \t]*(?:\([^)]{0,40}\))?:[ \t]+(?=\S)")
_LABEL_RE = re.compile(r"([A-Za-z][\w'’-]*(?:[ \t][A-Za-z][\w'’-]*){0,2})[ \t]*:[ \t]+(?=\S)")
_EMAIL_HEADER_RE = re.compile(
    r"(?:from|to|cc|bcc|sent|date|subject|reply-to|message-id|mime-version|content-type)\s*:",
    re.IGNORECASE,
)
# Words that look like a speaker label but announce the kind of statement.
LABEL_WORDS = frozenset(
    {
        "decision",
        "decisions",
        "decided",
        "agreed",
        "agreement",
        "action",
        "action item",
        "action items",
        "ai",
        "todo",
        "to do",
        "next step",
        "next steps",
        "follow up",
        "follow-up",
        "note",
        "notes",
        "requirement",
        "requirements",
        "must",
        "should",
        "could",
        "won't",
        "wont",
        "must have",
        "should have",
        "could have",
        "won't have",
        "nice to have",
        "priority",
        "question",
        "q",
        "a",
        "re",
        "fyi",
        "ps",
        "p.s",
        "update",
        "issue",
        "problem",
        "risk",
        "constraint",
        "assumption",
    }
)
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "vs",
        "approx",
        "no",
        "nr",
        "fig",
        "sec",
        "min",
        "max",
        "incl",
        "dept",
        "st",
        "cf",
        "al",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "resp",
        "ref",
        "vol",
        "pp",
        "esp",
        "est",
        "ca",
    ]
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_TERMINAL = ".!?:;…"


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    text: str
    speaker: str | None = None
    label: str | None = None  # "Decision", "Action item", "Must have", ... stripped from the line
    block: int = 0  # index of the paragraph / line group it belongs to


def iter_units(document: Document) -> Iterator[Unit]:
    text = document.text
    regions = _coalesce(text, sorted(((s.start, s.end, s.speaker) for s in document.segments), key=lambda r: r[:2]))
    if not regions:
        regions = [(0, len(text), None)]
    block = 0
    cursor = 0
    for start, end, speaker in regions:
        start = max(start, cursor)
        end = min(end, len(text))
        if start >= end:
            continue
        cursor = end
        for line_start, line_end, line_speaker, label in _logical_lines(text, start, end):
            block += 1
            for s, e in _sentences(text, line_start, line_end):
                yield Unit(s, e, text[s:e], speaker or line_speaker, label, block)


def _coalesce(text: str, regions: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """Join segments that are consecutive lines of one speaker, so a wrapped sentence stays whole.

    The line logic below still splits them where a new sentence or list item starts."""
    out: list[tuple[int, int, str | None]] = []
    for start, end, speaker in regions:
        if out:
            prev_start, prev_end, prev_speaker = out[-1]
            gap = text[prev_end:start]
            if (
                speaker == prev_speaker
                and prev_end <= start
                and gap.strip(" \t\r") in ("", "\n")
                and gap.count("\n") <= 1
            ):
                out[-1] = (prev_start, max(prev_end, end), speaker)
                continue
        out.append((start, end, speaker))
    return out


def _logical_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, str | None, str | None]]:
    """Lines of the region with layout prefixes stripped; wrapped lines joined."""
    pending: list[int] | None = None  # [start, end] of the line being continued
    speaker = label = None
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        raw_start = pos
        pos = line_end + 1
        content_start, line_speaker, line_label, is_item = _strip_prefix(text, raw_start, line_end)
        content_end = _rstrip(text, content_start, line_end)
        if content_start >= content_end or _EMAIL_HEADER_RE.match(text, content_start, content_end):
            if pending:
                yield pending[0], pending[1], speaker, label
                pending = None
            continue
        continues = (
            pending is not None
            and not is_item
            and line_speaker is None
            and line_label is None
            and text[pending[1] - 1] not in _TERMINAL
            and (text[content_start].islower() or text[content_start] in "(&,")
        )
        if continues:
            pending[1] = content_end
            continue
        if pending:
            yield pending[0], pending[1], speaker, label
        pending = [content_start, content_end]
        speaker, label = line_speaker, line_label
    if pending:
        yield pending[0], pending[1], speaker, label


def _strip_prefix(text: str, start: int, end: int) -> tuple[int, str | None, str | None, bool]:
    pos = start
    while pos < end and text[pos] in " \t\r\ufeff":
        pos += 1
    is_item = False
    speaker = label = None
    for _ in range(3):  # e.g. "- [00:01] Alice: Decision: ..."
        m = _PREFIX_RE.match(text, pos, end)
        if m and m.end() > pos:
            pos = m.end()
            is_item = True
        m = _LABEL_RE.match(text, pos, end)
        if m and m.group(1).lower().rstrip(".") in LABEL_WORDS:
            label = label or m.group(1)
            pos = m.end()
            continue
        m = _SPEAKER_RE.match(text, pos, end)
        if not m:
            break
        name = m.group(1)
        if speaker is None and label is None:
            speaker = name
        else:
            break
        pos = m.end()
    return pos, speaker, label, is_item


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\u00a0":
        end -= 1
    return end


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    seg_start = start
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, seg_start, dot):
            continue
        stop = m.end()
        while stop > seg_start and text[stop - 1].isspace():
            stop -= 1
        if stop > seg_start:
            yield seg_start, stop
        seg_start = m.end()
    if seg_start < end:
        yield seg_start, end


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    word_start = dot
    while word_start > start and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial, "J. Smith"
    return word in _ABBREVIATIONS or word.replace(".", "") in _ABBREVIATIONS
