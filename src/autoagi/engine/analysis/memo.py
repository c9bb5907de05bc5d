"""What the analysis remembers while it reads: answers about a text kept for one run.

The analysis reads every statement in one stage and again in the next, so answers about a text
(its tokens, its literals, its folded form) are worth keeping for the run. They are dropped when
the run ends: a later run, on other documents, gains nothing from them, and a benchmark repeating
a run must not find them there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_Function = TypeVar("_Function", bound=Callable[..., Any])
# answers kept per function: a run over ten times the PURE SRS set (740k words) holds about 80k
# texts; the bound stops a caller outside a run from growing them without end. A benchmark that
# times the analysis without them sets it to 0 before the analysis modules load.
KEPT = 1 << 17
_CACHES: list[Any] = []


def per_run(function: _Function) -> _Function:
    """`functools.lru_cache`, emptied when an analysis run ends (`forget`)."""
    cached = functools.lru_cache(maxsize=KEPT)(function)
    _CACHES.append(cached)
    return cached  # type: ignore[return-value]


def forget() -> None:
    for cached in _CACHES:
        cached.cache_clear()
