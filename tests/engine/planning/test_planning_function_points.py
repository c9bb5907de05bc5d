"""IFPUG counting: complexity matrices at their band edges, and a design counted by hand."""

from __future__ import annotations

import pytest

from autoagi.engine.artifacts import Design, Endpoint, Entity, Field_, Page, Relation
from autoagi.engine.planning import count_function_points
from autoagi.engine.planning.function_points import (
    data_function_complexity,
    input_complexity,
    normalise_word,
    output_complexity,
)


@pytest.mark.parametrize(
    ("det", "ret", "expected"),
    [
        (19, 1, "low"),
        (20, 1, "low"),
        (51, 1, "average"),
        (19, 2, "low"),
        (20, 5, "average"),
        (51, 5, "high"),
        (1, 6, "average"),
        (20, 6, "high"),
    ],
)
def test_data_function_matrix(det: int, ret: int, expected: str) -> None:
    assert data_function_complexity(det, ret) == expected


@pytest.mark.parametrize(
    ("det", "ftr", "expected"),
    [
        (4, 1, "low"),
        (15, 1, "low"),
        (16, 1, "average"),
        (4, 2, "low"),
        (5, 2, "average"),
        (16, 2, "high"),
        (4, 3, "average"),
        (5, 3, "high"),
    ],
)
def test_external_input_matrix(det: int, ftr: int, expected: str) -> None:
    assert input_complexity(det, ftr) == expected


@pytest.mark.parametrize(
    ("det", "ftr", "expected"),
    [
        (5, 1, "low"),
        (19, 1, "low"),
        (20, 1, "average"),
        (5, 3, "low"),
        (6, 2, "average"),
        (20, 3, "high"),
        (5, 4, "average"),
        (6, 4, "high"),
    ],
)
def test_output_and_inquiry_matrix(det: int, ftr: int, expected: str) -> None:
    assert output_complexity(det, ftr) == expected


def test_words_match_entities_across_plural_and_case() -> None:
    assert normalise_word("order-items") == normalise_word("OrderItem") == "orderitem"
    assert normalise_word("categories") == normalise_word("Category")
    assert normalise_word("addresses") == normalise_word("Address")


def test_shop_design_counts_as_by_hand(shop_design: Design) -> None:
    functions = {f.id: f for f in count_function_points(shop_design)}
    assert (functions["entity:Customer"].type, functions["entity:Customer"].function_points) == ("ILF", 7)
    order = functions["entity:Order"]
    assert (order.det, order.ret, order.function_points) == (4, 1, 7)
    listing = functions["endpoint:GET /api/v1/customers"]
    assert (listing.type, listing.ftr, listing.det, listing.complexity, listing.function_points) == (
        "EQ",
        1,
        4,
        "low",
        3,
    )
    create = functions["endpoint:POST /api/v1/customers/{id}/orders"]
    assert (create.type, create.ftr, create.det, create.complexity, create.function_points) == (
        "EI",
        2,
        5,
        "average",
        4,
    )
    assert create.entities == ["Customer", "Order"]
    covered = functions["page:/customers"]
    assert not covered.counted and covered.function_points == 0
    dashboard = functions["page:/dashboard"]
    assert (dashboard.type, dashboard.function_points, dashboard.counted) == ("EO", 4, True)
    assert sum(f.function_points for f in functions.values()) == 25


def test_page_counting_modes(shop_design: Design) -> None:
    all_pages = sum(f.function_points for f in count_function_points(shop_design, "all"))
    no_pages = sum(f.function_points for f in count_function_points(shop_design, "none"))
    assert all_pages == 25 + 3  # the Customers page (EQ low) counted too
    assert no_pages == 25 - 4


def test_large_entity_many_to_many_and_external_data() -> None:
    big = Entity(
        name="Product",
        fields=[Field_(name=f"f{i}", type="string") for i in range(25)],
        relations=[
            Relation(kind="many_to_many", target="Tag"),
            Relation(kind="many_to_many", target="Category"),
            Relation(kind="many_to_one", target="PaymentProvider"),
        ],
        requirement_ids=["REQ-009"],
    )
    design = Design(
        entities=[big, Entity(name="Tag", fields=[]), Entity(name="Category", fields=[])],
        endpoints=[
            Endpoint(method="DELETE", path="/products/{id}", summary="", requirement_ids=[]),
            Endpoint(method="GET", path="/reports/products", summary="", requirement_ids=[]),
        ],
        pages=[Page(name="New product", route="/products/new", requirement_ids=[])],
    )
    functions = {f.id: f for f in count_function_points(design)}
    product = functions["entity:Product"]
    # DET 25 fields + 1 FK = 26 (20–50), RET 1 + 2 many-to-many = 3 (2–5) → average 10
    assert (product.det, product.ret, product.complexity, product.function_points) == (26, 3, "average", 10)
    external = functions["external:PaymentProvider"]
    assert (external.type, external.function_points, external.requirement_ids) == ("EIF", 5, ["REQ-009"])
    delete = functions["endpoint:DELETE /products/{id}"]
    assert (delete.type, delete.det) == ("EI", 2)
    assert functions["endpoint:GET /reports/products"].type == "EO"
    assert functions["page:/products/new"].type == "EI"


def test_empty_design_counts_nothing() -> None:
    assert count_function_points(Design()) == []
