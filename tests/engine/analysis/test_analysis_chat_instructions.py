"""An instruction typed in a short chat log ("Amy: Let people join a waitlist.") is a requirement,
however few lines the log has, and a spoken condition that runs into its instruction ("If fully
booked let people join a waitlist") is the case it applies in."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.answers import answer_statement
from autoagi.engine.analysis.disfluency import with_case_marked
from autoagi.engine.ingest import ingest


def _statements(text: str) -> list[str]:
    return [r.statement for r in analyze([ingest(text.encode(), "chat.txt")]).requirements]


def test_an_instruction_in_a_two_line_chat():
    assert _statements("Sam: What if a class is full?\nJo: Let members join a waiting list.\n") == [
        "If a class is full, members should be able to join a waiting list."
    ]
    assert _statements("Jo: Let members join a waiting list.\n") == ["Members should be able to join a waiting list."]


def test_a_condition_without_its_comma():
    assert _statements("Jo: If fully booked let members join a waiting list.\n") == [
        "If fully booked, members should be able to join a waiting list."
    ]
    assert with_case_marked("when a class is cancelled text everyone") == "when a class is cancelled, text everyone"
    assert with_case_marked("if the payment goes through we're happy") == "if the payment goes through we're happy"


def test_a_yes_that_goes_on_answers_the_question_it_follows(check_sources):
    chat = "Dev: Can customers reserve a bike online?\nMo: Yes, and pay when they collect.\n"
    result = analyze([ingest(chat.encode(), "chat.txt")])
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Customers should be able to reserve a bike online and pay when they collect.", "should"),
    ]  # the question asked is no requirement of its own: the answer says it, sourced on both
    assert [s.quote for s in result.requirements[0].sources] == [
        "Yes, and pay when they collect.",
        "Can customers reserve a bike online?",
    ]


def test_can_they_asks_what_people_may_do():
    assert (
        answer_statement("Can members freeze their pass?", "Yes.", True)
        == "Members should be able to freeze their pass."
    )
    assert answer_statement("Can members freeze their pass?", "Yes, up to 3 months.", True) == (
        "Members should be able to freeze their pass, up to 3 months."
    )
    assert answer_statement("Should members get a receipt?", "Yes.", True) == "Members should get a receipt."
