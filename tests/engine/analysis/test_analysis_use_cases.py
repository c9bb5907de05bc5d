"""Use cases in the usual template (title, actor, preconditions, main success scenario, extensions,
postconditions), in Markdown, plain text and a DOCX table: the goal, each step and each extension."""

import io

import docx
import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.use_cases import UseCase, step_statement, use_cases
from autoagi.engine.ingest import ingest

_MARKDOWN = """# Use case UC-3: Book an appointment

**Primary actor:** Patient
**Preconditions:** The patient is registered and signed in.

## Main success scenario
1. The patient chooses a clinic and a type of appointment.
2. The system shows the free slots for the next four weeks.
3. The patient picks a slot and confirms.
4. The system books the slot and sends a confirmation e-mail.

## Extensions
2a. No free slots in the next four weeks:
  1. The system offers to put the patient on the waiting list.
3a. The slot is taken by someone else before the patient confirms:
  1. The system shows a message and returns to step 2.

## Postconditions
The appointment is in the diary and the slot is no longer free.

# Non-functional requirements
- Pages must load in under 2 seconds on a phone.
"""


def test_a_use_case_gives_its_goal_its_steps_and_its_extensions(check_sources):
    result = analyze([ingest(_MARKDOWN.encode(), "uc3.md")])
    check_sources(result)
    got = [r.statement for r in result.requirements]
    assert got == [
        "Patients should be able to book an appointment.",
        "Patients should be able to choose a clinic and a type of appointment.",
        "The system should show the free slots for the next four weeks.",
        "Patients should be able to pick a slot and confirm.",
        "The system should book the slot and send a confirmation e-mail.",
        "If there are no free slots in the next four weeks, the system should offer to put the patient on the "
        "waiting list.",
        "If the slot is taken by someone else before the patient confirms, the system should show a message and "
        "return to step 2 (the system shows the free slots for the next four weeks).",
        "Pages must load in under 2 seconds on a phone.",  # after the use case, the document goes on as usual
    ]
    goal, *_ = result.requirements
    assert goal.sources[0].quote == "Use case UC-3: Book an appointment"
    flow = goal.acceptance_criteria[-1]  # the whole flow, as the template states it
    assert (flow.given, flow.when, flow.then) == (
        "the patient is registered and signed in",
        "the patient books an appointment",
        "the appointment is in the diary and the slot is no longer free",
    )
    assert result.requirements[2].sources[0].quote == "The system shows the free slots for the next four weeks."
    assert result.requirements[5].sources[0].quote.startswith("No free slots in the next four weeks:")
    assert result.requirements[5].sources[0].quote.endswith("on the waiting list.")
    assert all(r.priority == "should" for r in result.requirements[:7])


_PLAIN = """USE CASES - Harbour Yoga

Use Case 1: Buy a class pack
Actor: Member
Priority: High
Precondition: The member has an account.
Basic flow:
1. Member opens the shop and selects a 5-class or 10-class pack.
2. System shows the price and the expiry date.
3. Member pays by card.
4. System adds the classes to the member's balance and emails a receipt.
Alternative flows:
A1: Card declined
1. System shows the reason and asks for another card.
A2: Member already has an active pack - the system adds the new classes to the same balance.
Postcondition: The member's balance shows the new classes.

Use Case 2: Cancel a booking
Actor: Member
Basic flow:
1. Member opens My bookings and chooses a class.
2. System frees the place and offers it to the waiting list.
Exceptions:
2a. Less than 12 hours before the class: the system refuses and shows the cancellation policy.

Notes from the call: the owner wants the timetable on the home page.
"""


def test_plain_text_use_cases_with_a_priority_and_alternative_flows(check_sources):
    result = analyze([ingest(_PLAIN.encode(), "use-cases.txt")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Members must be able to buy a class pack.", "must"),  # "Priority: High" ranks and words it
        ("Members must be able to open the shop and select a 5-class or 10-class pack.", "must"),
        ("The system must show the price and the expiry date.", "must"),
        ("Members must be able to pay by card.", "must"),
        ("The system must add the classes to the member's balance and email a receipt.", "must"),
        ("If card declined, the system must show the reason and ask for another card.", "must"),
        ("If member already has an active pack, the system must add the new classes to the same balance.", "must"),
        ("Members should be able to cancel a booking.", "should"),
        ("Members should be able to open My bookings and choose a class.", "should"),
        ("The system should free the place and offer it to the waiting list.", "should"),
        ("If less than 12 hours before the class, the system should refuse and show the cancellation policy.", "should"),
        # the notes after the blank line are no longer the use case's
        ("The system should provide the owner with the timetable on the home page.", "should"),
    ]  # fmt: skip
    assert (
        result.requirements[5].sources[0].quote
        == "Card declined\n1. System shows the reason and asks for another card."
    )


def test_a_use_case_template_in_a_docx_table(check_sources):
    document = docx.Document()
    document.add_heading("Use cases", 1)
    table = document.add_table(rows=0, cols=2)
    rows = [
        ("Use case ID", "UC-4"),
        ("Use case name", "Reschedule an appointment"),
        ("Primary actor", "Patient"),
        ("Preconditions", "The patient has a booking more than 24 hours away."),
        (
            "Main flow",
            "1. The patient opens the booking.\n2. The system shows other free slots with the same vet.\n"
            "3. The patient picks a new slot.\n4. The system moves the booking and sends a new confirmation.",
        ),
        ("Alternative flows", "2a. No other free slots: the system offers the waiting list."),
        ("Postconditions", "The old slot is free again."),
    ]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    data = io.BytesIO()
    document.save(data)
    result = analyze([ingest(data.getvalue(), "use-cases.docx")])
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "Patients should be able to reschedule an appointment.",
        "Patients should be able to open the booking.",
        "The system should show other free slots with the same vet.",
        "Patients should be able to pick a new slot.",
        "The system should move the booking and send a new confirmation.",
        "If there are no other free slots, the system should offer the waiting list.",
    ]
    assert result.requirements[0].sources[0].quote == "Reschedule an appointment"
    assert result.requirements[0].acceptance_criteria[-1].then == "the old slot is free again"


@pytest.mark.parametrize(
    "text",
    [
        "Use case: Book an appointment\nMain flow:\n1. The patient books.\n",  # one step: no scenario to read
        "The use case for this is simple: people book and pay.\n1. Booking\n2. Payment\n",  # prose, a list
        "Main flow:\n1. The patient opens the booking.\n2. The system shows the slots.\n",  # no use case named
    ],
)
def test_what_is_not_a_use_case(text):
    assert use_cases(text) == []


@pytest.mark.parametrize(
    ("step", "statement"),
    [
        ("The system sends a reminder and logs it.", "The system should send a reminder and log it."),
        ("Patient enters their e-mail address.", "Patients should be able to enter their e-mail address."),
        ("The receptionist approves the request.", "The receptionist should approve the request."),
        ("The patient chooses a clinic and types of appointment.",  # "types" is no verb here
         "Patients should be able to choose a clinic and types of appointment."),
    ],
)  # fmt: skip
def test_step_statement(step, statement):
    case = UseCase(title=None, name="Book an appointment", start=0, end=0, actor="Patient")  # type: ignore[arg-type]
    assert step_statement(case, step) == statement
