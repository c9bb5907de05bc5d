"""``tests/test_requirements.py``: one test per functional requirement with acceptance criteria.

A test walks the requirement's Given/When/Then through the design elements that answer it: it
signs in as the requirement's actor, then exercises every endpoint, page and decision the design
lists for the requirement. A requirement nothing answers gets a test that is skipped with the
reason, so it shows as untested instead of passing on nothing.
"""

from __future__ import annotations

from autoagi.engine.prototype.code import INDENT, call, literal
from autoagi.engine.prototype.fastapi_sqlite.app_spec import AppSpec, EndpointSpec, EntitySpec, RequirementSpec
from autoagi.engine.prototype.text import docstring_text

_HEADER = '''"""One test per functional requirement with acceptance criteria, named after its id.

Each test follows the requirement's Given/When/Then through the design elements that answer it;
the ``requirement`` marker maps its result back to the requirement.
"""

import pytest

from support import Api
'''
_OPERATION_STEPS = {
    "healthz": "api.healthy()",
    "readyz": "api.ready()",
    "metrics": "api.metrics()",
    "audit-events": "api.audit_log()",
}
_CRUD_ORDER = ("create", "read", "list", "update")


def render_requirement_tests(spec: AppSpec) -> tuple[str, dict[str, bool]]:
    """The test module, and for each tested requirement whether anything in the design answers it."""
    parts = [_HEADER]
    answered: dict[str, bool] = {}
    for requirement in spec.requirements:
        if not requirement.needs_test:
            continue
        steps = requirement_steps(spec, requirement) if requirement.priority != "wont" else []
        answered[requirement.id] = bool(steps)
        parts.append("\n".join(["", "", *_test_function(spec, requirement, steps)]) + "\n")
    if not answered:
        parts.append(
            "\n\ndef test_no_functional_requirement_has_criteria() -> None:\n"
            f'{INDENT}pytest.skip("No functional requirement has acceptance criteria to test.")\n'
        )
    return "".join(parts), answered


def _test_function(spec: AppSpec, requirement: RequirementSpec, steps: list[str]) -> list[str]:
    lines = [
        f"@pytest.mark.requirement({literal(requirement.code_id)})",
        f"def {requirement.test_name}(api: Api) -> None:",
        *_docstring(spec, requirement),
    ]
    reason = _skip_reason(requirement, steps)
    if reason:
        return [*lines, *call("pytest.skip(", [literal(reason)], ")", INDENT)]
    if spec.auth:
        lines += [f"{INDENT}# Given: signed in as {docstring_text(requirement.role or '', 60)}"]
        lines += [f"{INDENT}api.sign_in({literal(requirement.role or spec.roles[0].name)})"]
    lines.append(f"{INDENT}# When and then: each design element that answers it behaves as specified")
    for step in steps:
        lines += _statement(step)
    return lines


def _skip_reason(requirement: RequirementSpec, steps: list[str]) -> str | None:
    if requirement.priority == "wont":
        return (
            f"{requirement.code_id} is out of scope for this release (MoSCoW priority W), so it is not built or tested."
        )
    if not steps:
        return f"No design element answers {requirement.code_id} yet, so there is nothing to test."
    return None


def _statement(step: str) -> list[str]:
    """One ``[name = ]api.method(arguments)`` line, exploded the way ruff keeps it when too long.

    Steps are built by this module from identifiers and ``literal`` strings, which hold no commas
    or parentheses, so splitting the argument list on ", " is exact."""
    head, _, arguments = step.partition("(")
    items = arguments.removesuffix(")").split(", ") if arguments != ")" else []
    return call(head + "(", items, ")", INDENT)


def _docstring(spec: AppSpec, requirement: RequirementSpec) -> list[str]:
    lines = [f'{INDENT}"""{requirement.code_id}: {docstring_text(requirement.title, 120)}', ""]
    for given, when, then in requirement.criteria[:5]:
        criterion = f"Given {given}; when {when}; then {then}"
        lines.append(f"{INDENT}{docstring_text(criterion, 400)}")
    answered_by = _answered_by(spec, requirement)
    if answered_by:
        lines.append(f"{INDENT}Answered by: {docstring_text(answered_by, 400)}")
    lines.append(f'{INDENT}"""')
    return lines


