"""Designs built by hand, so these tests do not depend on the design engine's heuristics; a hostile
design; and tiny file maps that misbehave on purpose."""

from __future__ import annotations

import json
from pathlib import Path

from autoagi.engine.artifacts import (
    AcceptanceCriterion,
    Decision,
    Design,
    Endpoint,
    Entity,
    Field_,
    Page,
    Relation,
    Requirement,
)
from autoagi.engine.prototype import FileMap

REPO = Path(__file__).resolve().parents[3]


def criterion(given: str, when: str, then: str) -> list[AcceptanceCriterion]:
    return [AcceptanceCriterion(given=given, when=when, then=then)]


def crud(segment: str, ids: list[str]) -> list[Endpoint]:
    item = f"/{segment}/{{id}}"
    return [
        Endpoint(method="GET", path=f"/{segment}", summary="List", requirement_ids=ids),
        Endpoint(method="POST", path=f"/{segment}", summary="Create", requirement_ids=ids),
        Endpoint(method="GET", path=item, summary="Get", requirement_ids=ids),
        Endpoint(method="PATCH", path=item, summary="Update", requirement_ids=ids),
        Endpoint(method="DELETE", path=item, summary="Delete", requirement_ids=ids),
    ]


def system_fields() -> tuple[Field_, Field_, Field_]:
    return (
        Field_(name="id", type="uuid", unique=True),
        Field_(name="created_at", type="datetime"),
        Field_(name="updated_at", type="datetime"),
    )


def clinic_requirements() -> list[Requirement]:
    return [
        Requirement(
            id="REQ-001",
            title="Register pets",
            statement="Customers register their pets with species and date of birth.",
            actors=["customers"],
            acceptance_criteria=criterion("a signed-in customer", "they register a pet", "the pet is listed"),
        ),
        Requirement(
            id="REQ-002",
            title="Cancel or mark no-show",
            statement="Receptionists cancel appointments or mark them as no-show.",
            actors=["receptionist"],
            acceptance_criteria=criterion("an appointment", "the receptionist cancels it", "it is cancelled"),
        ),
        Requirement(
            id="REQ-003",
            title="Export appointments for the practice system",
            statement="Appointments are exported as CSV and imported from the practice system.",
            acceptance_criteria=criterion("appointments exist", "an export runs", "a CSV lists them"),
        ),
        Requirement(
            id="REQ-004",
            title="Vets offer services",
            statement="Each vet offers several services; a service is offered by several vets.",
            acceptance_criteria=criterion("a vet", "a service is linked", "the vet lists it"),
        ),
        Requirement(
            id="REQ-005",
            title="Sign in",
            statement="Customers and receptionists sign in.",
            actors=["customer", "receptionist"],
            acceptance_criteria=criterion("an account", "the person signs in", "they see the dashboard"),
        ),
        Requirement(
            id="REQ-006",
            title="Loyalty points",
            statement="Customers collect loyalty points.",
            acceptance_criteria=criterion("a customer", "they book", "they earn points"),
        ),
        Requirement(
            id="REQ-007",
            title="Screen readers",
            statement="The booking pages work with screen readers.",
            kind="non_functional",
            category="usability",
            acceptance_criteria=criterion("a screen reader", "a page opens", "it is announced"),
        ),
        Requirement(
            id="REQ-008",
            title="Health",
            statement="The service reports its health.",
            acceptance_criteria=criterion("the service runs", "a probe asks", "it answers ok"),
        ),
    ]


