"""Prototype engine: a design becomes a runnable, tested app; a sandbox proves it per requirement.

    prototype, files = generate_prototype(requirements, design)      # deterministic file map
    prototype.validation = validate(files)                           # sandboxed tests + smoke test
    write_prototype(files, "out/prototype")

After a change, ``regenerate(requirements, design, old_files, old_validation)`` generates again
and re-runs only what the change can affect (``revalidate`` does the validation part alone).

Targets are pluggable: ``generate_prototype(..., target=name, targets={name: Target(...)})``.
"""

from autoagi.engine.prototype.changes import ChangeImpact, FileDiff, diff_files, unified_diff
from autoagi.engine.prototype.files import FileMap, UnsafePathError, manifest, write_prototype
from autoagi.engine.prototype.generate import generate_prototype
from autoagi.engine.prototype.regenerate import Regeneration, regenerate
from autoagi.engine.prototype.targets import Target, UnknownTargetError, builtin_targets, get_target
from autoagi.engine.prototype.validation import (
    RevalidationPlan,
    SandboxLimits,
    Selection,
    ValidationReport,
    network_namespace_available,
    plan_revalidation,
    revalidate,
    run_revalidation,
    run_validation,
    validate,
)

__all__ = [
    "ChangeImpact",
    "FileDiff",
    "FileMap",
    "Regeneration",
    "RevalidationPlan",
    "SandboxLimits",
    "Selection",
    "Target",
    "UnknownTargetError",
    "UnsafePathError",
    "ValidationReport",
    "builtin_targets",
    "diff_files",
    "generate_prototype",
    "get_target",
    "manifest",
    "network_namespace_available",
    "plan_revalidation",
    "regenerate",
    "revalidate",
    "run_revalidation",
    "run_validation",
    "unified_diff",
    "validate",
    "write_prototype",
]
