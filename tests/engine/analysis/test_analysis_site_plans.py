"""A client's plan of the site: the pages they list, the notes on a wireframe, the customer journey
told step by step, and the items they ask a quote for."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.screens import page_statement, screen_note_statement
from autoagi.engine.analysis.use_cases import Journey
from autoagi.engine.ingest import ingest

_PLAN = """# Harbour Yoga – new site

## Pages
- Home
- Timetable
- Book a class

## Customer journey
Step 1: The member opens the timetable on their phone.
Step 2: They tap a class and see how many places are left.
Step 3: They pay with a saved card and get a confirmation e-mail.

## Wireframe notes
[Home] Big photo of the studio with a "Book now" button.
[Timetable] Filter by teacher and by level.
[My account] Show upcoming bookings and the class pack balance.

## Could you quote for
1) online booking
2) card payments
"""


def test_a_site_plan_gives_pages_steps_screens_and_what_to_quote_for(check_sources):
    result = analyze([ingest(_PLAN.encode(), "plan.md")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "The system should have a Home page.",
        "The system should have a Timetable page.",
        "The system should have a Book a class page.",  # a page's name, not an order to book one
        "Members should be able to open the timetable on their phone.",
        "Members should be able to tap a class and see how many places are left.",  # "They": the member
        "Members should be able to pay with a saved card and get a confirmation e-mail.",
        'The Home page should show a big photo of the studio with a "Book now" button.',
        "The Timetable page should let users filter by teacher and by level.",
        "The My account page should show upcoming bookings and the class pack balance.",
        "The system should support online booking.",  # each numbered item, though ingest dropped the numbers
        "The system should support card payments.",
    ]
    assert result.requirements[4].sources[0].quote == "Step 2: They tap a class and see how many places are left."
    assert result.requirements[2].entities == []  # "Book a class" names a page, not data to record


@pytest.mark.parametrize(
    ("item", "statement"),
    [
        ("Contact us", "The system should have a Contact us page."),
        ("About page", "The system should have an About page."),
        ("We need a page for each teacher.", None),  # a sentence, read as usual
    ],
)
def test_page_statement(item, statement):
    assert page_statement(item) == statement


@pytest.mark.parametrize(
    ("note", "statement"),
    [
        ("Checkout page: Apple Pay button at the top", "The Checkout page should show an Apple Pay button at the top."),
        ("[Home] Upcoming events", "The Home page should show upcoming events."),
        ("[Basket] List the items and the total", "The Basket page should list the items and the total."),
        ("[Search] Sort by price", "The Search page should let users sort by price."),
        ("Nothing to note here", None),
    ],
)
def test_screen_note_statement(note, statement):
    assert screen_note_statement(note) == statement


def test_a_journey_without_a_named_step_is_read_as_usual():
    journey = Journey()
    assert journey.step("The system must send a receipt.", "User flow") is None
    assert journey.step("1. They get a text the day before.", "Patient journey") == (
        "Patients should be able to get a text the day before."
    )  # "They": whoever the heading names
