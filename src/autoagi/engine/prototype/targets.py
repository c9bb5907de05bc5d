"""Generation targets: a name, a generator, and how to run what it generates.

The built-in registry is read-only; callers plug in their own targets by passing a mapping to
``generate_prototype`` / ``validate`` instead of changing module state.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from autoagi.engine.artifacts import Design, Requirement
from autoagi.engine.prototype.changes import ChangeClassifier

Generator = Callable[[list[Requirement], Design], dict[str, bytes]]


class UnknownTargetError(ValueError):
    pass


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    generate: Generator
    run_instructions: str
    # Interpreter arguments that serve the app on 127.0.0.1 from its folder: ("-m", module, *args),
    # with "{port}" replaced by a free port.
    serve_arguments: tuple[str, ...]
    traceability_path: str = "traceability.json"
    readiness_path: str = "/healthz"
    # Says what a change between two generated apps can affect, so a revalidation re-runs only
    # that; None: every change means a full validation.
    classify_changes: ChangeClassifier | None = None
    # Modules the test run imports anyway (pytest always): a warm start imports them once per
    # interpreter and forks each run from there (validation/warm_start.py).
    warm_imports: tuple[str, ...] = ("pytest",)


def builtin_targets() -> Mapping[str, Target]:
    from autoagi.engine.prototype.fastapi_sqlite import FASTAPI_SQLITE

    return MappingProxyType({FASTAPI_SQLITE.name: FASTAPI_SQLITE})


def get_target(name: str, targets: Mapping[str, Target] | None = None) -> Target:
    registry = builtin_targets() if targets is None else targets
    if name not in registry:
        raise UnknownTargetError(f"unknown target {name!r}; available: {', '.join(sorted(registry))}")
    return registry[name]
