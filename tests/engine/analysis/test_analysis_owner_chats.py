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
        ("The system must ask for the child's age before they book.", "Classes are split by age"),
        # the amount before "deposit", and how the rest is paid
        (
            "The system should take a £5 deposit when booking; the rest is paid on the day at reception, by card or cash.",
            None,
        ),
        # "parents" is more than a passage back, but "Do they need …" carries it on; "no-show" in words
        ("If parents do not show up, they should lose the deposit.", None),
    ]
    assert result.requirements[-1].actors == ["parent"]