def clinic_design() -> Design:
    customer = Entity(
        name="Customer",
        fields=[
            *system_fields()[:1],
            Field_(name="name", type="string"),
            Field_(name="email", type="email", unique=True),
            Field_(name="phone", type="phone", required=False),
            *system_fields()[1:],
        ],
        relations=[Relation(kind="one_to_many", target="Pet", name="pets")],
        requirement_ids=["REQ-001"],
    )
    pet = Entity(
        name="Pet",
        fields=[
            *system_fields()[:1],
            Field_(name="name", type="string"),
            Field_(name="species", type="enum"),
            Field_(name="date_of_birth", type="date", required=False),
            Field_(name="weight", type="decimal", required=False),
            Field_(name="is_insured", type="boolean", required=False),
            Field_(name="customer_id", type="uuid"),
            *system_fields()[1:],
        ],
        relations=[Relation(kind="many_to_one", target="Customer", name="customer")],
        requirement_ids=["REQ-001"],
    )
    appointment = Entity(
        name="Appointment",
        fields=[
            *system_fields()[:1],
            Field_(name="starts_at", type="datetime"),
            Field_(name="start_time", type="time", required=False),
            Field_(name="duration_minutes", type="integer"),
            Field_(name="status", type="enum"),
            Field_(name="notes", type="text", required=False),
            Field_(name="website", type="url", required=False),
            Field_(name="pet_id", type="uuid"),
            *system_fields()[1:],
        ],
        relations=[Relation(kind="many_to_one", target="Pet", name="pet")],
        requirement_ids=["REQ-002", "REQ-003"],
    )
    vet = Entity(
        name="Vet",
        fields=[*system_fields()[:1], Field_(name="name", type="string"), *system_fields()[1:]],
        relations=[Relation(kind="many_to_many", target="Service", name="services")],
        requirement_ids=["REQ-004"],
    )
    service = Entity(
        name="Service",
        fields=[*system_fields()[:1], Field_(name="title", type="string", unique=True), *system_fields()[1:]],
        relations=[Relation(kind="many_to_many", target="Vet", name="vets")],
        requirement_ids=["REQ-004"],
    )
    endpoints = [
        Endpoint(method="POST", path="/auth/register", summary="Register", requirement_ids=["REQ-005"]),
        Endpoint(method="POST", path="/auth/login", summary="Sign in", requirement_ids=["REQ-005"]),
        Endpoint(method="GET", path="/auth/me", summary="Me", requirement_ids=["REQ-005"]),
        *crud("customers", ["REQ-001"]),
        *crud("pets", ["REQ-001"]),
        Endpoint(method="GET", path="/customers/{id}/pets", summary="Pets of", requirement_ids=["REQ-001"]),
        *crud("appointments", ["REQ-002"]),
        Endpoint(method="POST", path="/appointments/{id}/cancel", summary="Cancel", requirement_ids=["REQ-002"]),
        Endpoint(method="POST", path="/appointments/{id}/mark-no-show", summary="No-show", requirement_ids=["REQ-002"]),
        Endpoint(method="GET", path="/appointments/{id}/download", summary="Download", requirement_ids=["REQ-002"]),
        Endpoint(method="GET", path="/appointments/export", summary="Export", requirement_ids=["REQ-003"]),
        Endpoint(method="POST", path="/appointments/import", summary="Import", requirement_ids=["REQ-003"]),
        Endpoint(method="POST", path="/appointments/sync", summary="Sync", requirement_ids=["REQ-003"]),
        *crud("vets", ["REQ-004"]),
        *crud("services", ["REQ-004"]),
        Endpoint(method="GET", path="/vets/{id}/services", summary="Services of", requirement_ids=["REQ-004"]),
        Endpoint(method="GET", path="/healthz", summary="Liveness", requirement_ids=["REQ-008"]),
        Endpoint(method="GET", path="/metrics", summary="Metrics", requirement_ids=["REQ-008"]),
        Endpoint(method="GET", path="/me/export", summary="My data", requirement_ids=["REQ-005"]),
        Endpoint(method="GET", path="/webhooks/{id}/replay", summary="Unknown", requirement_ids=["REQ-008"]),
    ]
    pages = [
        Page(name="Dashboard", route="/", requirement_ids=["REQ-001", "REQ-002"]),
        Page(name="Sign in", route="/login", requirement_ids=["REQ-005"]),
        Page(name="Pets", route="/pets", requirement_ids=["REQ-001"]),
        Page(name="New pet", route="/pets/new", requirement_ids=["REQ-001"]),
        Page(name="Appointment", route="/appointments/{id}", requirement_ids=["REQ-002"]),
        Page(name="Receptionist dashboard", route="/dashboards/receptionist", requirement_ids=["REQ-002"]),
        Page(name="Accessibility statement", route="/accessibility", requirement_ids=["REQ-007"]),
        Page(name="Calendar", route="/calendar/week", requirement_ids=["REQ-002"]),
    ]
    decisions = [
        Decision(
            title="Accessible, responsive user interface (WCAG 2.2 AA)",
            context="",
            decision="",
            consequences="",
            requirement_ids=["REQ-005", "REQ-007"],
        ),
        Decision(
            title="Indexes, pagination and caching for response times",
            context="",
            decision="",
            consequences="",
            requirement_ids=["REQ-001"],
        ),
    ]
    tag = Entity(name="Tag", fields=list(system_fields()))  # nothing but the fields every record has
    return Design(
        entities=[customer, pet, appointment, vet, service, tag],
        roles=["customer", "receptionist"],
        endpoints=endpoints,
        pages=pages,
        decisions=decisions,
    )


