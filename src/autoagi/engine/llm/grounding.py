"""Find a model's "verbatim" quote in the source text, so every requirement points at real words.

Models copy imperfectly: they change curly quotes to straight ones, collapse line breaks, alter
case, drop a comma, or elide the middle of a long sentence with "...". :class:`QuoteLocator`
tries, in order, an exact match, a whitespace/case/typography-normalised match, a match on the
word sequence alone (punctuation ignored), and an elided match (each piece found in order,
close together). Whatever matches, offsets point into the original text, so the span can be
highlighted; a quote that matches none of these is not in the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

MatchMethod = Literal["exact", "normalised", "words", "elided"]

_TYPOGRAPHY = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2026": "...",
}
_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\.\.|\u2026)\s*\]|\.\.\.|\u2026)\s*")
# Fewer words than this match too many places to prove anything.
_MIN_WORDS_FOR_WORD_MATCH = 3
# An elided quote's pieces must lie within this multiple of their own length (plus slack).
_ELISION_SPREAD_FACTOR = 4
_ELISION_SLACK_CHARS = 300


@dataclass(frozen=True)
class QuoteMatch:
    start: int
    end: int
    method: MatchMethod


def _normalise(text: str) -> tuple[str, list[int]]:
    """Casefolded text with typography unified and whitespace runs collapsed, plus, for each
    character of the result, the index of the source character it came from."""
    characters: list[str] = []
    source_index: list[int] = []
    for index, character in enumerate(text):
        for produced in _TYPOGRAPHY.get(character, character).casefold():
            if produced.isspace():
                if not characters or characters[-1] == " ":
                    continue
                produced = " "
            characters.append(produced)
            source_index.append(index)
    return "".join(characters), source_index


class QuoteLocator:
    """Indexes one document's text once, then locates any number of quotes in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._normalised, self._normalised_source = _normalise(text)
        words = list(_WORD.finditer(text))
        self._word_starts = [word.start() for word in words]
        self._word_ends = [word.end() for word in words]
        self._joined_words = " ".join(word.group().casefold() for word in words)
        # Where each word starts and ends inside _joined_words.
        self._joined_starts: list[int] = []
        self._joined_ends: list[int] = []
        offset = 0
        for word in words:
            self._joined_starts.append(offset)
            offset += len(word.group().casefold())
            self._joined_ends.append(offset)
            offset += 1

    def locate(self, quote: str, *, prefer: tuple[int, int] | None = None) -> QuoteMatch | None:
        """Where ``quote`` occurs; inside ``prefer`` (e.g. the chunk the model saw) if it occurs there."""
        quote = quote.strip()
        if not quote:
            return None
        windows = [prefer, (0, len(self.text))] if prefer is not None else [(0, len(self.text))]
        for low, high in windows:
            match = self._locate_within(quote, low, high)
            if match is not None:
                return match
        return None

    def _locate_within(self, quote: str, low: int, high: int) -> QuoteMatch | None:
        for method, finder in (
            ("exact", self._find_exact),
            ("normalised", self._find_normalised),
            ("words", self._find_words),
        ):
            span = finder(quote, low, high)
            if span is not None:
                return QuoteMatch(span[0], span[1], method)  # type: ignore[arg-type]
        span = self._find_elided(quote, low, high)
        return QuoteMatch(span[0], span[1], "elided") if span is not None else None

    def _find_exact(self, quote: str, low: int, high: int) -> tuple[int, int] | None:
        position = self.text.find(quote, low, high)
        return (position, position + len(quote)) if position != -1 else None

    def _find_normalised(self, quote: str, low: int, high: int) -> tuple[int, int] | None:
        needle, _ = _normalise(quote)
        needle = needle.strip()
        if not needle:
            return None
        normalised_low = bisect.bisect_left(self._normalised_source, low)
        normalised_high = bisect.bisect_left(self._normalised_source, high)
        position = self._normalised.find(needle, normalised_low, normalised_high)
        if position == -1:
            return None
        last = position + len(needle) - 1
        return self._normalised_source[position], self._normalised_source[last] + 1

    def _find_words(self, quote: str, low: int, high: int) -> tuple[int, int] | None:
        needle_words = [word.casefold() for word in _WORD.findall(quote)]
        if len(needle_words) < _MIN_WORDS_FOR_WORD_MATCH:
            return None
        first_word = bisect.bisect_left(self._word_starts, low)
        past_last_word = bisect.bisect_right(self._word_ends, high)
        if past_last_word - first_word < len(needle_words):
            return None
        # Pad with spaces so a match always starts and ends on whole words. In the padded
        # string, the space before word k sits at _joined_starts[k] and the one after it at
        # _joined_ends[k] + 1.
        haystack = f" {self._joined_words} "
        needle = f" {' '.join(needle_words)} "
        position = haystack.find(needle, self._joined_starts[first_word], self._joined_ends[past_last_word - 1] + 2)
        if position == -1:
            return None
        word_index = bisect.bisect_left(self._joined_starts, position)
        return self._word_starts[word_index], self._word_ends[word_index + len(needle_words) - 1]

    def _find_elided(self, quote: str, low: int, high: int) -> tuple[int, int] | None:
        pieces = [piece for piece in _ELLIPSIS.split(quote) if piece.strip()]
        if len(pieces) < 2 or any(len(_WORD.findall(piece)) < 2 for piece in pieces):
            return None
        start: int | None = None
        cursor = low
        for piece in pieces:
            span = self._find_piece(piece, cursor, high)
            if span is None:
                return None
            if start is None:
                start = span[0]
            cursor = span[1]
        assert start is not None
        quoted_length = sum(len(piece) for piece in pieces)
        if cursor - start > quoted_length * _ELISION_SPREAD_FACTOR + _ELISION_SLACK_CHARS:
            return None
        return start, cursor

    def _find_piece(self, piece: str, low: int, high: int) -> tuple[int, int] | None:
        for finder in (self._find_exact, self._find_normalised, self._find_words):
            span = finder(piece.strip(), low, high)
            if span is not None:
                return span
        return None
