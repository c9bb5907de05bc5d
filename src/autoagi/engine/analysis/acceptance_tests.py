"""A client's test cases ("Book a class" | "Open the timetable; pick a class; confirm" | "The booking
shows under My bookings"): each is a rule of the product, "When users open the timetable, pick a
class and confirm, the booking should show under My bookings.", with the steps and the expected
result as its acceptance criterion."""

from __future__ import annotations

import re

from autoagi.engine.analysis.faq import as_rule
from autoagi.engine.analysis.words import is_verb, joined, lower_first

_STEP_SPLIT_RE = re.compile(r"\s*(?:;|\n|→|->|>|\s\d{1,2}[.)]\s)\s*|\s*,\s*(?:then\s+)?|\s+then\s+")
_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s*")
_MODAL_RE = re.compile(r"\b(?:should|must|shall|will|can|cannot|can't)\b", re.I)


def rule_of_test_case(steps: str, expected: str) -> str | None:
    """ "Open the timetable; pick a class; confirm" + "The booking shows under My bookings" -> "When users
    open the timetable, pick a class and confirm, the booking should show under My bookings."; None
    when the steps are no actions of a user's."""
    actions = [_NUMBER_RE.sub("", step).strip(" .") for step in _STEP_SPLIT_RE.split(steps.strip()) if step.strip(" .")]
    if not actions or not all(is_verb(action.split()[0].lower()) for action in actions):
        return None
    done = [action[:1].lower() + action[1:] for action in actions]  # "Open My bookings": the verb is lower case
    listed = joined(done)
    outcome = _should(expected.strip().rstrip(" ."))
    return f"When users {listed}, {outcome}." if outcome else None


def criterion_of_test_case(steps: str, expected: str) -> str:
    """The test as the client wrote it, in Given/When/Then."""
    return f"Given a user is using the system, when they {lower_first(steps.strip().rstrip('.'))}, then {lower_first(expected.strip().rstrip('.'))}"


def _should(outcome: str) -> str | None:
    """ "The booking shows under My bookings" -> "the booking should show under My bookings"."""
    if _MODAL_RE.search(outcome):
        return lower_first(outcome)
    rule = as_rule(outcome)
    return lower_first(rule.rstrip(".")) if rule else None
