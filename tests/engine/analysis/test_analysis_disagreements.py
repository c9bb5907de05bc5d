"""A call where the two sides disagree over several turns: what was asked for, the doubt about it,
the argument, and how it was settled ("let's leave direct debit for phase two then")."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.disfluency import without_doubt
from autoagi.engine.analysis.priority import priority_of
from autoagi.engine.ingest import ingest

_CALL = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Priya>We need members to be able to pay by direct debit.

00:00:07.000 --> 00:00:12.000
<v Tom>Honestly I don't think we need direct debit, card payments cover most people.

00:00:13.000 --> 00:00:18.000
<v Priya>A lot of our older members don't use cards online though.

00:00:19.000 --> 00:00:24.000
<v Tom>Fair enough, but it adds three weeks to the build.

00:00:25.000 --> 00:00:30.000
<v Priya>OK, let's leave direct debit for phase two then.

00:00:31.000 --> 00:00:36.000
<v Priya>Class reminders by e-mail are a must though.

00:00:37.000 --> 00:00:42.000
<v Tom>We could do SMS as well.

00:00:43.000 --> 00:00:48.000
<v Priya>No, SMS costs too much. E-mail only.
"""


def test_a_disagreement_settled_three_turns_later_puts_the_request_off(check_sources):
    result = analyze([ingest(_CALL.encode(), "call.vtt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Members must be able to pay by direct debit.", "wont"),
        ("Direct debit is out of scope.", "wont"),
        ("The system must send class reminders by e-mail.", "must"),
        ("SMS is out of scope.", "wont"),
    ]
    asked, doubted, _, _ = result.requirements
    # the request is sourced on the words that put it off, which are its priority cue
    assert [s.quote for s in asked.sources] == [
        "We need members to be able to pay by direct debit.",
        "OK, let's leave direct debit for phase two then.",
    ]
    assert asked.priority_cue == "OK, let's leave direct debit for phase two then."
    assert doubted.rationale == "Card payments cover most people"


@pytest.mark.parametrize(
    "settled",
    [
        "Fine, direct debit can wait until phase two.",
        "Let's park direct debit for now.",
        "We'll leave direct debit for the next release.",
    ],
)
def test_ways_of_putting_it_off(settled):
    text = f"Priya: We need members to be able to pay by direct debit.\nTom: It adds three weeks.\nPriya: {settled}\n"
    (asked,) = analyze([ingest(text.encode(), "chat.txt")]).requirements
    assert asked.priority == "wont"
    assert asked.sources[-1].quote == settled


def test_putting_off_what_nobody_asked_for_changes_nothing():
    text = "Priya: Members need to book online.\nPriya: Let's leave the loyalty scheme for phase two.\n"
    result = analyze([ingest(text.encode(), "chat.txt")])
    assert [r.priority for r in result.requirements][0] == "must"


def test_a_doubt_is_no_need():
    assert (
        without_doubt("I don't think we need a blog, nobody reads them.") == "We don't need a blog, nobody reads them."
    )
    assert without_doubt("Honestly I don't really think we need SMS") == "We don't need SMS"
    assert without_doubt("I don't think it matters") == "I don't think it matters"
    assert priority_of("I don't think we need a blog.")[0] == "wont"
    text = "Priya: I don't think we need a loyalty scheme, nobody asked for one.\nPriya: We don't need a blog because nobody reads them.\n"
    got = [(r.statement, r.rationale) for r in analyze([ingest(text.encode(), "chat.txt")]).requirements]
    assert got == [
        ("Loyalty scheme is out of scope.", "Nobody asked for one"),
        ("Blog is out of scope.", "Nobody reads them"),
    ]


def test_a_thing_named_without_an_article_is_wished_for():
    text = "Priya: Apple Pay would be nice.\nPriya: Reminders would be nice.\nPriya: That would be nice.\nPriya: A waiting list is a must-have for us.\n"
    got = [(r.statement, r.priority) for r in analyze([ingest(text.encode(), "chat.txt")]).requirements]
    assert got == [
        ("The system could support Apple Pay.", "could"),
        ("The system could send reminders.", "could"),
        ("The system must support a waiting list.", "must"),
    ]
