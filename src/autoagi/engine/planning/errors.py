"""Errors raised by the planning engine.

Every error carries ``loc``, the path of the offending input field in the same shape pydantic uses
(``("requirements", 3, "depends_on", 0)``), so the API can answer 422 naming the field exactly as it
does for a :class:`pydantic.ValidationError`. They subclass :class:`ValueError` so that raising one
inside a pydantic validator also turns into a ``ValidationError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Loc = tuple[str | int, ...]


class PlanningError(ValueError):
    """Bad planning input: unknown ids, contradictory edits, dependency cycles."""

    error_type = "planning_error"

    def __init__(self, message: str, loc: Loc = ()) -> None:
        super().__init__(message)
        self.message = message
        self.loc: Loc = tuple(loc)

    def errors(self) -> list[dict[str, Any]]:
        """The error in pydantic's ``ValidationError.errors()`` shape (``loc``, ``msg``, ``type``)."""
        return [{"loc": self.loc, "msg": self.message, "type": self.error_type}]


class UnknownReferenceError(PlanningError):
    """An id (requirement, task) that names nothing in the input."""

    error_type = "unknown_reference"

    def __init__(self, message: str, loc: Loc, reference: str) -> None:
        super().__init__(message, loc)
        self.reference = reference


class DependencyCycleError(PlanningError):
    """Finish-to-start dependencies that loop back on themselves.

    ``cycle`` is the loop as task ids in dependency order, first id repeated at the end
    (``["REQ-001", "REQ-003", "REQ-001"]``: REQ-001 depends on REQ-003 which depends on REQ-001);
    ``requirement_ids`` are the requirements those tasks implement.
    """

    error_type = "dependency_cycle"

    def __init__(self, cycle: Sequence[str], requirement_ids: Sequence[str], loc: Loc = ()) -> None:
        self.cycle = list(cycle)
        self.requirement_ids = list(requirement_ids)
        path = " → ".join(self.cycle)
        if self.requirement_ids:
            message = (
                f"dependency cycle among requirements {', '.join(self.requirement_ids)}: {path}; "
                "remove one of these dependencies"
            )
        else:
            message = f"dependency cycle: {path}; remove one of these dependencies"
        super().__init__(message, loc)
