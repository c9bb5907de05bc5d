"""A UX research synthesis: "How might we …?" opportunities and quoted pain points."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.complaints import pain_statement
from autoagi.engine.ingest import ingest

_SYNTHESIS = """# Research synthesis: Harbour Yoga members

## Key insights
- Regulars book the same class every week and find rebooking tedious.
- Newcomers don't know which class suits their level.

## How might we
- How might we let regulars book their usual class in one tap?
- How might we help newcomers pick a class for their level?
- How might we cut no-shows?
- How might we know which classes to add?

## Pain points
- "I have to scroll through the whole week to find my Tuesday class." (member, 6 years)
"""


def test_how_might_we_opportunities_are_could_haves_and_pain_points_say_what_to_spare_users(check_sources):
    result = analyze([ingest(_SYNTHESIS.encode(), "synthesis.md")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Regulars could book their usual class in one tap.", "could"),
        ("The system could help newcomers pick a class for their level.", "could"),
        ("The system could cut no-shows.", "could"),
        ("Members should not need to scroll through the whole week to find their Tuesday class.", "should"),
    ]
    # "class" is in most of them: it links no pain point to any one opportunity
    assert [r.rationale for r in result.requirements] == [None, None, None, None]
    assert result.requirements[3].actors == ["member"]


def test_a_pain_point_said_by_a_user():
    assert pain_statement("I have to ring the studio to change a booking.") == (
        "Users should not need to ring the studio to change a booking."
    )
    assert pain_statement("We have to comply with GDPR.") is None  # a law binds, whatever list it is in
    assert pain_statement("The app is slow.") is None


def test_outside_a_pain_points_list_we_have_to_is_an_obligation():
    text = "## Requirements\n- We have to keep records for seven years.\n"
    (kept,) = analyze([ingest(text.encode(), "notes.md")]).requirements
    assert kept.priority == "must"
    assert "should not need" not in kept.statement