def _answered_by(spec: AppSpec, requirement: RequirementSpec) -> str:
    elements = [f"entity {spec.entity(module).class_name}" for module in requirement.entities]
    elements += [f"{endpoint.method} {endpoint.path}" for endpoint in requirement.endpoints]
    elements += [f"page {page.route}" for page in requirement.pages]
    return "; ".join(elements)


def requirement_steps(spec: AppSpec, requirement: RequirementSpec) -> list[str]:
    """Calls on the tests' ``Api`` helper, in an order that leaves deleting and erasing for last."""
    steps: list[str] = []
    final: list[str] = []
    for entity in spec.entities:
        entity_steps, entity_final = _entity_steps(spec, entity, requirement)
        steps += entity_steps
        final += entity_final
    for endpoint in requirement.endpoints:
        if endpoint.kind == "operation":
            steps.append(_OPERATION_STEPS[endpoint.action or ""])
        elif endpoint.kind == "auth" and endpoint.path.startswith("/api/auth/"):
            steps.append("api.account_round_trip()")
        elif endpoint.kind == "auth" and endpoint.method == "GET":
            steps.append("api.export_my_data()")
        elif endpoint.kind == "auth":
            final.append("api.erase_me()")
    steps += [f"api.page({literal(page.route)})" for page in requirement.pages]
    steps += _decision_steps(spec, requirement)
    return _unique(steps + final)


def _entity_steps(spec: AppSpec, entity: EntitySpec, requirement: RequirementSpec) -> tuple[list[str], list[str]]:
    endpoints = [item for item in requirement.endpoints if item.entity == entity.module]
    kinds = {item.kind for item in endpoints}
    if not endpoints and entity.module in requirement.entities:
        kinds = {"create", "read", "list", "update", "delete"}
    if not kinds:
        return [], []
    segment = literal(entity.segment)
    variable = entity.module if entity.module not in ("api", "pytest") else entity.module + "_record"
    instance_actions = [item.action for item in endpoints if item.kind == "action" and _is_instance(entity, item)]
    needs_record = bool(kinds & {"create", "read", "update", "delete"} or instance_actions)
    steps: list[str] = []
    if needs_record:
        steps.append(f"{variable} = api.create({segment})")
        if "create" in kinds:
            steps.append(f"api.rejects_invalid({segment})")
    for kind in _CRUD_ORDER[1:]:
        if kind not in kinds:
            continue
        if kind == "read":
            steps.append(f"api.read({segment}, {variable})")
        elif kind == "list":
            steps.append(f"api.list_includes({segment}, {variable})" if needs_record else f"api.lists({segment})")
        else:
            steps.append(f"{variable} = api.update({segment}, {variable})")
    for name in instance_actions:
        steps.append(f"api.act({segment}, {variable}, {literal(name or '')})")
    for item in endpoints:
        if item.kind == "action" and not _is_instance(entity, item):
            steps.append(f"api.act_on_all({segment}, {literal(item.action or '')})")
        elif item.kind in ("children", "link", "unlink") and item.other:
            other = literal(spec.entity(item.other).segment)
            helper = "links" if item.other in entity.partners else "children_of"
            steps.append(f"api.{helper}({segment}, {other})")
    final = [f"api.delete({segment}, {variable})"] if "delete" in kinds else []
    return steps, final


def _is_instance(entity: EntitySpec, endpoint: EndpointSpec) -> bool:
    return any(action.name == endpoint.action and action.scope == "instance" for action in entity.actions)


def _decision_steps(spec: AppSpec, requirement: RequirementSpec) -> list[str]:
    """Checks for the decisions (ADRs) that answer a requirement, where a check is possible."""
    steps: list[str] = []
    first = literal(spec.entities[0].segment) if spec.entities else None
    for title in requirement.decisions:
        lowered = title.lower()
        if "accessib" in lowered:
            steps.append("api.front_end_is_accessible()")
        if "pagination" in lowered and first:
            steps.append(f"api.paginates({first})")
        if ("authentication" in lowered or "role-based" in lowered) and spec.auth and first:
            steps.append(f"api.requires_sign_in({first})")
        if "health check" in lowered:
            steps += ["api.healthy()", "api.ready()"]
        if "data-subject" in lowered and spec.auth:
            steps.append("api.export_my_data()")
    return steps


def _unique(steps: list[str]) -> list[str]:
    seen: set[str] = set()
    return [step for step in steps if not (step in seen or seen.add(step))]
