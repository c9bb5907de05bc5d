"""Notes of a call kept as "Q: … / A: …" lines: the one asking and the one answering, so each answer
is read with its question (what today is like is no requirement), and ranked lists written with
labels ("Must: …", "Nice: …", "Not needed: …") or traffic lights (🔴 🟠 🟢)."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.grammar import noun_phrases
from autoagi.engine.ingest import ingest

_QA = """# Call with a dog groomer – 24 Nov

Q: How do owners book today?
A: They message us on Facebook, and we lose track.

Q: What should the new site let them do?
A: Book a groom online and see the price for their dog's size.

Q: Any rules on cancelling?
A: Free up to 48 hours before.

Q: Do groomers need anything?
A: Their day list on a phone, with each dog's notes.

Q: Gift vouchers?
A: Later. Vouchers at the counter for now.
"""


def _read(text: str, name: str):
    return analyze([ingest(text.encode(), name)])


def test_questions_and_answers_in_call_notes(check_sources):
    result = _read(_QA, "call.md")
    check_sources(result)
    assert [(r.statement, r.priority) for r in result.requirements] == [
        ("Owners should be able to book a groom online and see the price for their dog's size.", "should"),
        ("Cancelling should be free up to 48 hours before.", "should"),
        ("Groomers must have their day list on a phone, with each dog's notes.", "must"),
        ("Gift vouchers are out of scope for now.", "wont"),
    ]
    assert result.requirements[-1].rationale == "Vouchers at the counter for now"
    assert [s.quote for s in result.requirements[0].sources][-1] == "What should the new site let them do?"


def test_ranked_labels_and_traffic_lights():
    labels = "Florist app - first thoughts\n\nMust: customers order a bouquet online\nNice: customers reorder in one tap\nNot needed: a blog\n"
    assert [(r.statement, r.priority) for r in _read(labels, "notes.txt").requirements] == [
        ("Customers must be able to order a bouquet online.", "must"),
        ("Customers could reorder in one tap.", "could"),
        ("A blog is out of scope.", "wont"),
    ]
    lights = "## Priorities for the app\n\n🔴 Online ordering with delivery slots\n🟠 Loyalty points\n🟢 Gift cards\n"
    assert [(r.statement, r.priority) for r in _read(lights, "priorities.md").requirements] == [
        ("The system must support online ordering with delivery slots.", "must"),
        ("The system should support loyalty points.", "should"),
        ("The system could support gift cards.", "could"),
    ]


def test_an_activity_made_a_feature_is_a_thing():
    assert [p.words for p in noun_phrases("Online ordering")] == [("Online", "ordering")]
    assert [p.words for p in noun_phrases("the mobile according to the standard")][0] == ("mobile",)


def test_sort_it_so_asks_for_what_should_hold():
    mail = "Hi, can we sort it so a customer can't pick a collection time when the shop is closed?\n"
    assert [r.statement for r in _read(mail, "mail.txt").requirements] == [
        "A customer must not be able to pick a collection time when the shop is closed."
    ]
