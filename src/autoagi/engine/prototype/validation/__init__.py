"""Validation: run a generated app's tests and a smoke test in a sandbox, per requirement."""

from autoagi.engine.prototype.validation.results import SmokeCheck, TestResult
from autoagi.engine.prototype.validation.runner import ValidationReport, run_validation, validate
from autoagi.engine.prototype.validation.sandbox import SandboxLimits, network_namespace_available

__all__ = [
    "SandboxLimits",
    "SmokeCheck",
    "TestResult",
    "ValidationReport",
    "network_namespace_available",
    "run_validation",
    "validate",
]
