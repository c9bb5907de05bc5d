"""A small clinic-booking project, with actors and entities filled in as the analysis engine would."""

from __future__ import annotations

import pytest

from autoagi.engine.artifacts import AcceptanceCriterion, Requirement


def requirement(id: str, statement: str, **fields) -> Requirement:
    fields.setdefault("title", statement[:60])
    return Requirement(id=id, statement=statement, **fields)


def clinic_requirements() -> list[Requirement]:
    return [
        requirement(
            "REQ-001",
            "Customers can book an appointment with a vet for their pet.",
            actors=["customer"],
            entities=["appointment", "vet", "pet"],
            priority="must",
            acceptance_criteria=[
                AcceptanceCriterion(
                    given="a free time slot", when="a customer books it", then="the appointment is confirmed"
                )
            ],
        ),
        requirement(
            "REQ-002",
            "An appointment has a date, a start time, a duration in minutes and a status "
            "(requested, confirmed or cancelled).",
            entities=["appointment"],
        ),
        requirement(
            "REQ-003",
            "Each customer can have many pets.",
            entities=["customer", "pet"],
        ),
        requirement(
            "REQ-004",
            "Customer details include name, phone number and a unique email address.",
            entities=["customer"],
        ),
        requirement(
            "REQ-005",
            "Customers can view, reschedule or cancel their upcoming appointments.",
            actors=["customers"],
            entities=["appointments"],
        ),
        requirement(
            "REQ-006",
            "Receptionists must be able to mark an appointment as no-show.",
            actors=["Receptionist"],
            entities=["appointment"],
        ),
        requirement(
            "REQ-007",
            "A pet has a name, a species and a date of birth (optional).",
            entities=["pet"],
        ),
        requirement(
            "REQ-008",
            "The clinic administrator manages vets and their opening hours.",
            actors=["the clinic administrator"],
            entities=["vet"],
        ),
        requirement(
            "REQ-009",
            "Invoices are issued for appointments and must be paid within 30 days.",
            entities=["invoice", "appointment"],
        ),
        requirement(
            "REQ-010",
            "The system shall be available 99.9% of the time during opening hours.",
            kind="non_functional",
            category="reliability",
        ),
        requirement(
            "REQ-011",
            "Search results must be displayed within 2 seconds for up to 200 concurrent users.",
            kind="non_functional",
            category="performance_efficiency",
        ),
        requirement(
            "REQ-012",
            "Only authenticated staff may see medical records; all access must be logged for audit.",
            kind="non_functional",
            category="security",
        ),
        requirement(
            "REQ-013",
            "Personal data of customers must be deleted 2 years after their last appointment, in line with GDPR.",
            kind="non_functional",
            category="legal",
        ),
        requirement(
            "REQ-014",
            "The booking pages must meet WCAG 2.1 AA and work on mobile phones.",
            kind="non_functional",
            category="usability",
        ),
        requirement(
            "REQ-015",
            "The application must run in Docker containers on any cloud provider.",
            kind="non_functional",
            category="portability",
        ),
        requirement(
            "REQ-016",
            "Customers receive an e-mail reminder 24 hours before each appointment.",
            actors=["customer"],
            entities=["appointment"],
        ),
        requirement(
            "REQ-017",
            "The clinic would like a loyalty programme with points.",
            priority="wont",
        ),
        requirement(
            "REQ-018",
            "It should feel nice.",
        ),
        requirement(
            "REQ-019",
            "The backend must be written in Python and use PostgreSQL.",
            kind="constraint",
            category="maintainability",
        ),
    ]


HOSTILE_NAMES = [
    '<script>alert("x")</script>',
    "Robert'); DROP TABLE students;--",
    "class",
    "select",
    "None",
    "用户",
    "Ünïcödé café",
    "x" * 300,
    "end",
    "Style",
    "many",
    "ClassDef",
    "direction LR",
    "`rm -rf /`",
    "$(reboot)",
    "a|b",
    "pk",
    "#quot;",
    "%%{init: {}}%%",
    "\u202eevil",
    "   ",
    "123 go",
    "model_config",
]


def hostile_requirements() -> list[Requirement]:
    requirements = []
    for number, name in enumerate(HOSTILE_NAMES, start=1):
        requirements.append(
            requirement(
                f"REQ-{number:03d}",
                f"{name} users can create a {name} with a name, a {name} and a status ({name}, open or closed). "
                f"Each {name} can have many {name} notes. Staff can cancel a {name}; a {name} belongs to an order.",
                title=name or "untitled",
                actors=[name, "staff"],
                entities=[name, "order"],
            )
        )
    requirements.append(
        requirement(
            "REQ-900",
            "Availability of 99.99% <b>always</b> ``` fence; # heading | pipe %%{init}%%",
            kind="non_functional",
            category="reliability",
            actors=['"; DROP TABLE users; --'],
        )
    )
    return requirements


@pytest.fixture
def make_requirement():
    """``make_requirement(id, statement, **fields)``: a Requirement with a default title."""
    return requirement


@pytest.fixture
def clinic() -> list[Requirement]:
    return clinic_requirements()


@pytest.fixture
def hostile() -> list[Requirement]:
    return hostile_requirements()
