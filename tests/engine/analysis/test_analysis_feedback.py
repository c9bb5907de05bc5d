"""Customer reviews a client forwards, and notes that compare with a product the client uses now:
what users complain about or wish for, and "like Mindbody but simpler", as requirements."""

import pytest

from autoagi.engine.analysis import analyze
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
        ("Users must be able to upload a photo of their receipt without the app crashing.", "must"),
        ("Users should be able to pay with PayPal.", "could"),
        ("The system must not log users out during checkout.", "must"),
        ("Users could see how many they have left before a free coffee.", "could"),
        # a rhetorical question about a chore: not a "have to" that binds
        ("Users should not need to type their address every time.", "should"),
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
