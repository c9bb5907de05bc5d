"""A part of a validation: which tests run and which endpoints the smoke test calls."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Selection:
    """What a partial validation runs; everything else is left out.

    Tests run when their node id is listed, when a ``requirement`` marker names one of ``marked``,
    or when one of their parameters has a listed value (``{"segment": ("pets",)}``). The smoke test
    calls the listed endpoints (``"GET /api/pets/{record_id}"``) and those with one of ``segments``
    in their path. ``requirement_ids`` are the requirements whose outcome the run decides.
    """

    requirement_ids: tuple[str, ...] = ()
    nodeids: tuple[str, ...] = ()
    marked: tuple[str, ...] = ()
    parameters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    endpoints: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()

    @property
    def runs_tests(self) -> bool:
        return bool(self.nodeids or self.marked or any(self.parameters.values()))

    @property
    def runs_smoke(self) -> bool:
        return bool(self.endpoints or self.segments)

    def pytest_selection(self) -> dict[str, object]:
        """What ``guard.py --select`` reads."""
        return {
            "nodeids": list(self.nodeids),
            "requirements": list(self.marked),
            "parameters": {name: list(values) for name, values in self.parameters.items()},
        }

    def smoke_selection(self) -> dict[str, object]:
        """What ``smoke.py --only`` reads."""
        return {"endpoints": list(self.endpoints), "segments": list(self.segments)}