HOSTILE_TEXT = (
    '<script>alert("x")</script> Robert\'); DROP TABLE students;-- $(rm -rf /) `id` \\ """ \'\'\' '
    "{{7*7}} %s \x00 \u202e\u2066 café 用户 🐱 "
)


def hostile_requirements() -> list[Requirement]:
    long_text = "very long " * 600
    return [
        Requirement(
            id="REQ-001",
            title=HOSTILE_TEXT + "\nsecond line",
            statement=HOSTILE_TEXT + long_text,
            actors=["<b>admin</b>", "class"],
            acceptance_criteria=[
                AcceptanceCriterion(given=HOSTILE_TEXT, when='"""; import os; os.system("id")', then=long_text)
            ],
        ),
        Requirement(
            id='REQ-002"); import os #',
            title="def class None: pass",
            statement="Weird id",
            acceptance_criteria=criterion("x", "y", "z"),
        ),
        Requirement(
            id="REQ-003",
            title="用户 注册",
            statement="Unicode only",
            acceptance_criteria=criterion("用户", "注册", "成功"),
        ),
    ]


def hostile_design() -> Design:
    ids = ["REQ-001", 'REQ-002"); import os #', "REQ-003"]
    names = [
        HOSTILE_TEXT,
        "None",
        "class",
        "Table",
        "Email",
        "SqliteMaster",
        "用户",
        "X" * 300,
        "PetCreate",
        "Api",
    ]
    hostile_fields = [
        Field_(name=HOSTILE_TEXT, type="string"),
        Field_(name="class", type="string", required=False),
        Field_(name="select", type="integer", required=False),
        Field_(name="model_dump", type="boolean", required=False),
        Field_(name="uuid", type="uuid", required=False),
        Field_(name="dt", type="date", required=False),
        Field_(name="y" * 200, type="url", required=False),
        Field_(name="status", type="'; DROP TABLE x; --", required=False),
        Field_(name="用户名", type="email", required=False),
        Field_(name="id", type="integer"),
    ]
    entities = [
        Entity(name=name, fields=hostile_fields, requirement_ids=[ids[index % 3]]) for index, name in enumerate(names)
    ]
    entities[1].relations.append(Relation(kind="many_to_one", target=HOSTILE_TEXT, name="x"))
    entities[2].relations.append(Relation(kind="many_to_many", target="Table", name="y"))
    entities[3].relations.append(Relation(kind="many_to_many", target="class", name="z"))
    entities[4].relations.append(Relation(kind="many_to_one", target="missing entity", name="w"))
    endpoints = [
        Endpoint(method="GET", path='/"; rm -rf /', summary=HOSTILE_TEXT, requirement_ids=ids),
        Endpoint(method="POST", path="/auth/login", summary="Sign in", requirement_ids=ids[:1]),
        Endpoint(method="TRACE", path="/nones", summary="odd method", requirement_ids=ids[1:2]),
    ]
    pages = [
        Page(name=HOSTILE_TEXT, route="/", requirement_ids=ids),
        Page(name="bad route", route="/<script>", requirement_ids=ids[:1]),
    ]
    return Design(entities=entities, roles=[HOSTILE_TEXT, "class", "None", "用户"], endpoints=endpoints, pages=pages)


def minimal_app(body: str, *, after: str = "") -> FileMap:
    """A tiny app whose second test runs ``body``: REQ-001 passes, REQ-002 runs ``body``, REQ-003 after it."""
    tests = (
        "import pytest\n\n\n"
        '@pytest.mark.requirement("REQ-001")\n'
        "def test_req_001_fine():\n    assert True\n\n\n"
        '@pytest.mark.requirement("REQ-002")\n'
        f"def test_req_002_bad():\n{body}\n\n\n"
        '@pytest.mark.requirement("REQ-003")\n'
        f"def test_req_003_after():\n    assert True\n{after}"
    )
    trace = {
        "requirements": [
            {"id": f"REQ-00{n}", "code_id": f"REQ-00{n}", "kind": "functional", "tests": [f"tests/test_bad.py::{name}"]}
            for n, name in ((1, "test_req_001_fine"), (2, "test_req_002_bad"), (3, "test_req_003_after"))
        ],
        "endpoints": {},
    }
    return {
        "pyproject.toml": b'[tool.pytest.ini_options]\nmarkers = ["requirement(id): the requirement"]\n',
        "traceability.json": json.dumps(trace).encode(),
        "tests/test_bad.py": tests.encode(),
    }
