"""Validation of a good app (everything passes, every endpoint answers over HTTP) and of a broken one
(failures reported per requirement, by the tests and by the smoke test)."""

from __future__ import annotations

import json

import pytest

from autoagi.engine.prototype import run_validation


def test_good_app_passes_every_test_and_smoke_check(clinic_validation):
    log = clinic_validation.artifact().log
    assert clinic_validation.ok, log
    assert clinic_validation.tests_failed == 0 and clinic_validation.tests_passed >= 30
    assert clinic_validation.smoke_started and clinic_validation.smoke
    assert all(check.ok for check in clinic_validation.smoke), log
    assert not clinic_validation.violations and not clinic_validation.problems


def test_outcomes_map_back_to_requirements(clinic_validation):
    outcomes = clinic_validation.per_requirement
    assert outcomes == {
        "REQ-001": "passed",
        "REQ-002": "passed",
        "REQ-003": "passed",
        "REQ-004": "passed",
        "REQ-005": "passed",
        "REQ-006": "untested",  # nothing in the design answers it: its test is skipped
        "REQ-007": "untested",  # non-functional: no generated test
        "REQ-008": "passed",
    }
    assert "No design element answers REQ-006" in clinic_validation.reasons["REQ-006"]


def test_smoke_test_calls_every_endpoint_of_the_app(clinic_files, clinic_validation):
    trace = json.loads(clinic_files["traceability.json"])
    called = {f"{check.method} {check.path}" for check in clinic_validation.smoke}
    assert set(trace["endpoints"]) <= called  # every endpoint a requirement relies on
    for expected in (
        "PUT /api/vets/{record_id}/services/{other_id}",
        "DELETE /api/services/{record_id}/vets/{other_id}",
        "POST /api/appointments/import",
        "DELETE /api/me",
        "POST /api/auth/logout",
        "GET /",
        "GET /static/app.js",
    ):
        assert expected in called
    cancel = next(check for check in clinic_validation.smoke if check.path.endswith("/cancel"))
    assert cancel.requirements == ["REQ-002"]  # x-requirement-ids from the OpenAPI schema


def test_artifact_counts_tests_and_smoke_checks(clinic_validation):
    artifact = clinic_validation.artifact()
    assert artifact.failed == 0
    assert artifact.passed == clinic_validation.tests_passed + len(clinic_validation.smoke)
    assert artifact.duration_s > 0
    assert "Result: PASSED" in artifact.log and "network namespace" in artifact.log


@pytest.fixture(scope="module")
def broken_validation(clinic_files):
    """Creating a pet fails: whatever needs a pet must fail, the rest must still pass. Only the
    requirement tests are kept, to keep this quick."""
    files = {path: content for path, content in clinic_files.items() if not path.startswith("tests/test_")}
    files["tests/test_requirements.py"] = clinic_files["tests/test_requirements.py"]
    source = files["app/entities/pet.py"].decode()
    broken = source.replace(
        'return TABLE.insert(db, body.model_dump(mode="json"), actor)',
        'raise RuntimeError("broken on purpose")',
        1,
    )
    assert broken != source
    files["app/entities/pet.py"] = broken.encode()
    return run_validation(files)


def test_broken_app_failures_are_reported_per_requirement(broken_validation):
    outcomes = broken_validation.per_requirement
    assert outcomes["REQ-001"] == "failed"  # creates pets
    assert outcomes["REQ-002"] == "failed"  # appointments need a pet
    assert outcomes["REQ-004"] == "passed" and outcomes["REQ-005"] == "passed"  # no pets involved
    assert not broken_validation.ok
    artifact = broken_validation.artifact()
    assert artifact.failed > 0 and "Result: FAILED" in artifact.log
    assert "test_req_001_register_pets" in artifact.log and "broken on purpose" in artifact.log


def test_broken_endpoint_is_reported_by_the_smoke_test(broken_validation):
    failing = [check for check in broken_validation.smoke if not check.ok]
    assert any(check.method == "POST" and check.path == "/api/pets" and check.status == 500 for check in failing)
    assert "POST /api/pets answered 500" in broken_validation.artifact().log
