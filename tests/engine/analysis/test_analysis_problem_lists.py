"""Problems listed with their impact ("Problem: … / Impact: …") that no requirement answers are
questions for the client; a whiteboard's cluster column is the section of its stickies, so a sticky
under "Problems" is a problem, not a wish."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_PROBLEMS = """## Current issues

**Problem:** Tenants ring the office to ask when the repair is booked.
**Impact:** Around 30 calls a week.

**Problem:** Contractors send invoices by post.
"""

_BOARD = """Sticky,Colour,Author,Cluster
"Order a coffee ahead from the phone",yellow,Ana,Ordering
"queues out of the door at 8am",blue,Raj,Problems
"loyalty stamps on the app",yellow,Raj,Menu
"""


def test_unanswered_problems_become_questions_with_their_impact():
    result = analyze([ingest(_PROBLEMS.encode(), "issues.md")])
    assert result.requirements == []
    found = [f for f in result.findings if f.rule == "unanswered_problem"]
    assert [f.message for f in found] == [
        "Problem in issues.md that no requirement answers: “Tenants ring the office to ask when the repair is "
        "booked.” (impact: around 30 calls a week).",
        "Problem in issues.md that no requirement answers: “Contractors send invoices by post.”.",
    ]
    assert found[0].end > found[0].start and found[0].document_id == result.documents[0].id


def test_a_problem_a_requirement_answers_is_its_reason():
    text = _PROBLEMS + "\n## Requirements\n\n- Tenants can see the date of their repair online\n"
    result = analyze([ingest(text.encode(), "issues.md")])
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("Tenants should be able to see the date of their repair online.",
         "Tenants ring the office to ask when the repair is booked"),
    ]  # fmt: skip
    assert [f.message for f in result.findings if f.rule == "unanswered_problem"] == [
        "Problem in issues.md that no requirement answers: “Contractors send invoices by post.”."
    ]


def test_a_board_cluster_is_the_section_of_its_stickies():
    result = analyze([ingest(_BOARD.encode(), "board.csv")])
    assert [r.statement for r in result.requirements] == [
        "Users should be able to order a coffee ahead from the phone.",
        "The app should show the loyalty stamps.",  # "Menu" is a theme here, not a list of pages
    ]
    assert [f.message for f in result.findings if f.rule == "unanswered_problem"] == [
        "Problem in board.csv that no requirement answers: “queues out of the door at 8am”."
    ]
