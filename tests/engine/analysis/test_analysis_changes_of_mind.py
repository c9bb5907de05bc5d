"""A draft scope commented inline ("[HP] Fine."), and a client changing their mind as they speak:
"scratch that", "sorry, I mean 7am to 9pm", "make that 60 a day"."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_INLINE = """From: Helen Price <helen@brightsmiles.example>
To: Sam <sam@studio.example>
Subject: Re: draft scope
Content-Type: text/plain; charset=utf-8

Hi Sam, my comments are marked [HP].

> - Online booking for check-ups and hygiene
[HP] Yes, and for emergency slots too, but phone only after 5pm.
> - Reminders by SMS
[HP] Fine.
> - Online payments
[HP] Not yet – we take payment at reception.
> - Patient portal with X-rays
[HP] No, definitely not, the dentists won't share X-rays online.

Helen
"""


def test_a_draft_scope_commented_line_by_line(check_sources):
    result = analyze([ingest(_INLINE.encode(), "reply.eml")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        (
            "The system should provide online booking for check-ups and hygiene, and for emergency slots too, "
            "but phone only after 5pm.",
            "should",
            None,
        ),
        ("The system should send reminders by SMS.", "should", None),
        ("Online payments are out of scope for now.", "wont", "We take payment at reception"),
        ("Patient portal with X-rays is out of scope.", "wont", "The dentists won't share X-rays online"),
    ]
    # each is sourced on the scope item and on the comment that settles it
    assert [s.quote for s in result.requirements[1].sources] == ["Reminders by SMS", "[HP] Fine."]


def test_a_client_takes_back_and_corrects_what_they_said(check_sources):
    chat = (
        "Ana: And customers should be able to tip the driver in the app.\n"
        "Ana: Actually, scratch that, no tipping.\n"
        "Tom: OK. Anything on delivery times?\n"
        "Ana: Deliveries between 8am and 8pm. Sorry, I mean 7am to 9pm.\n"
        "Ana: We expect about 40 orders a day.\n"
        "Ana: Make that 60 a day.\n"
    )
    result = analyze([ingest(chat.encode(), "chat.txt")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Tipping is out of scope.", "wont"),  # the wish to tip is gone
        ("Delivery times: deliveries between 7am and 9pm.", "should"),
        ("We expect about 60 orders a day.", "should"),
    ]
    assert result.requirements[1].sources[-1].quote == "Sorry, I mean 7am to 9pm."


def test_what_is_said_instead_of_what_was_taken_back_is_read(check_sources):
    chat = (
        "Ana: Customers should be able to pay by card.\n"
        "Ana: no wait, scratch that, customers should pay at the counter.\n"
    )
    result = analyze([ingest(chat.encode(), "chat.txt")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == ["Customers should pay at the counter."]


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("We want online booking.", "The system should support online booking."),
        ("We need card payments.", "The system must support card payments."),
        ("We want SMS reminders the day before.", "The system should send SMS reminders the day before."),
        ("We want customers to book online.", "Customers should be able to book online."),
    ],
)
def test_a_thing_wanted_without_an_article(said, statement):
    [requirement] = analyze([ingest(f"Ana: {said}\n".encode(), "chat.txt")]).requirements
    assert requirement.statement == statement


def test_one_side_unsure_the_other_answers_and_money_and_a_date(check_sources):
    call = (
        "Priya: Do you need GPS at check-in?\n"
        "Dee: I'm not sure we need GPS, honestly.\n"
        "Mark: We do, the council requires proof of attendance.\n"
        "Priya: And a budget?\n"
        "Mark: We have £8-10k and need it before the 1st of April because that's when the new contract starts.\n"
    )
    result = analyze([ingest(call.encode(), "call.txt")])
    check_sources(result)
    got = [(r.statement, r.kind, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        # Dee's doubt is a question left open; Mark's "We do" answers the question still standing
        (
            "The system should provide GPS at check-in.",
            "functional",
            "should",
            "The council requires proof of attendance",
        ),
        (
            "The budget is £8-10k and the system must go live before the 1st of April.",
            "constraint",
            "must",
            "That's when the new contract starts",
        ),
    ]
    assert any(f.rule == "open_question" and "not sure we need GPS" in f.message for f in result.findings)
