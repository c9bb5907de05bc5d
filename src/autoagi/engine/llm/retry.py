"""Retries with exponential backoff and jitter, honouring ``Retry-After``.

The vendor SDKs retry on their own with ``time.sleep``; providers switch that off
(``max_retries=0``) and retry here instead, where sleep and randomness are injected so tests
are deterministic and instant.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from autoagi.engine.llm.errors import LLMError, LLMTransportError

T = TypeVar("T")

Sleep = Callable[[float], None]

# 408 request timeout, 409 lock timeout, 429 rate limit; 5xx includes Anthropic's 529 "overloaded".
_RETRYABLE_STATUS = frozenset({408, 409, 429})


def is_retryable_status(status_code: int) -> bool:
    return status_code in _RETRYABLE_STATUS or status_code >= 500


class RetryableCallError(LLMError):
    """A call failed in a way that may succeed if tried again (raised by provider backends)."""

    def __init__(self, message: str, *, status_code: int | None = None, retry_after_s: float | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.retry_after_s = retry_after_s


def retry_after_seconds(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, ``retry-after`` seconds or HTTP date)."""
    lowered = {name.lower(): value for name, value in headers.items()}
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = lowered.get(name)
        if raw is None:
            continue
        try:
            return max(float(raw) / divisor, 0.0)
        except ValueError:
            pass
    raw = lowered.get("retry-after")
    if raw is not None:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is not None:
            return max(email.utils.mktime_tz(parsed) - now(), 0.0)
    return None


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    # Fraction of each backoff delay removed at random, so clients that failed together do not
    # all come back at the same instant.
    jitter: float = 0.25
    max_retry_after_s: float = 120.0

    def delay_s(self, retry_number: int, *, retry_after_s: float | None, rng: random.Random) -> float:
        """Delay before retry ``retry_number`` (0 = the first retry)."""
        if retry_after_s is not None and retry_after_s > 0:
            return retry_after_s
        capped = min(self.base_delay_s * 2.0**retry_number, self.max_delay_s)
        return capped * (1.0 - self.jitter * rng.random())


def call_with_retries(
    call: Callable[[], T], *, provider: str, policy: RetryPolicy, sleep: Sleep, rng: random.Random
) -> T:
    """Run ``call``; on :class:`RetryableCallError` wait and try again up to ``policy.max_retries`` times."""
    for attempt in range(policy.max_retries + 1):
        try:
            return call()
        except RetryableCallError as error:
            attempts = attempt + 1
            wait_too_long = error.retry_after_s is not None and error.retry_after_s > policy.max_retry_after_s
            if attempt == policy.max_retries or wait_too_long:
                why = (
                    f"the server asked to wait {error.retry_after_s:.0f} s"
                    if wait_too_long
                    else f"gave up after {attempts} attempt(s)"
                )
                raise LLMTransportError(
                    f"{provider}: {error} ({why})",
                    provider=provider,
                    status_code=error.status_code,
                    attempts=attempts,
                ) from error
            sleep(policy.delay_s(attempt, retry_after_s=error.retry_after_s, rng=rng))
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover
