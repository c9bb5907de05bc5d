"""Validation: run a generated app's tests and a smoke test in a sandbox, per requirement; after a
change, re-run only what the change can affect."""

from autoagi.engine.prototype.validation.results import SmokeCheck, TestResult
from autoagi.engine.prototype.validation.revalidation import (
    RevalidationPlan,
    plan_revalidation,
    revalidate,
    run_revalidation,
)
from autoagi.engine.prototype.validation.runner import ValidationReport, run_validation, validate
from autoagi.engine.prototype.validation.sandbox import SandboxLimits, network_namespace_available
from autoagi.engine.prototype.validation.selection import Selection

__all__ = [
    "RevalidationPlan",
    "SandboxLimits",
    "Selection",
    "SmokeCheck",
    "TestResult",
    "ValidationReport",
    "network_namespace_available",
    "plan_revalidation",
    "revalidate",
    "run_revalidation",
    "run_validation",
    "validate",
]
