"""``regenerate``: a new version of a prototype after its requirements or design changed.

The files are generated again (deterministic, so only what the change touches differs) and
validated incrementally against the previous version: see ``validation.revalidation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Unpack

from autoagi.engine.artifacts import Design, Prototype, Requirement
from autoagi.engine.prototype.changes import FileDiff, diff_files, unified_diff
from autoagi.engine.prototype.files import FileMap
from autoagi.engine.prototype.generate import generate_prototype
from autoagi.engine.prototype.validation.revalidation import PreviousValidation, ValidationOptions, run_revalidation
from autoagi.engine.prototype.validation.runner import ValidationReport


@dataclass
class Regeneration:
    """What a regeneration changed and how the new version was validated. ``report`` is the
    detailed validation: pass it as ``old_validation`` to the next regeneration."""

    diff: FileDiff
    report: ValidationReport
    old_files: FileMap
    new_files: FileMap

    @property
    def mode(self) -> str:
        return self.report.plan.mode if self.report.plan else self.report.mode

    def patch(self, context: int = 3) -> str:
        """The change as a unified diff."""
        return unified_diff(self.old_files, self.new_files, context)

    def summary(self) -> dict[str, Any]:
        plan = self.report.plan
        return {
            **(plan.summary() if plan else {"mode": self.report.mode, "files": self.diff.summary()}),
            "validation_ok": self.report.ok,
            "duration_s": round(self.report.duration_s, 3),
        }


def regenerate(
    requirements: list[Requirement],
    design: Design,
    old_files: FileMap,
    old_validation: PreviousValidation | None,
    *,
    full_on_failure: bool = True,
    **options: Unpack[ValidationOptions],
) -> tuple[Prototype, FileMap, Regeneration]:
    """Generate the prototype again and validate only what changed since ``old_files`` and
    ``old_validation`` (a ``ValidationReport`` or the ``Validation`` artifact). ``options`` are
    ``run_validation``'s (target, targets, limits, smoke, …)."""
    target = options.get("target", "fastapi_sqlite")
    prototype, files = generate_prototype(requirements, design, target, targets=options.get("targets"))
    report = run_revalidation(old_files, old_validation, files, full_on_failure=full_on_failure, **options)
    prototype.validation = report.artifact()
    return prototype, files, Regeneration(diff_files(old_files, files), report, dict(old_files), files)
