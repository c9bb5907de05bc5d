"""App store reviews pasted as text: each review's stars and who wrote it are left out, its words are
a customer's own (first person), and what they complain about or ask for is read as a requirement."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest

_REVIEWS = """App Store reviews - SwimClub (last 30 days)

★☆☆☆☆ "Crashes every time I open my lane bookings" – Jo, 2 Nov
★★☆☆☆ "Can't move a lesson from the app, have to phone the desk" – Raj, 4 Nov
★★★★☆ "Love it but please add Apple Watch support" – Kim, 5 Nov
★☆☆☆☆ "Logged me out twice this week" – Lee, 9 Nov
"""


def test_each_review_gives_what_the_customer_needs(check_sources):
    result = analyze([ingest(_REVIEWS.encode(), "reviews.txt")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("Customers must be able to open their lane bookings without the app crashing.", None),
        ("Customers should be able to move a lesson from the app.", "Today they have to phone the desk"),
        ("The system should support Apple Watch.", None),  # the praise before "but" is no part of it
        ("The system must not log users out unexpectedly.", "Logged them out twice this week"),
    ]
    assert all("★" not in s.quote and "–" not in s.quote for r in result.requirements for s in r.sources)


def test_a_word_on_prices_asks_nothing_of_the_product():
    survey = (
        "Respondent,What one thing would you change about booking?\n"
        "1,Please keep prices as they are\n"
        "2,Let me book for my whole family at once\n"
    )
    statements = [r.statement for r in analyze([ingest(survey.encode(), "survey.csv")]).requirements]
    assert len(statements) == 1 and "whole family" in statements[0]
