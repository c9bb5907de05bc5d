"""Counts written as words ("two hours", "twenty-four months"), shared by the analysis and design
engines so that every rule reading a duration accepts the same words."""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "ninety": 90}
# the compounds requirements use for durations: 24 hours, 36 or 48 hours, 72 hours
_COMPOUNDS = {("twenty", "four"): 24, ("thirty", "six"): 36, ("forty", "eight"): 48, ("seventy", "two"): 72}

NUMBER_WORDS: dict[str, int] = {
    **_UNITS,
    **_TENS,
    **{f"{tens}-{unit}": value for (tens, unit), value in _COMPOUNDS.items()},
}
# a regex alternation (no groups), longest first, then A-Z (the same text in every process); a
# compound may be written with a space or a hyphen
NUMBER_WORD_PATTERN = "|".join(
    [f"{tens}[\\s-]{unit}" for tens, unit in _COMPOUNDS]
    + sorted({*_UNITS, *_TENS}, key=lambda word: (-len(word), word))
)
_SEPARATOR = re.compile(r"[\s-]+")
# text that ends on a length of time ("12 months", "two hours", "the day"): a following "after" or
# "before" makes a time relation ("12 months after the last visit"), not a condition
DURATION_AT_END_RE = re.compile(
    rf"\b(?:\d+(?:\.\d+)?|{NUMBER_WORD_PATTERN}|a|an|one|the)\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)$",
    re.I,
)


def number_value(token: str) -> float | None:
    """The value of a digit string or a number word ("2", "2.5", "two", "twenty four"), else None."""
    word = _SEPARATOR.sub("-", token.strip().lower())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None
