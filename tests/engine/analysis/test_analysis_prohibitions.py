"""A list of what the product must not do ("Things it must NOT do") states prohibitions, not wishes;
a user story's "Acceptance criteria:" list checks that story; a story's "so that …" is told of its
persona in the outcome."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.criteria import acceptance_criteria
from autoagi.engine.ingest import ingest

_NOTES = """## Things it must NOT do

- Email a patient's results to anyone else
- Book two patients into the same slot
- Pop-up adverts

## Story

As a patient, I want to join a waiting list for an earlier slot so that I get seen sooner.

Acceptance criteria:
- When a slot frees up, the first patient on the list is offered it
- The offer lapses after 2 hours
"""


def test_items_under_must_not_are_prohibitions(check_sources):
    result = analyze([ingest(_NOTES.encode(), "notes.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements[:3]] == [
        ("The system must not email a patient's results to anyone else.", "must"),
        ("The system must not book two patients into the same slot.", "must"),
        ("The system must not have pop-up adverts.", "must"),
    ]


def test_an_acceptance_criteria_list_checks_the_story_above_it():
    result = analyze([ingest(_NOTES.encode(), "notes.md")])
    assert len(result.requirements) == 4
    story = result.requirements[3]
    assert story.statement.startswith("As a patient, I want to join a waiting list")
    assert [c.then for c in story.acceptance_criteria][1:] == [
        "When a slot frees up, the first patient on the list is offered it",
        "The offer lapses after 2 hours",
    ]
    assert [s.quote for s in story.sources][1:] == [
        "When a slot frees up, the first patient on the list is offered it",
        "The offer lapses after 2 hours",
    ]


def test_the_story_benefit_is_told_of_the_persona():
    def outcome(story: str) -> str:
        return acceptance_criteria(story, ["member"], True)[0].then

    assert outcome("As a member, I want to book a class so that I get a place.") == (
        "the member is able to book a class and can get a place"
    )
    assert outcome("As a member, I want to book a class so that I am not left out.") == (
        "the member is able to book a class, so that they are not left out"
    )
    assert outcome("As a member, I want to book a class so that I don't have to phone.") == (
        "the member is able to book a class, so that they don't have to phone"
    )


def test_non_negotiables_bind_and_no_gos_are_forbidden():
    notes = (
        "## Non-negotiables\n\n- Card payments\n\n"
        "## No-gos\n\n- Selling customer data\n- Pop-up adverts\n\n"
        "The app must NOT show other members' numbers.\n"
    )
    assert [(r.statement, r.priority) for r in analyze([ingest(notes.encode(), "notes.md")]).requirements] == [
        ("The system must support card payments.", "must"),
        ("The system must not sell customer data.", "must"),
        ("The system must not have pop-up adverts.", "must"),
        ("The app must not show other members' numbers.", "must"),
    ]
