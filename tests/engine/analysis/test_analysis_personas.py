"""Personas a UX team writes: each persona's goals are what people like them should be able to do,
what they cannot do or have to do today is what the product should change, the rest are reasons."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.personas import as_people, persona_role
from autoagi.engine.ingest import ingest

_PERSONAS = """# Personas

## Sarah, 34 – busy parent
Sarah books two classes a week around school runs. She mostly uses her phone.

**Goals**
- Book a class in under a minute while waiting at the school gate.
- See straight away if her usual Tuesday class is full.

**Frustrations**
- The current site logs her out every time.
- She can't see which classes have space without calling.
- She has to ring the studio to move a booking.

## Dev, 61 – retired regular
Dev comes to the morning classes and pays cash.

**Goals**
- Keep paying at the desk.

**Frustrations**
- Small text on the timetable.
"""


def test_a_personas_goals_and_what_they_cannot_do_are_requirements_for_people_like_them(check_sources):
    result = analyze([ingest(_PERSONAS.encode(), "personas.md")])
    check_sources(result)
    got = [(r.statement, r.actors) for r in result.requirements]
    assert got == [
        ("Parents should be able to book a class in under a minute while waiting at the school gate.", ["parent"]),
        ("Parents should be able to see straight away if their usual Tuesday class is full.", ["parent"]),
        ("Parents should be able to see which classes have space without calling.", ["parent"]),
        ("Parents should not need to ring the studio to move a booking.", ["parent"]),
        ("Regulars should be able to keep paying at the desk.", ["regular"]),
    ]
    assert all(r.priority == "should" for r in result.requirements)
    assert result.requirements[2].sources[0].quote == "She can't see which classes have space without calling."
    # a persona's goals are theirs, not the business's: no business goal is reported
    assert not [f for f in result.findings if f.rule == "business_goal"]


def test_a_clients_own_problems_are_how_it_is_not_what_to_build():
    questionnaire = "# Questionnaire\n\n## What's not working?\n- We can't keep up with the calls.\n\n## What we need\n- Online booking.\n"
    result = analyze([ingest(questionnaire.encode(), "questionnaire.md")])
    assert [r.statement for r in result.requirements] == ["The system should support online booking."]


@pytest.mark.parametrize(
    ("heading", "under_personas", "role"),
    [
        ("Sarah, 34 – busy parent", False, "parent"),  # a name with an age
        ("Persona 2: Dev the retired regular", False, "regular"),
        ("Amira (practice manager)", True, "manager"),  # under a "Personas" heading
        ("Amira (practice manager)", False, None),
        ("Harbour Yoga – booking app", True, None),  # a product, not a person
        ("Booking rules", True, None),
    ],
)
def test_persona_role(heading, under_personas, role):
    assert persona_role(heading, under_personas) == role


@pytest.mark.parametrize(
    ("said", "theirs"),
    [
        ("See if her usual class is full.", "See if their usual class is full."),
        ("The site logs her out every time.", "The site logs them out every time."),
        ("She can't see it.", "They can't see it."),
        ("Check his bookings himself.", "Check their bookings themselves."),
    ],
)
def test_as_people(said, theirs):
    assert as_people(said) == theirs
