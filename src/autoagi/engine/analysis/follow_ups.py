"""Short sentences that only make sense with the requirement said just before them: "Families would
love to see when the carer arrived. Read only. But not the care notes, those are confidential."
"Read only" limits what was asked for; "but not the care notes" is a prohibition with the same
people and verb ("Families must not see the care notes"), its reason split off.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.detect import Candidate
from autoagi.engine.analysis.draft import Draft, draft_from
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import capitalise, is_plural_subject, singular, unshouted
from autoagi.engine.artifacts import SourceSpan

# "Read only.", "View only", "No editing": how far the access just asked for goes
_LIMIT_RE = re.compile(r"^\W*(?P<limit>(?:read|view)[\s-]only|no\s+editing|no\s+changes)\W*$", re.I)
# "But not the care notes, those are confidential."
_EXCEPT_RE = re.compile(
    r"^\W*(?:but\s+)?not\s+(?P<what>(?:the|their|any|our)\s+[^,.;]{2,50}?)(?:\s*[,;–—-]\s*(?P<why>[^.]{4,120}?))?\s*[.!]?$",
    re.I,
)
# "Families should be able to see when the carer arrived": who, and what they do
_ABLE_RE = re.compile(r"^(?P<who>.{2,60}?)\s+(?:should|must|could)\s+be\s+able\s+to\s+(?P<verb>[a-z]+)\b", re.I)
# "those are confidential": said of the things just named
_THOSE_RE = re.compile(r"^(?:those|these|they)(?:\s+are|['’]re)\s+(?P<rest>.+)$", re.I)
_GAP = 40  # characters between the two: the same turn, a sentence or two on


def limits_previous(previous: Draft | None, unit: Unit) -> bool:
    """ "Read only." right after a requirement from the same speaker joins that requirement."""
    limit = _LIMIT_RE.match(unit.text)
    if limit is None or previous is None or not _follows(previous, unit):
        return False
    said = " ".join(limit.group("limit").lower().replace("-", " ").split())
    previous.statement = f"{previous.statement.rstrip('.')} ({said})."
    previous.extra_sources.append(
        SourceSpan(document_id=previous.document_id, start=unit.start, end=unit.end, quote=unit.text)
    )
    return True


def exception_draft(index: int, previous: Draft | None, unit: Unit) -> Draft | None:
    """ "But not the care notes, those are confidential." after "Families should be able to see …":
    "Families must not see the care notes", because the care notes are confidential."""
    said = _EXCEPT_RE.match(unit.text)
    able = _ABLE_RE.match(previous.statement) if said and previous is not None else None
    if said is None or able is None or not _follows(previous, unit):
        return None
    what = said.group("what").strip()
    statement = f"{capitalise(able.group('who'))} must not {able.group('verb').lower()} {what}."
    candidate = Candidate(unit, "informal", "but not", 0.6)
    draft = draft_from(index, previous.document_id, candidate, unit.start, unit.end, unit.text, statement, False)
    draft.sentence = statement  # its "must not" is the priority cue
    if why := said.group("why"):
        those = _THOSE_RE.match(why)
        verb = "are" if is_plural_subject(what) else "is"
        draft.rationale = capitalise(f"{what} {verb} {those.group('rest')}" if those else why)
    return draft


# "Not the dentists." after "Reception and the practice manager need access to the admin side."
_NOT_WHO_RE = re.compile(r"^\W*(?:but\s+)?not\s+(?P<who>(?:the\s+)?[a-z]+s)\W*$", re.I)
_NEEDS_ACCESS_RE = re.compile(r"^.{2,80}?\s+needs?\s+(?P<what>access\s+to\s+[^,.]+)", re.I)


def barred_draft(index: int, previous: Draft | None, unit: Unit) -> Draft | None:
    """ "Not the dentists." right after who needs access to something: they must not have it."""
    said = _NOT_WHO_RE.match(unit.text)
    if said is None or previous is None or not _follows(previous, unit):
        return None
    who = unshouted(said.group("who"))
    if singular(who.split()[-1].lower()) not in ROLE_WORDS:
        return None
    if access := _NEEDS_ACCESS_RE.match(previous.statement):
        statement = f"{capitalise(who)} must not have {access.group('what')}."
    elif able := _ABLE_RE.match(previous.statement):
        statement = f"{capitalise(who)} must not be able to {previous.statement[able.start('verb') :].rstrip('.')}."
    else:
        return None
    candidate = Candidate(unit, "informal", "not", 0.6)
    draft = draft_from(index, previous.document_id, candidate, unit.start, unit.end, unit.text, statement, False)
    draft.sentence = statement  # its "must not" is the priority cue
    return draft


def _follows(previous: Draft, unit: Unit) -> bool:
    return previous.speaker == unit.speaker and 0 <= unit.start - previous.end <= _GAP
