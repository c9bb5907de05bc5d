"""Regeneration after a change: only what the change can affect is validated again.

The clinic app (built by hand in ``prototype_designs``) shows the ``fastapi_sqlite`` target's
change classifier at work; a tiny app with one test file per requirement and a classifier written
here exercises the revalidation itself cheaply (carrying over, falling back, failures).
"""

from __future__ import annotations

import json

import pytest

from autoagi.engine.artifacts import Field_, Validation
from autoagi.engine.prototype import (
    ChangeImpact,
    FileDiff,
    FileMap,
    Selection,
    Target,
    ValidationReport,
    plan_revalidation,
    regenerate,
    run_revalidation,
    run_validation,
)
from engine.prototype.prototype_designs import clinic_design, clinic_requirements, criterion

# --- a tiny target: tests/test_<requirement>.py holds the tests of one requirement --------------


def _tiny_classifier(old: FileMap, new: FileMap, diff: FileDiff) -> ChangeImpact:
    impact = ChangeImpact()
    for path in diff.changed:
        name = path.removeprefix("tests/test_").removesuffix(".py")
        if path.startswith("tests/test_req_"):
            impact.touch(name.upper().replace("_", "-")[:7], f"{path} changed")
            impact.test_parameters = {"segment": ["a"]}
        else:
            impact.share(path, "every test reads it")
    return impact


TINY = Target(
    name="tiny",
    description="one test file per requirement",
    generate=lambda requirements, design: {},
    run_instructions="python -m pytest",
    serve_arguments=("-m", "http.server"),
    classify_changes=_tiny_classifier,
)
TINY_OPTIONS = {"target": "tiny", "targets": {"tiny": TINY}, "smoke": False}


def _tiny_test(number: int, body: str = "    assert True\n") -> bytes:
    return (
        f'import pytest\n\n\n@pytest.mark.requirement("REQ-00{number}")\ndef test_req_00{number}():\n{body}'
    ).encode()


def tiny_app() -> FileMap:
    trace = {
        "requirements": [
            {"id": f"REQ-00{n}", "code_id": f"REQ-00{n}", "tests": [f"tests/test_req_00{n}.py::test_req_00{n}"]}
            for n in (1, 2, 3)
        ],
        "endpoints": {},
    }
    generic = (
        'import pytest\n\n\n@pytest.mark.parametrize("segment", ["a", "b"])\n'
        "def test_every_segment(segment):\n    assert segment\n"
    )
    return {
        "pyproject.toml": b'[tool.pytest.ini_options]\nmarkers = ["requirement(id): the requirement"]\n',
        "traceability.json": json.dumps(trace).encode(),
        "tests/test_generic.py": generic.encode(),
        **{f"tests/test_req_00{n}.py": _tiny_test(n) for n in (1, 2, 3)},
    }


@pytest.fixture(scope="module")
def tiny_validation() -> ValidationReport:
    report = run_validation(tiny_app(), **TINY_OPTIONS)
    assert report.ok, report.artifact().log
    return report


def _run_now(report: ValidationReport) -> list[str]:
    return [test.nodeid for test in report.tests[report.carried_tests :]]


def test_edit_reruns_only_that_requirement_and_carries_the_rest(tiny_validation: ValidationReport) -> None:
    new = {**tiny_app(), "tests/test_req_002.py": _tiny_test(2, "    assert 1 + 1 == 2\n")}
    report = run_revalidation(tiny_app(), tiny_validation, new, **TINY_OPTIONS)
    assert report.mode == "incremental" and report.ok
    assert _run_now(report) == ["tests/test_generic.py::test_every_segment[a]", "tests/test_req_002.py::test_req_002"]
    assert report.carried == {"REQ-001": "passed", "REQ-003": "passed"}
    assert report.per_requirement == tiny_validation.per_requirement
    assert report.artifact().passed == tiny_validation.artifact().passed  # carried tests still count
    assert "re-run REQ-002: tests/test_req_002.py changed" in report.artifact().log


def test_failing_edited_requirement_is_reported_failed(tiny_validation: ValidationReport) -> None:
    new = {**tiny_app(), "tests/test_req_002.py": _tiny_test(2, "    assert False, 'broken by the edit'\n")}
    report = run_revalidation(tiny_app(), tiny_validation, new, **TINY_OPTIONS, full_on_failure=False)
    assert report.mode == "incremental" and not report.ok
    assert report.per_requirement == {"REQ-001": "passed", "REQ-002": "failed", "REQ-003": "passed"}
    assert "REQ-002" not in report.carried
    validation = report.artifact()
    assert validation.failed >= 1 and "broken by the edit" in validation.log

    # By default a failure found incrementally is checked in full: nothing stale sits beside it.
    escalated = run_revalidation(tiny_app(), tiny_validation, new, **TINY_OPTIONS)
    assert escalated.plan is not None and escalated.plan.mode == "full"
    assert "incremental run found a new failure (REQ-002 failed" in escalated.plan.escalated
    assert escalated.carried_tests == 0 and len(escalated.tests) == 5
    assert escalated.per_requirement["REQ-002"] == "failed"
    assert "Full validation, because:" in escalated.artifact().log


