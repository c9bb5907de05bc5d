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
