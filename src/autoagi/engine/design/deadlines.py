"""Deadlines on what people do to a record: "an owner can cancel or move an appointment until 24
hours before it starts", and the requirements that point back at one ("the system shall refuse
online changes after that time").

A deadline binds the requirement's instance actions (cancel, move, reschedule, ...) on the entity
it names: the action is refused once the record's start is nearer than the deadline. The entity
gets a start time to count from when it has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design.model import EntityDraft, FieldDraft
from autoagi.engine.design.text import fold, natural_key
from autoagi.engine.numbers import NUMBER_WORD_PATTERN, number_value

START_FIELD = "starts_at"
_UNIT_HOURS = {"hour": 1, "day": 24, "working day": 24, "week": 24 * 7}
_DEADLINE_RE = re.compile(
    r"\b(?:until|up\s+to|no\s+later\s+than|not\s+later\s+than|at\s+least|more\s+than|as\s+late\s+as|"
    r"less\s+than|within)\s+"
    rf"(?P<count>\d+(?:\.\d+)?|{NUMBER_WORD_PATTERN})\s*"
    r"(?P<unit>hours?|hrs?|h|working\s+days?|days?|weeks?)\s+(?:before|prior\s+to|ahead\s+of)\b"
)
# "refuse online changes after that time", "stop them cancelling online in that window"
_BACK_REFERENCE_RE = re.compile(
    r"\b(?:refuse|refuses|reject|rejects|stop|stops|prevent|prevents|block|blocks|forbid|forbids|disallow|"
    r"not\s+allow|never\s+allow|must\s+not|shall\s+not|cannot|can't)\b.*\b(?:that|this|the)\s+"
    r"(?:time|window|deadline|cut-?off|period|point)\b"
)
_START_WORDS = ("start", "begin", "time", "date", "at", "when", "from")


@dataclass(frozen=True)
class StatedDeadline:
    requirement_id: str
    hours: float


def deadline_of(text: str) -> float | None:
    """Hours before the start that the text sets as a deadline, or None."""
    match = _DEADLINE_RE.search(fold(text))
    if match is None:
        return None
    count = match.group("count")
    number = number_value(count) or 0.0
    unit = re.sub(r"\s+", " ", match.group("unit")).rstrip("s")
    unit = {"hr": "hour", "h": "hour"}.get(unit, unit)
    hours = number * _UNIT_HOURS.get(unit, 1)
    return hours if hours > 0 else None


def find_deadlines(requirements: list[Requirement]) -> tuple[dict[str, StatedDeadline], dict[str, str]]:
    """Deadlines by requirement id, and which earlier requirement each back-reference points to."""
    deadlines: dict[str, StatedDeadline] = {}
    references: dict[str, str] = {}
    last: str | None = None
    for requirement in sorted(requirements, key=lambda item: natural_key(item.id)):
        if requirement.kind != "functional":
            continue
        # its own words first, then a reference to the deadline just stated, then the window its
        # acceptance criteria name (the analysis resolves "in that window" from the passage)
        hours = deadline_of(f"{requirement.title}. {requirement.statement}")
        if hours is None and last is not None and _BACK_REFERENCE_RE.search(fold(requirement.statement)):
            references[requirement.id] = last
            continue
        if hours is None:
            hours = deadline_of(". ".join(f"{item.given}. {item.then}" for item in requirement.acceptance_criteria))
        if hours is not None:
            deadlines[requirement.id] = StatedDeadline(requirement.id, hours)
            last = requirement.id
    return deadlines, references


def apply_deadlines(
    entities: dict[str, EntityDraft], deadlines: dict[str, StatedDeadline], references: dict[str, str]
) -> None:
    """Bind each deadline to the instance actions its requirement asked for, cite the requirements
    that refer back to it, and give the entity a start time to count from."""
    for entity in entities.values():
        bound = False
        for action in entity.actions.values():
            if action.scope != "instance" or action.method != "POST":
                continue
            asked = sorted((deadlines[rid] for rid in action.requirement_ids if rid in deadlines), key=_order)
            if not asked:
                continue
            action.deadline_hours = asked[0].hours
            action.requirement_ids |= {rid for rid, target in references.items() if target == asked[0].requirement_id}
            bound = True
        if bound:
            _ensure_start_field(entity)


def start_field(entity: EntityDraft) -> str:
    """The field a deadline counts back from: a stated start date-time, else ``starts_at``."""
    candidates = [
        field.name
        for field in entity.fields.values()
        if field.type == "datetime" and field.name not in ("created_at", "updated_at")
    ]
    for name in candidates:
        if any(word in name.split("_") for word in _START_WORDS):
            return name
    return candidates[0] if candidates else START_FIELD


def _ensure_start_field(entity: EntityDraft) -> None:
    name = start_field(entity)
    if name not in entity.fields:
        entity.fields[name] = FieldDraft(name=name, label="Starts at", type="datetime")


def _order(deadline: StatedDeadline) -> tuple:
    return natural_key(deadline.requirement_id)