def test_a_known_failure_is_checked_again_without_a_full_run() -> None:
    failing = {**tiny_app(), "tests/test_req_003.py": _tiny_test(3, "    assert False, 'known'\n")}
    before = run_validation(failing, **TINY_OPTIONS)
    assert before.per_requirement["REQ-003"] == "failed"
    edited = {**failing, "tests/test_req_002.py": _tiny_test(2, "    assert 2\n")}
    report = run_revalidation(failing, before, edited, **TINY_OPTIONS)
    assert report.mode == "incremental" and report.plan is not None
    assert report.plan.rerun["REQ-003"] == "it failed in the previous validation"
    assert report.per_requirement == {"REQ-001": "passed", "REQ-002": "passed", "REQ-003": "failed"}
    assert not report.ok and report.artifact().failed == 1


def test_shared_file_change_forces_a_full_run(tiny_validation: ValidationReport) -> None:
    new = {**tiny_app(), "pyproject.toml": tiny_app()["pyproject.toml"] + b"# a comment\n"}
    report = run_revalidation(tiny_app(), tiny_validation, new, **TINY_OPTIONS)
    assert report.mode == "full" and report.ok and report.carried_tests == 0 and not report.carried
    assert len(report.tests) == 5
    assert "pyproject.toml changed, and every test reads it" in report.artifact().log


def test_a_test_nothing_vouches_for_forces_a_full_run(tiny_validation: ValidationReport) -> None:
    # The classifier says only REQ-002 changed, but the new file also holds a test the previous
    # validation never ran: leaving it out would leave it untested, so everything runs.
    extra = _tiny_test(2) + b"\n\ndef test_added_without_a_marker():\n    assert True\n"
    report = run_revalidation(
        tiny_app(), tiny_validation, {**tiny_app(), "tests/test_req_002.py": extra}, **TINY_OPTIONS
    )
    assert report.mode == "full"
    assert report.plan is not None and "never ran" in report.plan.escalated
    assert "tests/test_req_002.py::test_added_without_a_marker" in [test.nodeid for test in report.tests]


def test_previous_validation_as_an_artifact() -> None:
    files = tiny_app()
    changed = {**files, "tests/test_req_003.py": _tiny_test(3, "    assert 2\n")}
    clean = Validation(passed=5, per_requirement={"REQ-001": "passed", "REQ-002": "passed", "REQ-003": "passed"})
    tiny = {"target": "tiny", "targets": {"tiny": TINY}}
    assert plan_revalidation(files, clean, changed, **tiny).mode == "incremental"
    plan = plan_revalidation(files, clean.model_copy(update={"failed": 1}), changed, **tiny)
    assert plan.mode == "full" and "does not say which" in plan.why_full[0]
    assert plan_revalidation(files, None, changed, **tiny).mode == "full"
    # Nothing changed: nothing runs, and the artifact's figures come through as they were.
    same = run_revalidation(files, clean, dict(files), **TINY_OPTIONS)
    assert same.mode == "unchanged" and same.ok and not same.tests
    assert same.artifact().passed == 5 and same.per_requirement == clean.per_requirement


def test_selection_runs_named_marked_and_parametrized_tests_only() -> None:
    selection = Selection(
        requirement_ids=("REQ-001",), nodeids=("tests/test_req_001.py::test_req_001",), parameters={"segment": ("b",)}
    )
    report = run_validation(tiny_app(), **TINY_OPTIONS, selection=selection)
    assert sorted(test.nodeid for test in report.tests) == [
        "tests/test_generic.py::test_every_segment[b]",
        "tests/test_req_001.py::test_req_001",
    ]
    assert len(report.deselected) == 3 and report.per_requirement == {"REQ-001": "passed"}


# --- the fastapi_sqlite target ------------------------------------------------------------------


def _edited(requirement_id: str, **changes: object) -> list:
    return [item.model_copy(update=changes) if item.id == requirement_id else item for item in clinic_requirements()]


def test_statement_edit_revalidates_only_that_requirement(
    clinic_files: FileMap, clinic_validation: ValidationReport
) -> None:
    requirements = _edited("REQ-004", statement="Each vet offers many services; a service has many vets.")
    prototype, files, regeneration = regenerate(requirements, clinic_design(), clinic_files, clinic_validation)
    assert regeneration.diff.changed == ("static/catalog.json",)
    report = regeneration.report
    assert report.mode == "incremental" and report.ok, prototype.validation.log if prototype.validation else ""
    assert list(report.plan.rerun if report.plan else {}) == ["REQ-004"]
    assert _run_now(report) == ["tests/test_requirements.py::test_req_004_vets_offer_services"]
    # only the wording changed, so the endpoints answer as before: their smoke checks carry over
    assert report.smoke[report.carried_smoke :] == []
    assert len(report.smoke) == len(clinic_validation.smoke)
    assert report.per_requirement == clinic_validation.per_requirement
    assert set(report.carried) == set(clinic_validation.per_requirement) - {"REQ-004"}
    assert prototype.validation is not None
    assert prototype.validation.passed == clinic_validation.artifact().passed
    assert "a service has many vets" in regeneration.patch()
    assert regeneration.summary()["files"]["changed"] == 1


