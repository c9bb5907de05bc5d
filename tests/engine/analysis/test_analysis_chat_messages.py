"""Chat pasted from Slack (a message's own line breaks, lower case after a question, "btw") and a
video call's captions (what patients should be able to do, "should they …?", "Cancellations?")."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.units import iter_units
from autoagi.engine.ingest import ingest

_SLACK = """Rachel Owen  9:14 AM
hi all! so for the summer fair app, here's where we got to on Tuesday

Rachel Owen  9:15 AM
parents need to be able to buy raffle tickets on their phone
and pre-order food so the queue isn't a nightmare like last year

Dan Price  9:21 AM
can we do card only? cash is a pain to count

Mo Khan  9:30 AM
the raffle draw should pick winners at random
also every ticket needs a number people can check

Dan Price  9:34 AM
👍
what about volunteers signing up for stalls?

Rachel Owen  9:36 AM
yes! volunteers pick a stall and a one-hour slot, max 3 people per stall per slot

Mo Khan  9:40 AM
nobody outside the school should see kids' names btw, safeguarding
"""


def test_a_messages_own_line_breaks_end_its_sentences_unless_the_next_line_carries_on():
    document = ingest(_SLACK.encode(), "slack.txt")
    texts = [u.text for u in iter_units(document)]
    assert "the raffle draw should pick winners at random" in texts
    assert "also every ticket needs a number people can check" in texts  # not joined to the line above
    assert (
        "parents need to be able to buy raffle tickets on their phone\nand pre-order food so the queue isn't a nightmare like last year"
        in texts
    )
    assert "can we do card only?" in texts  # a question ends where the next words begin, in lower case too
    assert "what about volunteers signing up for stalls?" in texts  # not joined to the 👍


def test_a_slack_thread_reads_as_an_analyst_would_write_it(check_sources):
    result = analyze([ingest(_SLACK.encode(), "slack.txt")])
    check_sources(result)
    got = [(r.statement, r.priority, r.rationale) for r in result.requirements]
    assert got == [
        ("Parents need to be able to buy raffle tickets on their phone.", "must", None),
        ("Parents need to be able to pre-order food.", "must", "The queue isn't a nightmare like last year"),
        ("The raffle draw should pick winners at random.", "should", None),
        ("Every ticket needs a number people can check.", "must", None),
        (
            "Volunteers should be able to sign up for stalls: volunteers pick a stall and a one-hour slot, "
            "max 3 people per stall per slot.",
            "should",
            None,
        ),
        ("Nobody outside the school should see kids' names.", "must", "Safeguarding"),
    ]


_CALL = """WEBVTT

00:00:01.000 --> 00:00:06.500
<v Leah Morgan>Thanks for making time. So tell me a bit about the clinic.

00:00:06.900 --> 00:00:15.200
<v Aaron Blake>Sure. We're a physio clinic with four therapists. Everything is booked over the phone right now.

00:00:15.600 --> 00:00:19.000
<v Leah Morgan>Okay. What would you want patients to do online?

00:00:19.400 --> 00:00:31.000
<v Aaron Blake>Book and move their own appointments, definitely. And fill in the intake form before the first visit so we're not doing it on paper in the waiting room.

00:00:31.500 --> 00:00:35.000
<v Leah Morgan>Should they be able to pick their therapist?

00:00:35.400 --> 00:00:42.000
<v Aaron Blake>Yes, but only for follow-ups.

00:00:42.500 --> 00:00:46.000
<v Leah Morgan>Got it. Cancellations?

00:00:46.400 --> 00:00:56.000
<v Aaron Blake>Free up to 24 hours before. After that we charge half the fee, and that needs to happen automatically, we lose a fortune on no-shows.
"""


def test_a_video_call_about_what_patients_should_do(check_sources):
    result = analyze([ingest(_CALL.encode(), "call.vtt")])
    check_sources(result)
    got = [(r.statement, r.rationale) for r in result.requirements]
    assert got == [
        ("Patients should be able to book and move their own appointments online.", None),
        # the same answer goes on with one more thing they should be able to do
        (
            "Patients should be able to fill in the intake form before the first visit online.",
            "We're not doing it on paper in the waiting room",
        ),
        # "they" are the patients the question before named
        ("Patients should be able to pick their therapist, only for follow-ups.", None),
        ("Cancellations should be free up to 24 hours before.", None),
        ("After that, the system must charge half the fee automatically.", "We lose a fortune on no-shows"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the system is no one who does things: the answer states its own requirements
        "Sam: And what would you like the new system to do?\nAna: We need customers to book a table online.\n",
    ],
)
def test_a_question_about_what_the_system_should_do_is_no_question_about_abilities(text):
    result = analyze([ingest(text.encode(), "chat.txt")])
    assert [r.statement for r in result.requirements] == ["Customers must be able to book a table online."]


def test_a_specification_saying_what_it_mentions_states_no_requirement():
    text = "Also mentioned are the constraints that will affect the system and the interface."
    assert analyze([ingest(text.encode(), "srs.txt")]).requirements == []


_CALL_GOES_ON = """WEBVTT

