"""Request forms pasted as text: blocks of "Field: value" lines, one block per request.

    Feature: Online repeat prescriptions
    Description: Patients should order repeat prescriptions online …
    Why: The phone line is jammed every Monday morning.
    Priority: High

The description is the requirement; the feature's name titles it, the "Why" is its rationale and
the priority ranks it. Who submitted it, and when, are no requirements at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FIELD_RE = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z /-]{1,24}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.M)

_DESCRIPTION = frozenset(
    {"description", "details", "detail", "user story", "story", "what", "expected behaviour", "expected behavior",
     "expected", "expected result", "desired behaviour", "desired behavior", "desired result"}
)  # fmt: skip
_TITLE = frozenset({"feature", "feature request", "request", "title", "summary", "idea", "name of feature"})
# (a change request's "Current behaviour" is how it is now: why the expected behaviour is asked for)
_REASON = frozenset(
    {"why", "reason", "rationale", "benefit", "benefits", "business value", "value", "impact", "current behaviour",
     "current behavior", "actual behaviour", "actual behavior", "actual result"}
)  # fmt: skip
_PRIORITY = frozenset({"priority", "importance", "urgency"})
_ABOUT_THE_FORM = frozenset(
    {"submitted by", "requested by", "raised by", "reported by", "requester", "name", "email", "e-mail", "phone",
     "date", "submitted", "department", "status", "id", "ref"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Request:
    value_start: int  # where the description's words start, after "Description:"
    field: str  # its name as written: "Description", "Expected behaviour"
    title: str | None
    reason: str | None
    priority: str | None


@dataclass(frozen=True, slots=True)
class RequestForms:
    requests: dict[int, Request]  # by where the description's line starts
    fields: frozenset[int]  # where the other fields' lines start: the title, the reason, who submitted it


NONE = RequestForms({}, frozenset())


def request_forms(text: str) -> RequestForms:
    """The requests of the text's form blocks (a block: lines without a blank line between them)."""
    if ":" not in text:
        return NONE
    requests: dict[int, Request] = {}
    fields: set[int] = set()
    for block in _blocks(text):
        found = {m.group("key").lower().strip(): m for m in block}
        described = next((found[key] for key in found if key in _DESCRIPTION), None)
        if described is None or len(found) < 2:
            continue
        about = _TITLE | _REASON | _PRIORITY | _ABOUT_THE_FORM
        requests[described.start("key")] = Request(
            described.start("value"),
            described.group("key").strip(),
            _value(found, _TITLE),
            _value(found, _REASON),
            _value(found, _PRIORITY),
        )
        fields.update(m.start("key") for key, m in found.items() if key in about)
    return RequestForms(requests, frozenset(fields)) if requests else NONE


def _blocks(text: str) -> list[list[re.Match[str]]]:
    blocks: list[list[re.Match[str]]] = [[]]
    last_end = 0
    for m in _FIELD_RE.finditer(text):
        if text[last_end : m.start()].count("\n") > 1 or (blocks[-1] and text[last_end : m.start()].strip()):
            blocks.append([])  # a blank line, or a line that is no field, ends the block
        blocks[-1].append(m)
        last_end = m.end()
    return [block for block in blocks if block]


def _value(found: dict[str, re.Match[str]], keys: frozenset[str]) -> str | None:
    said = next((found[key].group("value") for key in found if key in keys), None)
    return said.rstrip(" .") if said else None
