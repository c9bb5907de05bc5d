"""Kick-off notes in the As-is / To-be form, with a MoSCoW mark after each item ("(M)", "(S)",
"(C)"), a parking lot, and a decision on which existing system stays the source of truth."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.sections import section_style
from autoagi.engine.ingest import ingest

_NOTES = """# Kick-off – Hillside Physio

## As-is
- Clients phone reception to book, lines are busy before work
- Reminders are posted cards, half never arrive

## {heading}
- Clients book and move appointments online (M)
- Appointment reminders by SMS and email (S)
- Family accounts so a parent books for the kids (C)

## Parking lot
- Online payments

## Decisions
- We'll use the existing clinic system (Cliniko) as the source of truth.
"""


@pytest.mark.parametrize("heading", ["To-be", "Future state"])
def test_to_be_items_are_requirements_ranked_by_their_mark(heading, check_sources):
    result = analyze([ingest(_NOTES.format(heading=heading).encode(), "kickoff.md")])
    check_sources(result)
    assert [(r.statement, r.priority, r.priority_cue, r.rationale) for r in result.requirements] == [
        # the mark ranks the item and is no part of it; the As-is line it answers is the reason
        ("Clients must be able to book and move appointments online.", "must", "M",
         "Clients phone reception to book, lines are busy before work"),
        ("The system should send appointment reminders by SMS and email.", "should", "S",
         "Reminders are posted cards, half never arrive"),
        ("The system could support family accounts.", "could", "C", "A parent can book for the kids"),
        ("Online payments are out of scope for now.", "wont", "Parking lot", None),  # parked, not never
        ("The system should use the existing clinic system (Cliniko) as the source of truth.", "should", None, None),
    ]  # fmt: skip
    assert result.requirements[0].sources[0].quote == "Clients book and move appointments online"


def test_future_on_its_own_is_later_but_a_future_state_is_the_target():
    assert section_style("Future") == "out_of_scope"
    assert section_style("Future state") == "requirement"
    assert section_style("Target process") == "requirement"


def test_a_mark_after_a_line_that_introduces_a_list_stays_with_it():
    text = "Mobile radios shall support the following bands: (M)\nThe radio shall log every call. (M)\n"
    result = analyze([ingest(text.encode(), "srs.txt")])
    assert [(r.statement, r.priority_cue) for r in result.requirements] == [
        ("Mobile radios shall support the following bands: (M)", "shall"),
        ("The radio shall log every call.", "M"),
    ]


def test_a_specs_mandatory_and_optional_marks():
    text = "The radio shall log every call. (M)\nThe radio should support direct mode. (O)\n"
    result = analyze([ingest(text.encode(), "srs.txt")])
    assert [(r.statement, r.priority, r.priority_cue) for r in result.requirements] == [
        ("The radio shall log every call.", "must", "M"),
        ("The radio should support direct mode.", "could", "Optional"),  # "(O)": optional
    ]


def test_a_feature_checklists_comments_qualify_its_rows(check_sources):
    checklist = (
        "Feature,Needed?,Comments\n"
        "Class booking,Yes,\n"
        "Deposits at booking,Yes,£5 for new members only\n"
        "SMS reminders,Yes,day before\n"
        "Loyalty scheme,Maybe,if it's cheap\n"
        "Waiting list,Later,\n"
    )
    result = analyze([ingest(checklist.encode(), "checklist.csv")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system must support class booking.", "must"),
        ("The system must support deposits at booking (£5 for new members only).", "must"),  # how much, for whom
        ("The system must support SMS reminders (the day before).", "must"),  # when
        ("The system could support a loyalty scheme (if it's cheap).", "could"),
        ("A waiting list is out of scope for now.", "wont"),  # "Later" is not "No"
    ]
