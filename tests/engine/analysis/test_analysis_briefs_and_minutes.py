"""A plain-text project brief with MoSCoW titles, a working group's minutes, and a three-way call
about a care rota: written for these tests, in the forms a studio receives them."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_BRIEF = """PROJECT BRIEF – Harbour Yoga booking site

Must-haves
- Class timetable with live spaces left
- Book and pay in under a minute
- Class packs (5 and 10 classes) that expire after 3 months
- Teachers see their class list on the morning of the class

Nice-to-haves
- Apple Pay / Google Pay

Constraints
- Live by 1 March

Out of scope
- Video classes
"""


def test_a_brief_with_moscow_titles_in_plain_text(check_sources):
    result = analyze([ingest(_BRIEF.encode(), "brief.txt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        # "Must-haves" is a title (its "must" states nothing), and what is under it is worded "must"
        ("The system must support a class timetable with live spaces left.", "must"),
        ("Users must be able to book and pay in under a minute.", "must"),
        ("The system must support class packs (5 and 10 classes) that expire after 3 months.", "must"),
        ("Teachers must be able to see their class list on the morning of the class.", "must"),
        ("The system could support Apple Pay / Google Pay.", "could"),  # a name keeps its capital
        ("The system must go live by 1 March.", "must"),
        ("Video classes are out of scope.", "wont"),
    ]


_MINUTES = """# Allotment society – app working group
**Attendees:** Jill Harper (chair), Ravi Shah (treasurer), Ellen Moss (plot secretary)

## Discussion
- Ravi: plot rents are collected by cheque in March. Would like members to pay online, with a reminder in February.
- Jill raised inspections. Would be good to record that on a phone with a photo.
- Two warnings in a year and the plot goes back to the waiting list.
- Tom asked about logins – agreed members log in with email, no passwords (magic link).

## Decisions
- Start with the waiting list and rent payments; inspections in phase 2.

## Parked
- Seed swap noticeboard
"""


def test_a_working_groups_minutes(check_sources):
    result = analyze([ingest(_MINUTES.encode(), "minutes.md")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Members should be able to pay online, with a reminder in February.", "should"),  # its subject left out
        ("Users could record that on a phone with a photo.", "could"),
        # a count, then what follows from it: one rule
        ("After two warnings in a year, the plot should go back to the waiting list.", "should"),
        ("Members should be able to log in with email, no passwords (magic link).", "should"),
        # only the part put off to phase 2 is a won't-have for now
        ("Start with the waiting list and rent payments.", "should"),
        ("Inspections in phase 2.", "wont"),
        ("A seed swap noticeboard is out of scope for now.", "wont"),  # parked
    ]


_CARE_CALL = """Priya Nair  0:00
Okay, we're recording. So Mark, Dee, thanks both. Can you start with what's not working today?

Mark Ellis  0:07
The rota. We've got 35 carers doing home visits and it's all in a spreadsheet.

Priya Nair  0:20
So what would good look like?

Mark Ellis  0:22
Carers open an app and see today's visits in order, with the address and the care notes. If a visit gets moved, they get a notification straight away.

Dee Walsh  0:31
And they need to check in and out at each visit, because the council pays us by the minute.

Priya Nair  0:38
Got it. GPS for the check-in?

Mark Ellis  0:40
Yes, but only at check-in and check-out, not tracking them all day.

Priya Nair  0:47
Makes sense. What about families?

Dee Walsh  0:49
Families would love to see when the carer arrived. Read only. But not the care notes, those are confidential.

Priya Nair  0:56
And how many clients do you look after?

Mark Ellis  0:58
About 180 at the moment, we're hoping for 250 by next year.
"""


def test_a_call_about_a_care_rota(check_sources):
    result = analyze([ingest(_CARE_CALL.encode(), "call.txt")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        # "So Mark, Dee, thanks both": Mark is a name here, not a verb; nothing is asked for
        # the answer to "what would good look like?" describes the new system
        (
            "Carers should be able to open an app and see today's visits in order, with the address and the care notes.",
            "should",
            None,
        ),
        ("If a visit gets moved, carers should get a notification straight away.", "should", None),
        ("Carers must be able to check in and out at each visit.", "must", "The council pays us by the minute"),
        (
            "GPS should be used for the check-in, only at check-in and check-out, not tracking them all day.",
            "should",
            None,
        ),
        ("Families should be able to see when the carer arrived (read only).", "should", None),
        ("Families must not see the care notes.", "must", "The care notes are confidential"),
        ("The system should support about 180 clients at the moment.", "should", "We're hoping for 250 by next year"),
    ]
    assert result.requirements[5].kind == "non_functional"  # who may see what: security


def test_what_the_first_release_holds_is_a_scope_constraint():
    notes = "## Decisions\n\n- Phase 1 = online booking, reminders and the day view.\n- No native app in phase 1.\n"
    kinds = [(r.statement, r.kind, r.priority) for r in analyze([ingest(notes.encode(), "minutes.md")]).requirements]
    assert kinds[0] == ("Phase 1 = online booking, reminders and the day view.", "constraint", "should")
    assert kinds[1][1:] == ("functional", "wont")  # what it leaves out is a won't-have, no constraint
