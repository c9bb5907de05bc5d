"""A client's test cases ("Test" | "Steps" | "Expected result"): each is a rule of the product, with
the test as its criterion."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.acceptance_tests import rule_of_test_case
from autoagi.engine.ingest import ingest

_TESTS = (
    "ID,Test,Steps,Expected result\n"
    "TC-01,Book a class,Open the timetable; pick a class; confirm,The booking shows under My bookings\n"
    "TC-02,Cancel late,Cancel a class 2 hours before it starts,The system refuses and shows the cancellation policy\n"
    "TC-03,Log in,1. Log in 2. Open My bookings,Upcoming bookings are listed\n"
)


def test_each_test_case_is_the_rule_it_checks(check_sources):
    result = analyze([ingest(_TESTS.encode(), "uat.csv")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "When users open the timetable, pick a class and confirm, the booking should show under My bookings.",
        "When users cancel a class 2 hours before it starts, the system should refuse and show the cancellation policy.",
        "When users log in and open My bookings, upcoming bookings should be listed.",
    ]
    late = result.requirements[1]
    assert [s.quote for s in late.sources] == [
        "Cancel a class 2 hours before it starts",
        "The system refuses and shows the cancellation policy",
    ]
    test = late.acceptance_criteria[-1]  # the test as the client wrote it
    assert (test.when, test.then) == (
        "they cancel a class 2 hours before it starts",
        "the system refuses and shows the cancellation policy",
    )


@pytest.mark.parametrize(
    ("steps", "expected", "rule"),
    [
        ("Buy a 5-class pack with Apple Pay", "The pack appears in the balance",
         "When users buy a 5-class pack with Apple Pay, the pack should appear in the balance."),
        ("Click Pay -> enter card -> confirm", "A receipt is e-mailed",
         "When users click Pay, enter card and confirm, a receipt should be e-mailed."),
        ("The manager approves the leave", "The rota updates", None),  # no steps of a user's
    ],
)  # fmt: skip
def test_rule_of_test_case(steps, expected, rule):
    assert rule_of_test_case(steps, expected) == rule
