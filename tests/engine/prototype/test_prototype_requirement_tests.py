"""One generated test per functional requirement with acceptance criteria, named and marked with its id,
walking the design elements that answer it."""

from __future__ import annotations

import ast

from autoagi.engine.artifacts import Requirement
from autoagi.engine.design import design
from autoagi.engine.prototype import generate_prototype
from engine.prototype.prototype_designs import clinic_requirements, criterion


def _requirement_tests(files) -> dict[str, ast.FunctionDef]:
    module = ast.parse(files["tests/test_requirements.py"])
    found = {}
    for node in module.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Call) and ast.unparse(decorator.func) == "pytest.mark.requirement":
                found[decorator.args[0].value] = node
    return found


def test_each_functional_requirement_with_criteria_has_exactly_one_test(clinic_files):
    wanted = {item.id for item in clinic_requirements() if item.kind == "functional" and item.acceptance_criteria}
    tests = _requirement_tests(clinic_files)
    assert set(tests) == wanted
    for requirement_id, function in tests.items():
        prefix = "test_" + requirement_id.lower().replace("-", "_") + "_"
        assert function.name.startswith(prefix)
        assert ast.get_docstring(function).startswith(f"{requirement_id}: ")


def test_a_test_follows_given_when_then_through_the_design(clinic_files):
    function = _requirement_tests(clinic_files)["REQ-002"]
    docstring = ast.get_docstring(function)
    assert "Given an appointment; when the receptionist cancels it; then it is cancelled" in docstring
    assert "POST /api/appointments/{record_id}/mark-no-show" in docstring
    source = ast.unparse(function)
    assert "api.sign_in('receptionist')" in source  # the requirement's actor
    for step in (
        "api.act('appointments', appointment, 'cancel')",
        "api.act('appointments', appointment, 'mark-no-show')",
    ):
        assert step in source
    assert source.index("api.create(") < source.index("api.act(") < source.index("api.delete(")


def test_relations_collection_actions_operations_and_decisions_are_exercised(clinic_files):
    tests = _requirement_tests(clinic_files)
    assert "api.children_of('customers', 'pets')" in ast.unparse(tests["REQ-001"])
    assert "api.paginates('customers')" in ast.unparse(tests["REQ-001"])  # pagination decision
    assert "api.links('vets', 'services')" in ast.unparse(tests["REQ-004"])
    exports = ast.unparse(tests["REQ-003"])
    assert all(f"'{name}')" in exports for name in ("export", "import", "sync"))
    account = ast.unparse(tests["REQ-005"])
    assert "api.account_round_trip()" in account and "api.front_end_is_accessible()" in account
    assert "api.healthy()" in ast.unparse(tests["REQ-008"]) and "api.metrics()" in ast.unparse(tests["REQ-008"])


def test_a_requirement_nothing_answers_is_skipped_not_passed(clinic_files):
    source = ast.unparse(_requirement_tests(clinic_files)["REQ-006"])
    assert "pytest.skip('No design element answers REQ-006 yet" in source
    assert "api." not in source


def test_a_wont_have_requirement_is_skipped_as_out_of_scope():
    requirements = [
        Requirement(
            id="REQ-001",
            title="Pets",
            statement="Customers register their pets with a name and a species.",
            actors=["customers"],
            acceptance_criteria=criterion("a customer", "they register a pet", "the pet is listed"),
        ),
        Requirement(
            id="REQ-002",
            title="Invoices",
            statement="Customers can pay invoices online.",
            priority="wont",
            actors=["customers"],
            acceptance_criteria=criterion("an invoice", "the customer pays it", "it is paid"),
        ),
    ]
    tests = _requirement_tests(generate_prototype(requirements, design(requirements))[1])
    source = ast.unparse(tests["REQ-002"])
    assert "out of scope for this release" in source and "api." not in source
    assert "api." in ast.unparse(tests["REQ-001"])
