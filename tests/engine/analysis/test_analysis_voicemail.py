"""A voicemail transcribed without punctuation or capitals: cut where the caller moves on ("and uh
the other thing is", "and yeah"), "what i want is people to …" and a wish put as "if they could …
that'd be good"."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.thinking_aloud import if_could_statement
from autoagi.engine.ingest import ingest

_VOICEMAIL = (
    "Voicemail, 26 Nov, from Ken at the bike shop\n\n"
    "hi it's ken from the bike shop um just ringing about the booking system so basically what i want is "
    "customers to be able to book a service online and choose a day and it should email them when the bike "
    "is ready so they can come and get it and uh the other thing is we need to be able to close the diary "
    "on bank holidays and yeah if they could pay a deposit that'd be good but it's not essential anyway "
    "ring me back cheers\n"
)


def test_a_voicemail_gives_each_thing_asked_for(check_sources):
    result = analyze([ingest(_VOICEMAIL.encode(), "voicemail.txt")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Customers should be able to book a service online and choose a day.", "should"),
        ("It should email them when the bike is ready.", "should"),
        ("Users must be able to close the diary on bank holidays.", "must"),
        ("Customers could pay a deposit.", "could"),
    ]
    assert result.requirements[1].rationale == "They can come and get it"  # no "and" left over from the cut


def test_a_wish_put_as_a_condition():
    assert if_could_statement("If members could renew online, that would be great.") == "Members could renew online."
    assert if_could_statement("if we could see who's in, that'd be handy") == "Users could see who's in."
    assert if_could_statement("If they could pay online they would") is None  # no wish said
