"""Customer reviews a client forwards, and notes that compare with a product the client uses now:
what users complain about or wish for, and "like Mindbody but simpler", as requirements."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.complaints import complaint_statement
from autoagi.engine.ingest import ingest

_REVIEWS = """Customer feedback from the old app (collected by Jo, Oct)

★★☆☆☆ "Crashes every time I try to upload a photo of my receipt."
★★★☆☆ "Fine but I wish I could pay with PayPal."
★☆☆☆☆ "Logged me out three times during checkout. Lost my basket each time!!"
★★★★☆ "Love the loyalty stamps, would be great to see how many I have left before a free coffee."
★★☆☆☆ "Why do I have to type my address every single time?"
"""


def test_reviews_become_what_users_need(check_sources):
    result = analyze([ingest(_REVIEWS.encode(), "feedback.txt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        # a review's words are a customer's own
        ("Customers must be able to upload a photo of their receipt without the app crashing.", "must"),
        ("Customers should be able to pay with PayPal.", "could"),
        ("The system must not log users out during checkout.", "must"),
        ("Customers could see how many they have left before a free coffee.", "could"),
        # a rhetorical question about a chore: not a "have to" that binds
        ("Customers should not need to type their address every time.", "should"),
    ]


_NOTES = """## What Sam wants (notes from coffee)

- Basically like Mindbody but simpler and cheaper — she pays £180/month for Mindbody and uses 10% of it
- Same kind of class schedule, but members shouldn't need to download an app, just a link
- Unlike Mindbody, instructors get paid per head, so the system has to count attendees per class for payroll
- Her old system emailed receipts as PDFs — keep that, her accountant relies on it
- No marketing features, she uses Mailchimp already
"""


def test_notes_that_compare_with_the_product_used_now(check_sources):
    result = analyze([ingest(_NOTES.encode(), "notes.md")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        (
            "The system should be like Mindbody but simpler and cheaper.",
            "should",
            "She pays £180/month for Mindbody and uses 10% of it",
        ),
        # the fragment before "but" names the feature; the clause after it says what is wanted
        ("Members shouldn't need to download an app, just a link.", "should", None),
        (
            "The system must count attendees per class for payroll.",
            "must",
            "Unlike Mindbody, instructors get paid per head",
        ),
        ("The system should email receipts as PDFs.", "should", "Her accountant relies on it"),
        ("Marketing features are out of scope.", "wont", "She uses Mailchimp already"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- Booking works, but it should be faster",  # a clause of its own before "but": kept whole
        "- No one else may see the budget",  # not a thing ruled out
    ],
)
def test_readings_that_do_not_apply(text):
    statements = [
        r.statement for r in analyze([ingest(f"## What Sam wants\n\n{text}\n".encode(), "n.md")]).requirements
    ]
    assert "It should be faster." not in statements
    assert not any("One else" in s for s in statements)


_SURVEY = """Staff survey – new rota app (12 responses)

Q1. What's the most annoying thing about the current rota?
- Can't swap shifts without going through the manager

Q2. What would you want the app to do?
- Let me swap shifts with someone directly, manager just approves
- Show my hours for the month so I can check my pay
- Notify me when a shift is up for grabs

Q3. Anything else?
- Please make it work on Android, half of us don't have iPhones
- Nope
"""


def test_a_staff_survey_speaks_for_its_users(check_sources):
    result = analyze([ingest(_SURVEY.encode(), "survey.txt")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("Users should be able to swap shifts without going through the manager.", None),
        ("Users should be able to swap shifts with someone directly, manager just approves.", None),
        # "me" and "my" are whoever answered the survey: its users
        ("The system should show users their hours for the month.", "I can check my pay"),
        ("The system should notify users when a shift is up for grabs.", None),
        ("The system should work on Android.", "Half of us don't have iPhones"),
    ]


_CAPS_REPLY = """From: Helen Price <helen@brightsmiles.example>
To: Sam <sam@studio.example>
Subject: Re: questions about the booking app
Date: Thu, 26 Nov 2026 10:12:00 +0000

Hi Sam, answers below in caps.

> 1. Should patients be able to book hygienist appointments online as well as check-ups?
YES BOTH

> 2. How long before an appointment can they cancel without a fee?
48 HOURS

> 3. Do you want SMS reminders, e-mail, or both?
BOTH PLEASE, SMS THE DAY BEFORE AND EMAIL A WEEK BEFORE

> 4. Who needs access to the admin side?
RECEPTION AND THE PRACTICE MANAGER (ME). NOT THE DENTISTS.

Thanks, Helen
"""


def test_answers_typed_in_capitals_under_the_questions(check_sources):
    result = analyze([ingest(_CAPS_REPLY.encode(), "reply.eml")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Patients should be able to book hygienist appointments online as well as check-ups.", "should"),
        ("Patients should be able to cancel without a fee up to 48 hours before an appointment.", "should"),
        ("The system should send SMS reminders and e-mail: SMS the day before and email a week before.", "should"),
        ("Reception and the practice manager need access to the admin side.", "should"),
        ("The dentists must not have access to the admin side.", "must"),
    ]


@pytest.mark.parametrize("said", ["Let me know if that works.", "Let us think about it."])
def test_let_me_know_asks_for_nothing(said):
    assert analyze([ingest(f"Sam: {said}\n".encode(), "chat.txt")]).requirements == []


def test_a_first_enquiry_from_a_small_business(check_sources):
    mail = (
        "Hi there,\n\nWe're a small florist in Leeds and want a website where people can order bouquets for "
        "delivery, pick a date, add a message card, and pay online. Same-day delivery if ordered before 2pm.\n\n"
        "Thanks,\nRosie\n"
    )
    result = analyze([ingest(mail.encode(), "enquiry.txt")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        # one wish, its list kept whole (not "We're a small florist …" cut at "and")
        "People should be able to order bouquets for delivery, pick a date, add a message card, and pay online.",
        "The system should offer same-day delivery if ordered before 2pm.",
    ]


@pytest.mark.parametrize(
    ("review", "statement"),
    [
        (
            '"Text is tiny on my phone, had to zoom in to read the menu."',
            "Text must be readable on a phone without zooming in.",
        ),
        ("The buttons are too small.", "Buttons must be large enough to tap on a phone."),
    ],
)
def test_a_review_about_size_is_a_usability_requirement(review, statement):
    [requirement] = analyze([ingest(f"★★★☆☆ {review}\n".encode(), "reviews.txt")]).requirements
    assert (requirement.statement, requirement.kind) == (statement, "non_functional")


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("Can't swap shifts without the manager", "Users should be able to swap shifts without the manager."),
        ("Unable to upload a photo of my receipt", "Users should be able to upload a photo of their receipt."),
        ("cant see my hours anywhere", "Users should be able to see their hours anywhere."),
    ],
)
def test_what_users_cannot_do_however_they_spell_it(said, wanted):
    assert complaint_statement(said) == wanted
