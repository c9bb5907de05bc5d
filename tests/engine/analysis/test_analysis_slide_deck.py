"""A kick-off slide deck (.pptx): a "Why" slide, what each group gets, what is not in phase 1, and a
timeline whose launch month is the go-live date."""

import io

from pptx import Presentation

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.sections import heading_group, section_style
from autoagi.engine.ingest import ingest


def _deck(slides: list[tuple[str, list[str]]]) -> bytes:
    deck = Presentation()
    for title, bullets in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = bullets[0]
        for bullet in bullets[1:]:
            body.add_paragraph().text = bullet
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


_SLIDES = [
    ("Harbour Yoga app", ["Kick-off, November 2026"]),
    ("Why", ["Phones ring all morning", "Paper sheets get lost"]),
    ("What members get", ["Book and cancel from their phone", "10-class passes", "Reminder the day before"]),
    ("What teachers get", ["Class list on a tablet", "Mark attendance", "Message the class"]),
    ("Not in phase 1", ["Retail shop", "Video classes"]),
    ("Timeline", ["Design: December", "Build: January-February", "Launch: March"]),
]


def test_a_kick_off_deck_gives_each_groups_requirements_and_the_go_live_month(check_sources):
    result = analyze([ingest(_deck(_SLIDES), "kick-off.pptx")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Members should be able to book and cancel from their phone.", "should"),
        ("The system should support 10-class passes.", "should"),
        ("The system should send a reminder the day before.", "should"),
        ("The system should support a class list on a tablet.", "should"),
        ("Teachers should be able to mark attendance.", "should"),
        ("Teachers should be able to message the class.", "should"),
        ("A retail shop is out of scope.", "wont"),
        ("Video classes are out of scope.", "wont"),
        ("The system must go live in March.", "must"),
    ]
    # the "Why" slide says why members book from their phone; the plan's other steps are no requirements
    assert result.requirements[0].rationale == "Phones ring all morning"
    assert result.requirements[-1].kind == "constraint"


def test_headings_that_name_whose_items_they_are():
    assert heading_group("What members get") == "members"
    assert heading_group("For teachers") == "teachers"
    assert heading_group("What it must do") is None
    assert section_style("What members get") == "requirement"
    assert section_style("Not in phase 1") == "out_of_scope"
    assert section_style("Why") == "problem"
