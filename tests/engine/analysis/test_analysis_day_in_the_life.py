"""A day in the life with the new product, told of one persona ("A day with the new app – Tom, dog
walker"): each step is a requirement of the persona's role, "she"/"he" and the persona's name are
that role, and a step's "When …" stays its case."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.sections import section_style
from autoagi.engine.ingest import ingest

_DAY = """# A day with the new app – Tom, dog walker

8am. Tom opens the app on his phone and sees his walks for the day, with the address and the door code for each.

He taps the first walk and gets directions. When he arrives he checks in, and the owner can see he is there.

If he can't do a walk, he has to say why.

The owner can read the walk notes in their own app, but not the door codes.
"""


def test_each_step_of_the_day_is_a_requirement_of_the_personas_role(check_sources):
    result = analyze([ingest(_DAY.encode(), "day.md")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "Walkers should be able to open the app on their phone and see their walks for the day, with the address "
        "and the door code for each.",
        "Walkers should be able to tap the first walk and get directions.",  # "He taps …": not "tapse"
        "When the walker arrives, walkers should be able to check in, and the owner can see the walker is there.",
        "If the walker can't do a walk, walkers must say why.",  # "has to": a duty
        "Owners should be able to read the walk notes in their own app, but not the door codes.",
    ]
    assert result.requirements[0].actors == ["walker"]


def test_a_day_in_the_life_heading_tells_a_journey():
    assert section_style("A day in the life of a volunteer") == "journey"
    assert section_style("A day with the new app – Tom, dog walker") == "journey"
    assert section_style("Day one") != "journey"
