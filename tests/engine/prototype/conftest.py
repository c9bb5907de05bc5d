"""Generated file maps and validations shared by several test files (each validation runs the sandbox once)."""

from __future__ import annotations

import pytest

from autoagi.engine.prototype import FileMap, ValidationReport, generate_prototype, run_validation
from engine.prototype.prototype_designs import clinic_design, clinic_requirements, hostile_design, hostile_requirements


@pytest.fixture(scope="session")
def clinic_files() -> FileMap:
    return generate_prototype(clinic_requirements(), clinic_design())[1]


@pytest.fixture(scope="session")
def clinic_validation(clinic_files: FileMap) -> ValidationReport:
    return run_validation(clinic_files)


@pytest.fixture(scope="session")
def hostile_files() -> FileMap:
    return generate_prototype(hostile_requirements(), hostile_design())[1]


@pytest.fixture(scope="session")
def hostile_validation(hostile_files: FileMap) -> ValidationReport:
    return run_validation(hostile_files)