def test_failing_edit_in_a_generated_app_is_reported_failed(
    clinic_files: FileMap, clinic_validation: ValidationReport
) -> None:
    tests = clinic_files["tests/test_requirements.py"].decode()
    head, _, rest = tests.partition("def test_req_004_vets_offer_services(api: Api) -> None:\n")
    broken = head + "def test_req_004_vets_offer_services(api: Api) -> None:\n    assert False, 'edited'\n" + rest
    files = {**clinic_files, "tests/test_requirements.py": broken.encode()}
    report = run_revalidation(clinic_files, clinic_validation, files, full_on_failure=False)
    assert report.mode == "incremental" and not report.ok
    assert _run_now(report) == ["tests/test_requirements.py::test_req_004_vets_offer_services"]
    assert report.per_requirement["REQ-004"] == "failed"
    assert {rid: outcome for rid, outcome in report.per_requirement.items() if rid != "REQ-004"} == {
        rid: outcome for rid, outcome in clinic_validation.per_requirement.items() if rid != "REQ-004"
    }


def test_entity_change_reruns_what_uses_the_entity(clinic_files: FileMap) -> None:
    design = clinic_design()
    design.entities[3].fields[1] = Field_(name="name", type="text")  # Vet.name becomes long text
    plan = _plan(clinic_files, design=design)
    assert plan.mode == "incremental" and list(plan.rerun) == ["REQ-004"]
    assert plan.selection is not None
    assert plan.selection.parameters == {"segment": ("vets",), "child": ("vets",)}
    assert plan.selection.segments == ("vets",)

    # A parent entity's change reaches the entities whose records need one of its records.
    design = clinic_design()
    design.entities[0].fields.insert(2, Field_(name="nickname", type="string", required=False))  # Customer
    plan = _plan(clinic_files, design=design)
    assert plan.selection is not None and set(plan.selection.segments) == {"customers", "pets", "appointments"}
    assert {"REQ-001", "REQ-002"} <= set(plan.rerun) and "REQ-004" not in plan.rerun


def test_title_edit_selects_the_renamed_test(clinic_files: FileMap) -> None:
    plan = _plan(clinic_files, requirements=_edited("REQ-002", title="Cancel appointments"))
    assert plan.mode == "incremental" and list(plan.rerun) == ["REQ-002"]
    assert plan.selection is not None
    assert plan.selection.nodeids == ("tests/test_requirements.py::test_req_002_cancel_appointments",)
    assert "README.md" in plan.inert


def test_added_and_removed_requirements(clinic_files: FileMap) -> None:
    requirements = [item for item in clinic_requirements() if item.id != "REQ-006"]
    added = clinic_requirements()[0].model_copy(
        update={"id": "REQ-009", "title": "Pets have notes", "acceptance_criteria": criterion("a", "b", "c")}
    )
    plan = _plan(clinic_files, requirements=[*requirements, added])
    assert list(plan.rerun) == ["REQ-009"] and plan.dropped == ["REQ-006"]
    assert "REQ-006" not in plan.carried


@pytest.mark.parametrize(
    ("path", "edit", "named"),
    [
        ("app/main.py", lambda text: text + "\n# edited\n", "app/main.py"),
        ("tests/conftest.py", lambda text: text + "\n# edited\n", "tests/conftest.py"),
        ("static/app.js", lambda text: text + "\n", "static/app.js"),
        ("app/database.py", lambda text: text + "\n", "app/database.py"),
        ("static/catalog.json", lambda text: text.replace('"title": "Prototype"', '"title": "Clinic"'), "(title)"),
        (
            "tests/test_requirements.py",
            lambda text: text.replace("import pytest", "import os\nimport pytest"),
            "imports",
        ),
        ("app/schema.sql", lambda text: text.replace('"key" TEXT PRIMARY KEY', '"key" TEXT'), "app_meta"),
    ],
)
def test_shared_changes_force_a_full_validation(clinic_files: FileMap, path: str, edit, named: str) -> None:
    changed = {**clinic_files, path: edit(clinic_files[path].decode()).encode()}
    assert changed[path] != clinic_files[path]
    plan = plan_revalidation(clinic_files, _clean(clinic_files), changed)
    assert plan.mode == "full" and any(named in why for why in plan.why_full), plan.why_full


def test_an_added_file_forces_a_full_validation(clinic_files: FileMap) -> None:
    plan = plan_revalidation(clinic_files, _clean(clinic_files), {**clinic_files, "app/extra.py": b"X = 1\n"})
    assert plan.mode == "full" and "app/extra.py" in plan.why_full[0]


def _clean(files: FileMap) -> Validation:
    trace = json.loads(files["traceability.json"])
    return Validation(passed=1, per_requirement={item["id"]: "passed" for item in trace["requirements"]})


def _plan(old_files: FileMap, *, requirements=None, design=None):
    from autoagi.engine.prototype import generate_prototype

    _, files = generate_prototype(requirements or clinic_requirements(), design or clinic_design())
    return plan_revalidation(old_files, _clean(old_files), files)
