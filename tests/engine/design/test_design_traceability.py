"""Every design element cites requirements; requirements nothing answers are reported."""

from __future__ import annotations

from autoagi.engine.design import DesignOptions, design


def _elements(result):
    yield from (("entity", entity.name, entity.requirement_ids) for entity in result.entities)
    yield from (("endpoint", f"{item.method} {item.path}", item.requirement_ids) for item in result.endpoints)
    yield from (("page", item.route, item.requirement_ids) for item in result.pages)
    yield from (("decision", item.title, item.requirement_ids) for item in result.decisions)


def test_every_element_cites_known_requirements(clinic):
    result = design(clinic)
    known = {requirement.id for requirement in clinic}
    for kind, name, requirement_ids in _elements(result):
        assert requirement_ids, f"{kind} {name} cites no requirement"
        assert set(requirement_ids) <= known, f"{kind} {name}"
        assert requirement_ids == sorted(set(requirement_ids)), "ids are unique and sorted"


def test_unanswered_lists_exactly_the_requirements_nothing_cites(clinic):
    result = design(clinic)
    cited = {requirement_id for *_, ids in _elements(result) for requirement_id in ids}
    expected = [requirement.id for requirement in clinic if requirement.id not in cited]
    assert result.unanswered_requirement_ids == expected == ["REQ-018"]  # "It should feel nice."


def test_functional_requirement_about_nothing_known_is_unanswered(make_requirement):
    result = design(
        [
            make_requirement("R1", "Customers can book a table.", actors=["customer"], entities=["table"]),
            make_requirement("R2", "The mood should be pleasant."),
        ]
    )
    assert result.unanswered_requirement_ids == ["R2"]


def test_including_wont_have_requirements_on_request(clinic, make_requirement):
    extra = make_requirement(
        "REQ-020", "Customers can redeem a voucher.", actors=["customer"], entities=["voucher"], priority="wont"
    )
    default = design([*clinic, extra])
    assert "Voucher" not in [entity.name for entity in default.entities]
    included = design([*clinic, extra], DesignOptions(include_wont=True))
    assert "Voucher" in [entity.name for entity in included.entities]


def test_empty_input_gives_an_empty_but_valid_design():
    result = design([])
    assert result.entities == [] and result.endpoints == [] and result.unanswered_requirement_ids == []
    assert set(result.diagrams) == {"container", "er"}


def test_quality_only_input_still_cites_everything(make_requirement):
    result = design(
        [
            make_requirement(
                "N1", "The service must be available 99.9% of the time.", kind="non_functional", category="reliability"
            ),
            make_requirement(
                "N2", "Pages must load within 1 second.", kind="non_functional", category="performance_efficiency"
            ),
        ]
    )
    assert result.entities == [] and result.unanswered_requirement_ids == []
    assert not any(decision.title.startswith("Three-tier") for decision in result.decisions)
    for kind, name, requirement_ids in _elements(result):
        assert requirement_ids, f"{kind} {name}"
