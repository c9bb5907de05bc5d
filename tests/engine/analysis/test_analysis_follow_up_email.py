"""A client's follow-up e-mail after a first meeting: numbered points, an answer to a question asked
in the e-mail below it, something ruled out with who does it instead, a constraint of the site, and
the budget and launch month in one sentence."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.compound import split_compound
from autoagi.engine.analysis.disfluency import without_fillers
from autoagi.engine.ingest import ingest

_EMAIL = """From: Priya Shah <priya@harbouryoga.example>
To: Tom Reed <tom@studio.example>
Subject: Re: Booking app - follow up from Tuesday
Date: Thu, 26 Nov 2026 10:12:00 +0000
Content-Type: text/plain; charset=utf-8

Hi Tom,

Thanks for Tuesday, really useful. I've had a chat with the teachers and a few things came up:

1. Teachers want to message everyone booked on a class if they're running late or the class is cancelled.
2. We'd like members to be able to buy a 10-class pass and see how many classes they have left.
3. Passes should expire after 6 months. Some people buy them and disappear for a year!
4. Can the timetable show which teacher is taking each class? People follow their favourite teacher.

On your question about cancellations - members can cancel up to 12 hours before.

We definitely don't want to deal with refunds in the app, Kelly does those by hand.

Also - the studio in Clifton has no wifi in the back room, so check-in has to work on a phone with bad signal.

Budget is still around £15k and we'd love to launch in January when everyone makes their resolutions.

Thanks!
Priya

On Tue, 24 Nov 2026 at 17:02, Tom Reed <tom@studio.example> wrote:
> Hi Priya,
> Great to meet you today. A couple of questions:
> - How late can members cancel?
> - Do you want refunds in the app?
> Tom
"""


def test_a_follow_up_email_gives_each_point_as_the_analyst_would_write_it(check_sources):
    result = analyze([ingest(_EMAIL.encode(), "follow-up.eml")])
    check_sources(result)
    got = [(r.statement, r.priority, r.kind) for r in result.requirements]
    assert got == [
        (
            "Teachers should be able to message everyone booked on a class if they're running late or the class is cancelled.",
            "should",
            "functional",
        ),
        (
            "Members should be able to buy a 10-class pass and see how many classes they have left.",
            "should",
            "functional",
        ),
        ("Passes should expire after 6 months.", "should", "functional"),
        ("The timetable could show which teacher is taking each class.", "could", "functional"),
        ("Members should be able to cancel up to 12 hours before.", "should", "functional"),
        ("Refunds in the app are out of scope.", "wont", "functional"),
        ("Check-in has to work on a phone with bad signal.", "must", "non_functional"),
        ("Budget is still around £15k.", "must", "constraint"),
        ("The system should go live in January when everyone makes their resolutions.", "should", "constraint"),
    ]
    by_statement = {r.statement: r for r in result.requirements}
    # the sentence after a point, in the same numbered item, says why it is asked for
    assert (
        by_statement["Passes should expire after 6 months."].rationale
        == "Some people buy them and disappear for a year"
    )
    assert by_statement["The timetable could show which teacher is taking each class."].rationale == (
        "People follow their favourite teacher"
    )
    assert by_statement["Refunds in the app are out of scope."].rationale == "Kelly does those by hand"
    assert by_statement["The timetable could show which teacher is taking each class."].priority_cue == (
        "Can the timetable show"
    )


def test_the_question_an_answer_names_is_not_part_of_the_requirement():
    said = "On your question about cancellations - members can cancel up to 12 hours before."
    assert without_fillers(said) == "Members can cancel up to 12 hours before."
    assert without_fillers("Re your question about refunds: no refunds.") == "No refunds."


def test_a_budget_and_a_wish_in_one_sentence_are_two_requirements():
    parts = split_compound("The budget is around £15k and we need it live by March.")
    assert [p.statement for p in parts] == ["The budget is around £15k.", "We need it live by March."]
    # a statement of fact before a wish stays whole: only a budget is a constraint by itself
    assert len(split_compound("The shop opens at 9 and we'd like bookings from 8.")) == 1


def test_in_a_specification_can_stays_as_written():
    text = "Members can cancel up to 12 hours before.\n"
    (rule,) = analyze([ingest(text.encode(), "spec.txt")]).requirements
    assert rule.statement == "Members can cancel up to 12 hours before."


def test_in_a_specification_the_notes_under_a_requirement_are_not_its_reason():
    text = "1. The function code shall consist of 4 digits. The first digit is the team type.\n"
    (code,) = analyze([ingest(text.encode(), "spec.txt")]).requirements
    assert code.rationale is None
