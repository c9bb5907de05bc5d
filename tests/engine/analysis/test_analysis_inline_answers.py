"""A reply that answers the questions inline ("> 1. Should patients …?" / "Book online, …"), and the
same questions asked in a chat: a choice offered after its question, one of two ways picked, a
limit said after the answer, why something is put off, and who needs access."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.answers import answer_statement
from autoagi.engine.ingest import ingest

_REPLY = """From: Rosa Iqbal <rosa@iqbalphysio.example>
To: Tom Reed <tom@studio.example>
Subject: Re: Questions for the booking site
Date: Fri, 27 Nov 2026 09:30:00 +0000
Content-Type: text/plain; charset=utf-8

Hi Tom, my answers are under each question.

> 1. Should clients be able to book online, or only send a request?

Book online, straight into the calendar. But only for follow-up sessions, not first assessments.

> 2. Do you need reminders? SMS, email or both?

Both please.

> 3. What about payments?

Not for now. They pay at the front desk.

> 4. Who needs access on your side?

The two physios and me.

Thanks,
Rosa
"""


def _statements(text: str, name: str) -> list[str]:
    return [r.statement for r in analyze([ingest(text.encode(), name)]).requirements]


def test_inline_answers_read_with_their_questions(check_sources):
    result = analyze([ingest(_REPLY.encode(), "reply.eml")])
    check_sources(result)
    by_statement = {r.statement: r for r in result.requirements}
    assert list(by_statement) == [
        "Clients should be able to book online, straight into the calendar, but only for follow-up sessions, "
        "not first assessments.",
        "The system should send reminders by SMS and email.",
        "Payments are out of scope for now.",
        "The two physios and I need access.",
    ]
    booking = result.requirements[0]
    assert [s.quote for s in booking.sources][-1] == "But only for follow-up sessions, not first assessments."
    assert by_statement["Payments are out of scope for now."].rationale == "They pay at the front desk"


def test_the_same_questions_in_a_chat():
    chat = (
        "Tom: Should clients be able to book online, or only send a request?\n"
        "Rosa: Book online, straight into the calendar. But only for follow-up sessions.\n"
        "Tom: Do you need reminders? SMS, email or both?\n"
        "Rosa: Both please.\n"
    )
    assert _statements(chat, "chat.txt") == [
        "Clients should be able to book online, straight into the calendar, but only for follow-up sessions.",
        "The system should send reminders by SMS and email.",
    ]


def test_which_of_two_ways_the_answer_picks():
    asked = "Should members be able to pay online, or just reserve a place?"
    assert answer_statement(asked, "Pay online, by card.") == "Members should be able to pay online, by card."
    assert answer_statement(asked, "Reserve a place.") == "Members should only be able to reserve a place."
    assert answer_statement(asked, "Both.") is None  # neither way named: the reply says more or nothing
    assert answer_statement("Should you be able to pay online, or call?", "Pay online.") is None  # about the client


def test_a_message_answered_yes_is_sent_not_provided():
    assert answer_statement("Do you need receipts by email?", "Yes.") == "The system should send receipts by email."
    assert answer_statement("Do you need a waiting list?", "Yes.") == "The system should provide a waiting list."
