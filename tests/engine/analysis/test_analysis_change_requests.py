"""A change request for a live system written as "Current behaviour: … / Expected behaviour: …":
the expected behaviour is the requirement, how it is now its reason."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.phrasing import statement_for
from autoagi.engine.ingest import ingest

_REQUEST = """Change request – booking screen

Current behaviour: the booking screen lets people pick a Sunday, when the workshop is shut.
Expected behaviour: Sundays are greyed out, so nobody can book them.

Current behaviour: the mechanic types the car's details again for every job.
Expected behaviour: the car's details come from the last visit.
"""


def test_expected_behaviour_is_the_requirement_and_current_its_reason(check_sources):
    result = analyze([ingest(_REQUEST.encode(), "change.md")])
    check_sources(result)
    assert [(r.statement, r.rationale) for r in result.requirements] == [
        ("Sundays should be greyed out, so nobody can book them.",
         "The booking screen lets people pick a Sunday, when the workshop is shut"),
        ("The car's details should come from the last visit.",
         "The mechanic types the car's details again for every job"),
    ]  # fmt: skip


def test_a_listed_thing_said_in_the_present_tense():
    assert statement_for("the total comes from the basket", "table") == "The total should come from the basket."
    assert statement_for("receipts are emailed after payment", "table") == "Receipts should be emailed after payment."
    assert statement_for("the address comes from the customer record", "table") == (
        "The address should come from the customer record."  # not "… the customer should record"
    )