00:00:56.500 --> 00:01:00.000
<v Leah Morgan>And the therapists themselves, what do they need?

00:01:00.400 --> 00:01:12.000
<v Aaron Blake>Their day on a tablet, with the patient's notes from last time. The notes are medical records, so they can't go anywhere outside the UK and only the treating therapist should see them.

00:01:12.500 --> 00:01:15.000
<v Leah Morgan>Insurance claims?

00:01:15.400 --> 00:01:22.000
<v Aaron Blake>Not in the first version. Maybe later.

00:01:22.500 --> 00:01:25.000
<v Leah Morgan>Any reporting you need?

00:01:25.400 --> 00:01:34.000
<v Aaron Blake>A monthly report of appointments per therapist for the partners meeting.
"""


def test_what_therapists_need_where_the_notes_may_go_and_who_sees_them(check_sources):
    result = analyze([ingest(_CALL_GOES_ON.encode(), "call.vtt")])
    check_sources(result)
    got = [(r.statement, r.kind, r.rationale) for r in result.requirements]
    assert got == [
        (
            "The system should provide the therapists with their day on a tablet, with the patient's notes from "
            "last time.",
            "functional",
            None,
        ),
        # "they" are the notes the reason names; where data may go is a legal constraint
        ("The notes must not go anywhere outside the UK.", "constraint", "The notes are medical records"),
        # "them" in the second clause are the notes the first is about
        ("Only the treating therapist should see the notes.", "non_functional", None),
        ("Insurance claims are out of scope: not in the first version.", "functional", None),
        (
            "The system should provide a monthly report of appointments per therapist for the partners meeting.",
            "functional",
            None,
        ),
    ]
    assert result.requirements[3].priority == "wont"
    seen = result.requirements[2]
    assert any(f.rule == "unclear_pronoun" and "'them' is read as 'notes'" in f.message for f in seen.findings)


@pytest.mark.parametrize(
    "text",
    [
        # "them" could be the users or their details: left as said
        "The users should enter their details and the system should check them.",
    ],
)
def test_them_with_two_plural_candidates_is_not_guessed(text):
    statements = [r.statement for r in analyze([ingest(text.encode(), "notes.txt")]).requirements]
    assert "The system should check them." in statements


_MEMO = """Voice memo transcript, 14 Nov

Okay so this is Gary from Greenway Landscaping, just recording this in the van so I don't forget. What I'm after is something where customers can ask for a quote without ringing me, they put in the size of the garden, what they want doing, and a couple of photos. If they accept, it should go straight into the calendar, and they get a reminder the day before we turn up. I don't want anything fancy, I'm not going to use a dashboard. Oh and invoices, at the moment I do them in Word, I'd like them sent automatically when we mark the job done. And I've got about 200 regular customers in a spreadsheet, they'd need bringing over. That's about it, cheers.
"""


def test_a_voice_memo_thought_aloud(check_sources):
    result = analyze([ingest(_MEMO.encode(), "memo.txt")])
    check_sources(result)
    got = [(r.statement, r.rationale) for r in result.requirements]
    assert got == [
        (
            "Customers should be able to ask for a quote without ringing me, and put in the size of the garden, "
            "what they want doing, and a couple of photos.",
            None,
        ),
        # "they" in the condition are the customers; "it", the quote they asked for
        ("If customers accept, the quote should go straight into the calendar.", None),
        # "they" are the customers named before: a message they are sent
        ("Customers should get a reminder the day before we turn up.", None),
        ("The system should be simple.", "I'm not going to use a dashboard"),
        ("Invoices should be sent automatically when we mark the job done.", "At the moment I do them in Word"),
        ("About 200 regular customers must be imported from the spreadsheet.", None),
    ]
