"""A business owner's chat and notes with the studio: a member of staff named in passing ("Also
Jess wants …"), a rule said without a modal ("We close on bank holidays, so no bookings"), and
pronouns standing for the customers the chat is about."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.people import find_people
from autoagi.engine.ingest import ingest


def _chat(*lines: str) -> dict[str, object]:
    result = analyze([ingest(("\n".join(lines) + "\n").encode(), "chat.txt")])
    return {r.statement: r for r in result.requirements}


def test_a_named_person_after_also_is_a_person_and_their_wish_a_requirement():
    assert "jess" in find_people(["Priya: Also Jess wants to upload photos"]).names  # not "Also Jess"
    said = _chat(
        "Priya: Owners should book a groom slot themselves",
        "Tom: ok",
        "Priya: Also Jess wants to upload before/after photos to the dog's profile",
    )
    assert "Users should be able to upload before/after photos to the dog's profile." in said


_TRIAL_CLASS_CHAT = (
    "Mia: The main thing is parents booking a trial class themselves, the phone never stops ringing at the moment",
    "Dev: Do they need to pick a teacher?",
    "Mia: No, we assign one. And we need to know the child's age before they book because classes are split by age",
    "Dev: Makes sense. Payment up front or on the day?",
    "Mia: A £5 deposit when booking, the rest on the day at reception, card or cash is fine",
    "Mia: If they no-show they lose the deposit",
)


def test_a_booking_chat_reads_as_an_analyst_would_write_it(check_sources):
    result = analyze([ingest(("\n".join(_TRIAL_CLASS_CHAT) + "\n").encode(), "chat.txt")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        # the reason after "the main thing" need not start with "we"
        ("Parents should be able to book a trial class themselves.", "The phone never stops ringing at the moment"),
        # "Do they need to …?" / "No, …": what the group named before need not do
        ("Parents should not need to pick a teacher: we assign one.", None),
        # what "we need to know" before something happens is asked for then
        ("The system must ask for the child's age before booking.", "Classes are split by age"),
        # the amount before "deposit", and how the rest is paid
        (
            "The system should take a £5 deposit when booking; the rest is paid on the day at reception, by card or cash.",
            None,
        ),
        # "parents" is more than a passage back, but "Do they need …" carries it on; "no-show" in words
        ("If parents do not show up, they should lose the deposit.", None),
    ]
    assert result.requirements[-1].actors == ["parent"]


def _cue(n: int, who: str, said: str) -> str:
    return f"00:00:{n:02d}.000 --> 00:00:{n:02d}.900\n<v {who}>{said}\n"


_BIKE_HIRE_CALL = "WEBVTT\n\n" + "\n".join(
    _cue(n, who, said)
    for n, (who, said) in enumerate(
        [
            ("Sam", "So how does it work today?"),
            ("Lucy", "People ring up and I write them in the diary."),
            ("Sam", "Mm-hm."),
            ("Lucy", "What I'd really want is for them to see"),
            ("Sam", "Yeah."),
            ("Lucy", "which days the bikes are free and book one themselves."),
            ("Sam", "How far ahead can people book?"),
            ("Lucy", "Six weeks max. And no same-day hires, we need time to service the bikes."),
            ("Sam", "Do you want them to upload their ID?"),
            ("Lucy", "Yeah, a photo of it, front and back."),
            ("Lucy", "Oh, and a helmet check before they ride off, that's a must for the insurance."),
        ],
        start=1,
    )
)


def test_a_call_with_a_listener_saying_yeah_mid_sentence(check_sources):
    document = ingest(_BIKE_HIRE_CALL.encode(), "call.vtt")
    # Sam's "Yeah." inside Lucy's unfinished sentence goes after it; his "Mm-hm." after a full one stays
    assert (
        "Lucy: What I'd really want is for them to see which days the bikes are free and book one themselves.\n"
        "Sam: Yeah.\n" in document.text
    )
    assert "Lucy: People ring up and I write them in the diary.\nSam: Mm-hm.\n" in document.text
    result = analyze([document])
    check_sources(result)
    said = [(r.statement, r.priority, r.category, r.rationale) for r in result.requirements]
    assert said == [
        # "for them to see": they (the people named before), not "Them should …"
        ("People should be able to see which days the bikes are free and book one themselves.", "should",
         "functional_suitability", None),
        # "max." ends the sentence before "And"; the figure is a limit
        ("People should be able to book up to six weeks ahead.", "should", "functional_suitability", None),
        # a kind of hire the business does not take is a rule; time to service the bikes is no performance
        ("The system must not allow same-day hires.", "must", "functional_suitability",
         "We need time to service the bikes"),
        # "a photo of it": of the ID the question names
        ("People should upload a photo of their ID, front and back.", "should", "functional_suitability", None),
        # a thing, then "that's a must for …"
        ("The system must include a helmet check before they ride off.", "must", "functional_suitability",
         "It is needed for the insurance"),
    ]  # fmt: skip


def test_what_keeps_going_wrong_and_must_stop_is_said_as_what_the_system_stops():
    said = _chat(
        "Ana: Morning, quick update from the depot",
        "Ana: The delivery van keeps getting double booked, we need to stop that happening.",
        "Dev: ok",
    )
    assert "The system must stop the delivery van getting double booked." in said  # not "stop that"


def test_how_long_something_is_held_is_a_rule_of_the_business():
    said = _chat(
        "Priya: customers keep asking if they can reserve a bike online",
        "Sam: how long would you hold it for?",
        "Priya: 24 hours max, then it goes back on sale",
        "Sam: ok",
    )
    held = said["The system should hold it for up to 24 hours, then it goes back on sale."]  # not "for for"
    assert held.category == "functional_suitability"  # how long a thing is kept, not a response time
    assert "Customers should be able to reserve a bike online." in said
