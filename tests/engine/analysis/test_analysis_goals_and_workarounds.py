"""A brief's background, objectives, success criteria and budget; and a workaround told as a story
("I keep a list on a post-it … Half the time I forget")."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.sections import section_style
from autoagi.engine.analysis.workarounds import costs_something, workaround
from autoagi.engine.ingest import ingest

_BRIEF = """# Project brief: Harbour Physio online booking

## Background
Harbour Physio is a two-clinic practice. Patients book by phone and the front desk spends most mornings on the phone.

## Objectives
- Cut phone bookings by half within six months of launch.
- Reduce no-shows from 12% to under 5%.
- Let patients book outside opening hours.

## Success criteria
- 60% of bookings made online by the end of the first quarter.

## What it must do
- Patients book, move and cancel appointments online.
- Send a reminder text the day before.

## Out of scope
- Payments by phone.

## Budget and timing
Around £20k. Live before the spring rush in March.
"""


@pytest.fixture(scope="module")
def brief():
    return analyze([ingest(_BRIEF.encode(), "brief.md")])


def test_background_is_context_and_objectives_are_reasons(brief, check_sources):
    check_sources(brief)
    got = [(r.statement, r.priority, r.kind) for r in brief.requirements]
    assert got == [
        ("Patients should be able to book outside opening hours.", "should", "functional"),
        ("Patients must be able to book, move and cancel appointments online.", "must", "functional"),
        ("The system must send a reminder text the day before.", "must", "functional"),
        ("Payments by phone are out of scope.", "wont", "functional"),
        ("The budget is around £20k.", "must", "constraint"),
        ("The system must go live before the spring rush in March.", "must", "constraint"),
    ]
    why = {r.statement: r.rationale for r in brief.requirements}
    # the objective explains the first requirement that serves it; the background the next one
    assert why["Patients should be able to book outside opening hours."] == (
        "Cut phone bookings by half within six months of launch"
    )
    assert why["Patients must be able to book, move and cancel appointments online."] == (
        "Patients book by phone and the front desk spends most mornings on the phone"
    )
    assert why["Payments by phone are out of scope."] is None  # a problem explains no won't-have


def test_objectives_and_success_measures_are_project_notes(brief):
    goals = [f for f in brief.findings if f.rule == "business_goal"]
    text = brief.documents[0].text
    assert [text[f.start : f.end] for f in goals] == [
        "Cut phone bookings by half within six months of launch.",
        "Reduce no-shows from 12% to under 5%.",
        "60% of bookings made online by the end of the first quarter.",
    ]
    assert goals[0].message == "Business goal in brief.md: “Cut phone bookings by half within six months of launch.”"
    assert goals[2].message.startswith("Success measure in brief.md: “60% of bookings")
    assert all(f.severity == "info" and f.document_id == brief.documents[0].id for f in goals)
    # an objective worded as a requirement is not a note as well ("No double bookings" under "Success
    # criteria" is a requirement too: see test_analysis_briefs_and_tickets)
    assert not any("opening hours" in f.message for f in goals)


@pytest.mark.parametrize(
    ("heading", "style"),
    [
        ("Background", "background"),
        ("Current situation", "background"),
        ("How it works today", "background"),
        ("Objectives", "goal"),
        ("Business goals", "goal"),
        ("Goals and objectives", "goal"),
        ("What we want to achieve", "goal"),
        ("Success criteria", "success_measure"),
        ("KPIs", "success_measure"),
        ("How we will measure success", "success_measure"),
        ("What's not working?", "problem"),
        ("Frustrations", "problem"),
        ("Performance", None),  # a quality, not a measure of the business
        ("Goal-keeper rota", None),
    ],
)
def test_headings_for_context_goals_and_measures(heading, style):
    assert section_style(heading) == style


def test_a_self_service_sentence_under_background_is_how_it_is_today():
    brief = "# Brief\n\n## Background\nParents pay online through the school's old portal.\n\n## Requirements\n- Parents pay online.\n"
    result = analyze([ingest(brief.encode(), "brief.md")])
    assert [r.statement for r in result.requirements] == ["Parents should be able to pay online."]
    assert result.requirements[0].sources[0].quote == "Parents pay online."


@pytest.mark.parametrize(
    ("brief", "expected"),
    [
        ("## Budget and timeline\n\nAround £20k. Live before the spring rush in March.\n",
         ["The budget is around £20k.", "The system must go live before the spring rush in March."]),
        ("## Budget\n\nAround £20k, fixed.\n", ["The budget is around £20k, fixed."]),
        ("## Timing\n\n- Live by 1 March.\n", ["The system must go live by 1 March."]),
    ],
)  # fmt: skip
def test_sentences_under_a_budget_or_timing_heading_bind(brief, expected):
    result = analyze([ingest(f"# Brief\n\n{brief}".encode(), "brief.md")])
    assert [r.statement for r in result.requirements] == expected
    assert all(r.kind == "constraint" and r.priority == "must" for r in result.requirements)


_INTERVIEW = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Sam>How do you handle the waiting list today?

00:00:06.000 --> 00:00:15.000
<v Priya>Honestly I keep a list on a post-it and ring people if someone drops out. Half the time I forget.

00:00:16.000 --> 00:00:20.000
<v Sam>And cancellations?

00:00:21.000 --> 00:00:30.000
<v Priya>We write them on the whiteboard by the door, and I put them in an Excel sheet for the report. It takes me ages every month.

00:00:31.000 --> 00:00:36.000
<v Sam>What about payments?

00:00:37.000 --> 00:00:45.000
<v Priya>People pay cash at the desk and I type it all into the spreadsheet on Sunday night, and I hate it.

00:00:46.000 --> 00:00:50.000
<v Sam>And the timetable?

00:00:51.000 --> 00:00:58.000
<v Priya>I print it out and pin it on the noticeboard every Monday. That works fine.
"""


