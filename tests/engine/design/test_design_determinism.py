"""Same requirements, same bytes: regardless of input order or repeated runs."""

from __future__ import annotations

import random

from autoagi.engine.design import design, render_design_markdown


def test_same_requirements_give_byte_identical_json(clinic):
    assert design(clinic).model_dump_json() == design(clinic).model_dump_json()


def test_input_order_does_not_matter(clinic):
    shuffled = list(clinic)
    random.Random(7).shuffle(shuffled)
    assert design(shuffled).model_dump_json() == design(clinic).model_dump_json()


def test_duplicate_ids_keep_the_first(clinic):
    assert design([*clinic, *clinic]).model_dump_json() == design(clinic).model_dump_json()


def test_markdown_is_deterministic_too(clinic, hostile):
    for requirements in (clinic, hostile):
        assert render_design_markdown(design(requirements)) == render_design_markdown(design(requirements))


def test_design_round_trips_through_json(clinic):
    result = design(clinic)
    assert type(result).model_validate_json(result.model_dump_json()) == result
