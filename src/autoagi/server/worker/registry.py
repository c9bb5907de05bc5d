"""Job kinds (``<domain>.<event>``) and the coroutine that carries each out."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autoagi.server.worker.runner import JobContext

JobHandler = Callable[["JobContext"], Awaitable[dict[str, Any] | None]]

_HANDLERS: dict[str, JobHandler] = {}


def job_handler(kind: str) -> Callable[[JobHandler], JobHandler]:
    def register(function: JobHandler) -> JobHandler:
        if kind in _HANDLERS and _HANDLERS[kind] is not function:
            raise ValueError(f"two handlers for job kind {kind!r}")
        _HANDLERS[kind] = function
        return function

    return register


def handler_for(kind: str) -> JobHandler:
    import autoagi.server.tasks  # noqa: F401  (registers every domain's handlers)

    try:
        return _HANDLERS[kind]
    except KeyError:
        raise LookupError(f"no handler for job kind {kind!r}") from None
