"""A reply that answers a numbered question by its number: "Question 1 from the desk: please don't
book it automatically." The question ("1. ... should we book it for them automatically or just
offer it?") sits earlier in the thread. It is found by its number, the requirement is sourced on
it too, and what the answer's "it" stands for is read from the question's own words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from autoagi.engine.analysis.parties import find_entities
from autoagi.engine.analysis.units import Unit

# "Question 1 from the desk:", "Re question 2 -", "On your question 3:", "Q4:"
QUESTION_REFERENCE_RE = re.compile(
    r"^\W*(?:(?:re|on|about|regarding|as\s+for|for)\s*:?\s+)?(?:your\s+|the\s+)?(?:question|q)\s*"
    r"(?:no\.?\s*|number\s+|#\s*)?(?P<number>\d{1,2})\b(?P<tail>[^:.?!\n]{0,40}?)\s*[:–—-]\s*",
    re.IGNORECASE,
)
_IT_RE = re.compile(r"\bit\b", re.IGNORECASE)


def referenced_question(
    unit: Unit, units: list[Unit], text: str, quoted: dict[int, Unit] | None = None
) -> tuple[Unit, Unit] | None:
    """(the numbered question `unit` answers by its number, `unit` without the reference): the
    question is the last list item before it that opens with that number and ends with "?". A
    reply's numbered line ("2. No, they just expire") answers the quoted question of that number."""
    reference = QUESTION_REFERENCE_RE.match(unit.text)
    answer = unit
    prefix = text[text.rfind("\n", 0, unit.start) + 1 : unit.start]
    if reference is not None:
        answer = replace(unit, start=unit.start + reference.end(), text=unit.text[reference.end() :])
    elif quoted and (numbered := _NUMBERED_LINE_RE.fullmatch(prefix)) and not unit.quoted:
        question = quoted.get(int(numbered.group(1)))
        return (question, unit) if question is not None and not unit.text.rstrip().endswith("?") else None
    else:  # "Q3: ..." whose label the unit left out
        reference = QUESTION_REFERENCE_RE.fullmatch(prefix)
    if reference is None:
        return None
    marker = re.compile(rf"[\s>]*(?:Q\s*)?{int(reference.group('number'))}\s*[.):]\s*", re.IGNORECASE)
    found = None
    for candidate in units:
        if candidate.start >= unit.start:
            break
        line_start = text.rfind("\n", 0, candidate.start) + 1
        if candidate.text.rstrip().endswith("?") and marker.fullmatch(text[line_start : candidate.start]):
            found = candidate
    return (found, answer) if found is not None and answer.text.strip() else None


_NUMBERED_LINE_RE = re.compile(r"\s*(\d{1,2})[.)]\s*")


def quoted_questions(units: list[Unit], text: str) -> dict[int, Unit]:
    """The numbered questions quoted from the message a reply answers ("> 2. Do you need refunds?"),
    by number: what the reply's "2. No, ..." answers."""
    found: dict[int, Unit] = {}
    for unit in units:
        if unit.quoted and unit.text.rstrip().endswith("?"):
            marker = _QUOTED_NUMBER_RE.fullmatch(text[text.rfind("\n", 0, unit.start) + 1 : unit.start])
            if marker:
                found.setdefault(int(marker.group(1)), unit)
    return found


_QUOTED_NUMBER_RE = re.compile(r"\s*>\s*(\d{1,2})[.)]\s*")


def question_referent(question: str) -> str | None:
    """What the question's "it" stands for (the last thing it names before its first "it"), or the
    first thing it names when it says no "it": "... and a slot frees up, should we book it" -> slot."""
    pronoun = _IT_RE.search(question)
    names = [n for n in find_entities(question[: pronoun.start()] if pronoun else question, []) if "." not in n]
    if not names:
        return None
    return names[-1] if pronoun else names[0]