def test_a_workaround_and_what_it_costs_is_what_users_should_not_need_to_do(check_sources):
    result = analyze([ingest(_INTERVIEW.encode(), "interview.vtt")])
    check_sources(result)
    got = [(r.statement, r.rationale) for r in result.requirements]
    assert got == [
        (
            "Users should not need to keep a list on a post-it and ring people if someone drops out.",
            "Half the time I forget",
        ),
        (
            "Users should not need to write them on the whiteboard by the door, and put them in an Excel sheet for "
            "the report.",
            "It takes me ages every month",
        ),
        ("Users should not need to type it all into the spreadsheet on Sunday night.", "I hate it"),
    ]  # the timetable on the noticeboard "works fine": how it is done, not a need
    first = result.requirements[0]
    assert first.sources[0].quote == "Honestly I keep a list on a post-it and ring people if someone drops out."
    assert first.actors == ["user", "person"]  # "ring" is what they do to people, not a kind of person
    assert first.priority == "should"
    assert result.requirements[1].findings[0].rule == "unclear_pronoun"  # "them": the analyst asks


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I keep a list on a post-it and half the time I forget.",
         ("Users should not need to keep a list on a post-it.", "Half the time I forget")),
        ("We phone round everyone the day before, which takes hours.",
         ("Users should not need to phone round everyone the day before.", "Which takes hours")),
        ("I keep it in a spreadsheet that takes ages", None),  # one thought: no chore and cost apart
        ("I check the website every day.", None),  # no manual means: the job itself
        ("We should keep a list on paper.", None),  # a modal says what they want, read as usual
    ],
)  # fmt: skip
def test_workaround(said, expected):
    assert workaround(said) == expected


@pytest.mark.parametrize(
    ("said", "costs"),
    [
        ("Half the time I forget.", True),
        ("It takes me most of Sunday.", True),
        ("It's a nightmare.", True),
        ("Things get missed.", True),
        ("That works fine.", False),
        ("It takes two minutes.", False),
    ],
)
def test_what_a_workaround_costs(said, costs):
    assert costs_something(said) is costs


def test_a_budget_and_a_go_live_date_are_checked_against_the_plan(brief):
    criteria = {r.statement: r.acceptance_criteria for r in brief.requirements}
    (budget,) = criteria["The budget is around £20k."]
    assert (budget.given, budget.when, budget.then) == (
        "the project plan",
        "the work is estimated and scheduled",
        "the estimated cost is within around £20k",
    )
    (live,) = criteria["The system must go live before the spring rush in March."]
    assert live.then == "the planned go-live is before the spring rush in March"  # not "a user triggers 'go live'"


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        (
            "We must be live before the spring rush in March.",
            "The system must go live before the spring rush in March.",
        ),
        ("We have to be up and running by Easter.", "The system must go live by Easter."),
        ("We'd love to launch before the summer holidays.", "The system should go live before the summer holidays."),
    ],
)
def test_when_it_must_or_should_go_live(said, statement):
    (requirement,) = analyze([ingest(said.encode(), "notes.txt")]).requirements
    assert (requirement.statement, requirement.kind) == (statement, "constraint")
