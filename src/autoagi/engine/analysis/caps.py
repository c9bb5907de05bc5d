"""A limit written as a rule, without a verb: "Max 20 people per class", "Up to 6 dogs per walker at
once", "Min. 2 nights per booking". What it caps is a rule the system has to enforce."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter
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


# "We need at least 48 hours notice for custom cakes", "Min. 2 days' notice for group bookings",
# "Customers have to give us a week's notice": how far ahead something must be asked for
_NOTICE_RE = re.compile(
    r"^\W*(?:(?:oh\s+)?(?:and\s+|also\s+|but\s+)?(?:we|i)\s+(?:(?:always|really)\s+)?(?:need|require|want|ask\s+for|must\s+have)\s+|"
    r"(?:customers?|clients?|people|they)\s+(?:need\s+to|have\s+to|must|should)\s+give\s+(?:us\s+)?)?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|min(?:imum)?\.?)\s+)?"
    rf"(?P<count>\d+|an?|{NUMBER_WORD_PATTERN})\s*(?P<unit>h|hrs?|hours?|days?|weeks?)['’]?s?['’]?\s+notice\s+"
    r"(?P<what>(?:for|on|before)\s+[^.;!?]{3,80}?)[\s.!]*$",
    re.IGNORECASE,
)
_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours"}


def notice_statement(clean: str) -> str | None:
    """ "We need at least 48 hours notice for any custom cake" -> "The system should require at least
    48 hours' notice for any custom cake." """
    said = _NOTICE_RE.match(clean)
    if said is None:
        return None
    count, unit = said.group("count"), said.group("unit").lower()
    unit = _UNITS.get(unit, unit)
    if count.lower() in ("a", "an"):
        return f"The system should require at least {count.lower()} {unit.rstrip('s')}'s notice {said.group('what')}."
    if count in ("1", "one"):
        unit = unit.rstrip("s")
    elif not unit.endswith("s"):
        unit += "s"
    owned = f"{unit}'s" if not unit.endswith("s") else f"{unit}'"
    return f"The system should require at least {count} {owned} notice {said.group('what')}."


def states_a_notice(text: str) -> bool:
    return _NOTICE_RE.match(text) is not None


# "Nobody under 16 on an e-bike", "No one over 70 can go on the zip wire": who is too young or too old
_AGE_RE = prefilter.compile(
    r"^\W*(?:(?:and|also|but|oh|plus)[\s,]+)*(?:nobody|no\s+one|no)\s+(?P<side>under|over|below|above)[\s-]?(?P<age>\d{1,2})s?"
    r"\s+(?:(?P<modal>can|may|is\s+allowed\s+to)\s+(?P<act>[a-z][^.;!?]{2,60}?)|(?P<where>(?:on|in|at|into)\s+[^.;!?]{2,60}?))"
    r"[\s.!]*$",
    re.IGNORECASE,
)


def age_statement(clean: str) -> str | None:
    """ "Nobody under 16 on an e-bike" -> "Nobody under 16 should be allowed on an e-bike." """
    said = _AGE_RE.match(clean)
    if said is None:
        return None
    who = f"Nobody {said.group('side').lower()} {said.group('age')}"
    if said.group("act"):
        return f"{who} should be able to {said.group('act')}."
    return f"{who} should be allowed {said.group('where')}."


def states_an_age_limit(text: str) -> bool:
    return _AGE_RE.match(text) is not None
