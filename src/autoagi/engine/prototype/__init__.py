"""Prototype engine: a design becomes a runnable, tested app; a sandbox proves it per requirement.

    prototype, files = generate_prototype(requirements, design)      # deterministic file map
    prototype.validation = validate(files)                           # sandboxed tests + smoke test
    write_prototype(files, "out/prototype")

Targets are pluggable: ``generate_prototype(..., target=name, targets={name: Target(...)})``.
"""

from autoagi.engine.prototype.files import FileMap, UnsafePathError, manifest, write_prototype
from autoagi.engine.prototype.generate import generate_prototype
from autoagi.engine.prototype.targets import Target, UnknownTargetError, builtin_targets, get_target
from autoagi.engine.prototype.validation import (
    SandboxLimits,
    ValidationReport,
    network_namespace_available,
    run_validation,
    validate,
)

__all__ = [
    "FileMap",
    "SandboxLimits",
    "Target",
    "UnknownTargetError",
    "UnsafePathError",
    "ValidationReport",
    "builtin_targets",
    "generate_prototype",
    "get_target",
    "manifest",
    "network_namespace_available",
    "run_validation",
    "validate",
    "write_prototype",
]
