"""Suggestions put to the other side of a call, and what their answer makes of them."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.proposals import proposal_in, verdict_of
from autoagi.engine.analysis.units import Unit
from autoagi.engine.ingest import ingest

# An unnamed transcript as Otter and Teams save it: nothing says who is the vendor.
_UNNAMED_CALL = """Speaker 1  0:02
Thanks for making the time. What would you like the new system to do?

Speaker 2  0:09
We need customers to book a table online.

Speaker 1  0:41
Okay. We usually suggest sending a reminder the day before. Would that help?

Speaker 2  0:47
Yes, that would cut no-shows a lot.

Speaker 1  0:52
We could also add a waiting list for busy nights.

Speaker 2  0:58
Great idea, let's do that.

Speaker 1  1:05
What about gift vouchers?

Speaker 2  1:09
Not for now.

Speaker 1  1:12
Do you need a loyalty scheme?

Speaker 2  1:15
No thanks, nobody asks for one.
"""


def _chat(*lines: str):
    return analyze([ingest("\n".join(lines).encode(), "chat.txt")])


def test_what_the_other_side_accepts_or_declines_is_recorded_with_both_sources(check_sources):
    result = analyze([ingest(_UNNAMED_CALL.encode(), "call.txt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Customers must be able to book a table online.", "must"),
        ("The system should send a reminder the day before.", "should"),
        ("The system should provide a waiting list for busy nights.", "should"),
        ("Gift vouchers are out of scope for now.", "wont"),
        ("A loyalty scheme is out of scope.", "wont"),
    ]
    reminder, waiting, vouchers, loyalty = result.requirements[1:]
    # the suggested words, not "We usually suggest" (whose "usually" is no vague requirement)
    assert [s.quote for s in reminder.sources] == [
        "sending a reminder the day before",
        "Yes, that would cut no-shows a lot.",
    ]
    assert reminder.rationale == "That would cut no-shows a lot"
    assert not reminder.findings
    assert [s.quote for s in waiting.sources] == ["add a waiting list for busy nights", "Great idea, let's do that."]
    assert waiting.rationale is None  # "let's do that" is a yes, not a reason
    assert vouchers.priority_cue == "Not for now"
    assert [s.quote for s in loyalty.sources][1] == "No thanks, nobody asks for one."


def test_a_yes_with_its_reason_answers_a_should_we_question():
    result = _chat(
        "Tom: Should we send customers a reminder the day before?",
        "Priya: Yes please, that would cut no-shows.",
        "Tom: Should guests see the floor plan?",
        "Priya: No.",
    )
    reminder, plan = result.requirements
    assert reminder.statement == "The system should send customers a reminder the day before."
    assert reminder.rationale == "That would cut no-shows"
    assert plan.statement == "Guests should not see the floor plan."  # a bare no keeps the question's reading


def test_a_suggestion_nobody_answers_keeps_its_own_reading():
    answered = _chat(
        "Tom: The app can also show allergens on every dish.",
        "Priya: Not for launch.",
        "Tom: Ok, noted.",
    )
    unanswered = _chat(
        "Tom: The app can also show allergens on every dish.",
        "Priya: How long will the build take?",
        "Tom: About six weeks.",
    )
    assert [(r.statement, r.priority) for r in answered.requirements] == [
        ("Showing allergens on every dish is out of scope for launch.", "wont")
    ]
    assert [(r.statement, r.priority) for r in unanswered.requirements] == [
        ("The app can also show allergens on every dish.", "should")
    ]


def test_only_the_other_side_answers_a_suggestion():
    result = _chat(
        "Tom: We could add a waiting list.",
        "Tom: Great idea, let's do that.",
        "Priya: We need online booking.",
        "Priya: And card payments.",
    )
    assert "The system should provide a waiting list." not in [r.statement for r in result.requirements]


@pytest.mark.parametrize(
    "said",
    [
        "We could talk about that next week.",  # about the project, not the product
        "We could do that later.",
        "What about weekends?",  # asks about a time
        "How about we meet on Friday?",
        "I could send you the quote tomorrow.",
    ],
)
def test_what_is_no_suggestion_of_something_to_build(said):
    assert proposal_in(Unit(text=said, start=0, end=len(said), speaker="Tom")) is None


@pytest.mark.parametrize(
    ("said", "accepted", "until", "reason", "bare"),
    [
        ("Yes please.", True, None, None, True),
        ("Sounds good.", True, None, None, True),
        ("Fine.", True, None, None, True),
        ("Yes, that would cut no-shows a lot.", True, None, "that would cut no-shows a lot", True),
        ("Yes, and customers also need to pay by card.", True, None, None, False),  # says more: read as usual
        ("Maybe later.", False, "for now", None, True),
        ("No, not for launch.", False, "for launch", None, True),
        ("No thanks.", False, None, None, True),
    ],
)
def test_the_answer_to_a_suggestion(said, accepted, until, reason, bare):
    verdict = verdict_of(said)
    assert verdict is not None
    assert (verdict.accepted, verdict.until, verdict.reason, verdict.bare) == (accepted, until, reason, bare)


@pytest.mark.parametrize("said", ["Fine, but who hosts it?", "Okay, so moving on to payments.", "How much is it?"])
def test_what_is_no_answer_to_a_suggestion(said):
    assert verdict_of(said) is None or not verdict_of(said).bare


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("We need customers to book a table online.", "Customers must be able to book a table online."),
        ("We want parents to sign the form online.", "Parents should be able to sign the form online."),
        ("We'd like the kids to choose their own lunch.", "Kids should be able to choose their own lunch."),
        ("We need drivers to get a text when a job comes in.", "Drivers must get a text when a job comes in."),
        ("We want invoices to go out monthly.", "Invoices should go out monthly."),  # things do, not people
        ("We want the reports to show totals.", "The reports should show totals."),
        ("We need orders to sync with Xero.", "Orders must sync with Xero."),
        # what goes wrong is prevented, not ruled out of scope
        (
            "We don't want double bookings, that happened twice last month.",
            "The system must not allow double bookings.",
        ),
        ("We don't want cash in the app.", "Cash in the app is out of scope."),
        # a wish in the past tense: what it should do, a could-have
        ("It would be nice if the booking synced with Cliniko.", "The booking could sync with Cliniko."),
        ("It'd be handy if it sent the invoice automatically.", "The system could send the invoice automatically."),
        ("It would be great if the booking screen showed the room.", "The booking screen could show the room."),
    ],
)
def test_what_the_client_wants_others_or_things_to_do(said, statement):
    result = _chat("Priya: Thanks for coming in.", f"Priya: {said}", "Tom: Noted.", "Priya: Great.")
    assert [r.statement for r in result.requirements] == [statement]


def test_a_private_event_is_a_kind_of_booking_not_privacy():
    result = _chat(
        "Priya: Thanks for coming in.",
        "Priya: We also want to block out tables for private events.",
        "Tom: Noted.",
        "Priya: Great.",
    )
    [requirement] = result.requirements
    assert requirement.kind == "functional"


def test_a_suggestion_put_as_would_that_work_is_no_question_of_its_own(check_sources):
    result = _chat(
        "Sam: How do patients pay at the moment?",
        "Helen: Card machine at reception.",
        "Sam: We could make online payment optional, so people can still pay at reception. Would that work?",
        "Helen: Perfect, yes.",
        "Sam: And the clinical notes, do you want those in the new system too?",
        "Helen: No, we already use Cliniko for notes.",
    )
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should make online payment optional, so people can still pay at reception.", "should"),
        ("The clinical notes are out of scope.", "wont"),  # not "Would that work: perfect, yes."
    ]
    assert result.requirements[1].rationale == "We already use Cliniko for notes"


def test_what_goes_wrong_is_a_must():
    result = _chat("Helen: Hello.", "Helen: We don't want double bookings.", "Sam: Noted.", "Helen: Thanks.")
    [requirement] = result.requirements
    assert (requirement.priority, requirement.kind) == ("must", "functional")


def test_a_suggestion_told_in_meeting_notes_is_settled_by_the_next_sentence(check_sources):
    notes = (
        "## Discussion\n"
        "- Dan suggested SMS reminders the day before. Jo agreed, as long as it doesn't cost a fortune.\n"
        "- Dan also proposed a waiting list. Jo wasn't keen.\n"
        "- Dan suggested a loyalty scheme.\n"  # nobody answered: nothing agreed
        "- Reports for the trustees: hours volunteered per month, per site.\n"
    )
    result = analyze([ingest(notes.encode(), "kickoff.md")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should send SMS reminders the day before.", "should"),
        ("A waiting list is out of scope.", "wont"),
        ("The system should provide reports for the trustees: hours volunteered per month, per site.", "should"),
    ]
    sms = result.requirements[0]
    assert sms.rationale == "As long as it doesn't cost a fortune"
    assert [s.quote for s in sms.sources] == [
        "SMS reminders the day before",
        "Jo agreed, as long as it doesn't cost a fortune.",
    ]


def test_what_the_team_needs_from_the_client_is_a_task_not_a_requirement():
    result = _chat(
        "Speaker 1: Thanks for joining. What do you need?",
        "Speaker 2: Customers need access to their booking history.",
        "Speaker 1: Our developers will need access to your Stripe account.",
        "Speaker 2: Sure.",
        "Speaker 1: We'll need the logo and brand colours from you by Friday.",
        "Speaker 2: Fine.",
        "Speaker 1: We should have a first version ready in six weeks.",
        "Speaker 2: Great.",
    )
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Customers must have access to their booking history.", "must"),
    ]
    tasks = [f.message for f in result.findings if f.rule == "action_item"]
    assert len(tasks) == 3 and "Stripe account" in tasks[0] and "first version" in tasks[2]


def test_auto_captions_without_punctuation_still_settle_a_suggestion():
    captions = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana Silva>so what we really need is for the\n\n"
        "00:00:04.000 --> 00:00:07.500\n<v Ana Silva>parents to be able to book the club online\n\n"
        "00:00:21.500 --> 00:00:24.000\n<v Tom Reid>would it help if the app sent a reminder the night before\n\n"
        "00:00:24.500 --> 00:00:26.000\n<v Ana Silva>yeah that would be brilliant\n"
    )
    result = analyze([ingest(captions.encode(), "call.vtt")])
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The parents must be able to book the club online.", "must"),  # not "able to be able to"
        ("The system should send a reminder the night before.", "should"),
    ]
