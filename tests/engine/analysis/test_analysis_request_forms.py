"""Request forms pasted as text: "Feature: / Description: / Why: / Priority:" blocks. The
description is the requirement, titled by the feature, with the "Why" as its rationale and the
priority as its rank; who submitted the form is no requirement."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.request_forms import request_forms
from autoagi.engine.ingest import ingest

_FORM = """Feature request form

Submitted by: Omar Haddad (office manager)
Feature: Room booking
Description: Staff book meeting rooms online and see who has booked them.
Why: Double bookings every week, people argue over the big room.
Priority: High

Feature: Reminder before the meeting
Description: A text to the organiser an hour before the meeting.
Why: Rooms stay empty when people forget.
Priority: Low
"""


def test_each_form_block_gives_its_description_with_title_reason_and_rank(check_sources):
    result = analyze([ingest(_FORM.encode(), "requests.txt")])
    check_sources(result)
    assert [(r.statement, r.priority, r.priority_cue, r.rationale, r.title) for r in result.requirements] == [
        ("Staff must be able to book meeting rooms online and see who has booked them.", "must", "High",
         "Double bookings every week, people argue over the big room", "Room booking"),
        ("The system could send a text to the organiser an hour before the meeting.", "could", "Low",
         "Rooms stay empty when people forget", "Reminder before the meeting"),
    ]  # fmt: skip
    assert result.requirements[0].sources[0].quote == "Staff book meeting rooms online and see who has booked them."


def test_field_lines_without_a_description_are_no_form():
    assert request_forms("Budget: £10k\nDeadline: March\n").requests == {}
    assert request_forms("Why: it is slow\n\nDescription: faster search\n").requests == {}  # two blocks
