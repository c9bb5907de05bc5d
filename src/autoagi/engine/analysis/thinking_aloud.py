"""What a client says while thinking aloud (a voice memo, a long turn in a call), as the requirement
an analyst writes: "What I'm after is something where customers can ask for a quote" (customers
should be able to), "Oh and invoices, at the moment I do them in Word, I'd like them sent
automatically" (invoices should be sent automatically; how it is done today is the reason), "I've
got about 200 customers in a spreadsheet, they'd need bringing over" (they should be imported),
"I don't want anything fancy" (the system should be simple).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import capitalise, singular

# "What I'm after is something where customers can ask for a quote without ringing me, they put in …"
_AFTER_RE = re.compile(
    r"^(?:(?:so|and|basically)[\s,]+)*(?:what\s+(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+(?:after|looking\s+for)|"
    r"what\s+(?:i|we)\s+(?:want|need)|the\s+idea)\s+is\s+(?:something|an?\s+(?:app|system|site|website|tool|way))\s+"
    r"(?:where|that\s+lets|so\s+that|so)\s+(?P<who>(?:the\s+|our\s+|my\s+)?[a-z]+s|staff|people)\s+can\s+"
    r"(?P<what>[a-z][^,]*)(?P<more>,\s*(?:they|and\s+they)\s+(?P<verb>[a-z]+)\s+(?P<rest>.+))?$",
    re.I,
)


def asks_for_the_lot(text: str) -> bool:
    """ "What I'm after is something where customers can ask for a quote, they put in the size …": the
    clauses after the first say how, and are read with it rather than cut off."""
    after = _AFTER_RE.match(" ".join(text.split()).rstrip(" .!"))
    return after is not None and after.group("more") is not None


def after_statement(clean: str) -> str | None:
    """ "What I'm after is something where customers can ask for a quote, they put in the size of the
    garden …" -> "Customers should be able to ask for a quote, and put in the size of the garden …"."""
    after = _AFTER_RE.match(clean.rstrip(" .!"))
    if after is None or singular(after.group("who").split()[-1].lower()) not in ROLE_WORDS | {"people", "person"}:
        return None
    who = re.sub(r"^(?:our|my)\s+", "the ", after.group("who"), flags=re.I)
    statement = f"{capitalise(who)} should be able to {after.group('what').strip()}"
    if after.group("more") and "VERB" in getAllLemmas(after.group("verb").lower()):
        statement += f", and {after.group('verb').lower()} {after.group('rest')}"
    return statement + "."


# "Oh and invoices, at the moment I do them in Word, I'd like them sent automatically when …"
_TOPIC_THEN_THEM_RE = re.compile(
    r"^(?:(?:oh\s+)?and\s+|also\s+|oh\s+)?(?P<topic>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),\s+"
    r"(?P<now>(?:at\s+the\s+moment|right\s+now|currently|today|at\s+present)\b[^,]{3,80}),\s+"
    r"(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+)?(?:like|love|want|prefer)\s+(?:them|it)\s+"
    r"(?P<done>[a-z]+(?:ed|en|t))\b(?P<rest>.*)$",
    re.I,
)


def topic_done_statement(clean: str) -> str | None:
    """ "Oh and invoices, at the moment I do them in Word, I'd like them sent automatically when we mark
    the job done" -> "Invoices should be sent automatically when we mark the job done, at the moment I
    do them in Word" (the rationale splits off how it is done today)."""
    said = _TOPIC_THEN_THEM_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    return f"{capitalise(said.group('topic'))} should be {said.group('done')}{said.group('rest')}, {said.group('now')}."


# "I've got about 200 regular customers in a spreadsheet, they'd need bringing over"
_CARRY_OVER_RE = re.compile(
    r"^(?:(?:and|also|oh)\s+)*(?:i|we)(?:['’]ve|\s+have)\s+(?:got\s+)?(?P<what>[^,]{3,60}?)\s+(?:in|on)\s+"
    r"(?P<where>(?:an?|the|our|my)\s+[a-z][\w -]{1,30}?),\s+(?:and\s+)?(?:they|those|these|that|it)\s*"
    r"(?:['’]d|['’]ll|would|will)?\s+(?:need|needs|have\s+to|has\s+to)\s+"
    r"(?:bringing|moving|importing|migrating|copying|transferring|to\s+be\s+(?:brought|moved|imported|migrated|copied))"
    r"(?:\s+(?:over|across|in|into\s+the\s+\w+))?$",
    re.I,
)


def carried_over_statement(clean: str) -> str | None:
    """ "I've got about 200 regular customers in a spreadsheet, they'd need bringing over" -> "About 200
    regular customers must be imported from the spreadsheet"."""
    said = _CARRY_OVER_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    where = re.sub(r"^(?:an?|my|our)\s+", "the ", said.group("where"), flags=re.I)
    return f"{capitalise(said.group('what'))} must be imported from {where}."


# "I don't want anything fancy": how simple it should be, not a thing ruled out
_NOTHING_FANCY_RE = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:i|we)\s+(?:really\s+)?(?:don['’]t|do\s+not)\s+(?:want|need)\s+"
    r"(?:anything|something|it)\s+(?:too\s+)?(?:fancy|complicated|complex|flashy|over[\s-]the[\s-]top)\b(?P<rest>.*)$",
    re.I,
)


def simple_statement(clean: str) -> str | None:
    """ "I don't want anything fancy, I'm not going to use a dashboard" -> "The system should be simple,
    I'm not going to use a dashboard" (the rest is the reason)."""
    said = _NOTHING_FANCY_RE.match(clean.rstrip(" .!"))
    if said is None:
        return None
    return f"The system should be simple{said.group('rest')}."


def thinking_aloud_statement(clean: str) -> str | None:
    """The requirement one of these ways of speaking states, or None."""
    for read in (after_statement, topic_done_statement, carried_over_statement, simple_statement):
        if statement := read(clean):
            return statement
    return None
