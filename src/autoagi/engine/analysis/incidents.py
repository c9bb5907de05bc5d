"""What went wrong before, and "That can't happen again": "Last year the old site went down on
Valentine's morning and we lost a lot of orders. That can't happen again." The requirement is that
it does not happen again ("The site must not go down again"); the incident is its reason, and both
sentences are its sources.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.detect import Candidate
from autoagi.engine.analysis.draft import Draft, draft_from, span_of
from autoagi.engine.analysis.units import Unit
from autoagi.engine.artifacts import Document

# "That can't happen again.", "We can't have that again", "Never again."
_NEVER_AGAIN_RE = re.compile(
    r"^\W*(?:(?:and|so|but)[\s,]+)?(?:(?:that|this|it)\s+(?:can['’]?t|cannot|can\s+not|mustn['’]t|must\s+not|"
    r"shouldn['’]t|should\s+not|won['’]t|will\s+not|can\s+never)\s+happen\s+again|"
    r"we\s+(?:can['’]?t|cannot)\s+(?:have|afford|risk)\s+(?:that|this|it)\s+(?:happening\s+)?again|never\s+again)\W*$",
    re.I,
)
# "the old site went down", "our booking system crashed": the thing and what happened to it
_INCIDENT_RE = re.compile(
    r"\b(?:the|our|your)\s+(?:old\s+|current\s+|existing\s+|previous\s+)?(?P<thing>(?:[\w-]+\s+)?(?:site|website|system|app|"
    r"server|portal|shop|platform|checkout|booking\s+system|payments?))\s+(?:completely\s+|totally\s+)?"
    r"(?P<what>went\s+down|was\s+down|was\s+offline|went\s+offline|crashed|froze|broke|stopped\s+working|fell\s+over|"
    r"timed\s+out|lost\s+(?:all\s+)?(?:the\s+|our\s+)?(?:data|orders|bookings|records))\b",
    re.I,
)
_NOT_AGAIN = {
    "went down": "go down",
    "was down": "go down",
    "was offline": "go offline",
    "went offline": "go offline",
    "crashed": "crash",
    "froze": "freeze",
    "broke": "break",
    "stopped working": "stop working",
    "fell over": "fall over",
    "timed out": "time out",
}


def never_again(text: str) -> bool:
    """ "That can't happen again.": what went wrong before must not happen again."""
    return _NEVER_AGAIN_RE.match(text.strip()) is not None


def not_again(incident: str) -> str | None:
    """The requirement an incident's "never again" states: "The site must not go down again"."""
    found = _INCIDENT_RE.search(incident)
    if found is None:
        return None
    what = " ".join(found.group("what").lower().split())
    thing = " ".join(found.group("thing").lower().split())
    if what.startswith("lost"):
        return f"The {thing} must not lose {what.split(maxsplit=1)[1]} again."
    return f"The {thing} must not {_NOT_AGAIN[what]} again."


def never_again_draft(index: int, document: Document, incident: Unit, unit: Unit) -> Draft | None:
    """ "Last year the old site went down on Valentine's morning. That can't happen again.": the site
    must not go down again, for the reason the sentence before gives."""
    statement = not_again(incident.text)
    if statement is None:
        return None
    candidate = Candidate(unit, "informal", "happen again", 0.7)
    draft = draft_from(index, document.id, candidate, unit.start, unit.end, unit.text, statement, False)
    draft.extra_sources.append(span_of(document, incident))
    draft.rationale = incident.text.strip()
    return draft
