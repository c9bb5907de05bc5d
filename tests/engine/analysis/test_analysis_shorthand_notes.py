"""Notes of a call in shorthand: a topic and its verdict ("online booking: y", "loyalty: ✗",
"gift cards - maybe later") is what was settled about it, and no one speaking; a tool the business
keeps ("we use Xero for invoices and want to keep it") is one the product works with."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest
from autoagi.engine.ingest.speakers import match_speaker_line

_NOTES = """Notes from the call with the bakery, 26/11

- online booking: y
- SMS reminders: y, day before
- loyalty scheme: n
- newsletter: no, they have Mailchimp
- gift cards - maybe later
- we use Xero for invoices and want to keep it
- Attendees: Ruth, Sam
"""


def test_topics_and_their_verdicts(check_sources):
    result = analyze([ingest(_NOTES.encode(), "notes.txt")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("The system should support online booking.", "should"),
        ("The system should send SMS reminders the day before.", "should"),
        ("A loyalty scheme is out of scope.", "wont"),
        ("A newsletter is out of scope: they have Mailchimp.", "wont"),
        ("Gift cards are out of scope for now (to be confirmed).", "wont"),
        ("The system should work with Xero for invoices.", "should"),
    ]  # ("Attendees: …" says who was there, no verdict)


def test_a_topic_with_a_tick_is_no_speaker():
    assert match_speaker_line("online booking: ✓") is None
    assert match_speaker_line("loyalty: n") is None
    assert match_speaker_line("Sam: yes") is not None  # a name answering yes is someone speaking
