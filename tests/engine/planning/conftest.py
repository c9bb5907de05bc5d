"""Shared inputs for the planning tests: a small design a reviewer can count by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from autoagi.engine.artifacts import Design, Endpoint, Entity, Field_, Page, Relation, Requirement


def fields(*names: str) -> list[Field_]:
    return [Field_(name=n, type="string") for n in names]


@pytest.fixture
def shop_design() -> Design:
    """Customer (3 fields), Order (3 fields + FK to Customer), two endpoints, two pages.

    Hand count (IFPUG CPM 4.3.1):
      entity Customer  ILF DET 3, RET 1 → low 7
      entity Order     ILF DET 3 + 1 FK = 4, RET 1 → low 7
      GET  /api/v1/customers               EQ FTR 1 (Customer), DET 3 + 1 = 4 → low 3
      POST /api/v1/customers/{id}/orders   EI FTR 2 (Customer, Order), DET 4 + 1 = 5 → average 4
      page Customers (/customers)          EQ, serves REQ-001 which an endpoint serves → not counted
      page Sales dashboard (/dashboard)    EO FTR 0, DET 1 → low 4, serves REQ-003
      total = 7 + 7 + 3 + 4 + 4 = 25 UFP
    """
    return Design(
        entities=[
            Entity(name="Customer", fields=fields("id", "name", "email"), requirement_ids=["REQ-001"]),
            Entity(
                name="Order",
                fields=fields("id", "total", "status"),
                relations=[Relation(kind="many_to_one", target="Customer")],
                requirement_ids=["REQ-002"],
            ),
        ],
        endpoints=[
            Endpoint(method="GET", path="/api/v1/customers", summary="List", requirement_ids=["REQ-001"]),
            Endpoint(method="POST", path="/api/v1/customers/{id}/orders", summary="Order", requirement_ids=["REQ-002"]),
        ],
        pages=[
            Page(name="Customers", route="/customers", requirement_ids=["REQ-001"]),
            Page(name="Sales dashboard", route="/dashboard", requirement_ids=["REQ-003"]),
        ],
    )


@pytest.fixture
def shop_requirements() -> list[Requirement]:
    return [
        Requirement(id="REQ-001", title="List customers", statement="List customers.", priority="must"),
        Requirement(
            id="REQ-002", title="Place order", statement="Place an order.", priority="should", depends_on=["REQ-001"]
        ),
        Requirement(id="REQ-003", title="Sales dashboard", statement="Show sales.", priority="could"),
        Requirement(
            id="REQ-004",
            title="Fast pages",
            statement="Pages load in 1 s.",
            kind="non_functional",
            category="performance_efficiency",
            priority="must",
        ),
        Requirement(id="REQ-005", title="Loyalty points", statement="Points.", priority="wont"),
    ]


@pytest.fixture
def monday() -> dt.date:
    return dt.date(2025, 1, 6)
