"""A limit written as a rule, without a verb: "Max 20 people per class", "Up to 6 dogs per walker at
once", "Min. 2 nights per booking". What it caps is a rule the system has to enforce."""

from __future__ import annotations

import re

from autoagi.engine.numbers import NUMBER_WORD_PATTERN

_CAP_RE = re.compile(
    r"^\W*(?:(?P<most>max(?:imum)?\.?(?:\s+of)?|up\s+to|no\s+more\s+than|at\s+most)|"
    r"(?P<least>min(?:imum)?\.?(?:\s+of)?|at\s+least|no\s+fewer\s+than|no\s+less\s+than))\s+"
    rf"(?P<count>\d+|{NUMBER_WORD_PATTERN})\s+(?P<what>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,2}}?)\s+"
    r"(?P<per>(?:per|a|an|each|every|in\s+(?:a|each|one))\s+[A-Za-z][\w-]*(?:\s+(?:per|a|each|every)\s+[A-Za-z][\w-]*)*)"
    r"(?P<when>\s+at\s+(?:once|a\s+time|any\s+(?:one\s+)?time))?[\s.!]*$",
    re.IGNORECASE,
)


def cap_statement(clean: str) -> str | None:
    """ "Max 6 dogs per walker at once" -> "The system should allow at most 6 dogs per walker at once."
    ("Min 2 nights per booking": "… should require at least 2 nights per booking.")"""
    said = _CAP_RE.match(clean)
    if said is None:
        return None
    bound = "allow at most" if said.group("most") else "require at least"
    per = said.group("per")
    return f"The system should {bound} {said.group('count')} {said.group('what')} {per}{said.group('when') or ''}."


def states_a_cap(text: str) -> bool:
    return _CAP_RE.match(text) is not None
