"""Backoff arithmetic and Retry-After parsing, without any server."""

from __future__ import annotations

import random

import pytest

from autoagi.engine.llm import LLMTransportError, RetryPolicy
from autoagi.engine.llm.retry import RetryableCallError, call_with_retries, retry_after_seconds


def test_backoff_doubles_up_to_the_cap_minus_jitter():
    policy = RetryPolicy(base_delay_s=1.0, max_delay_s=5.0, jitter=0.25)
    rng = random.Random(1)

    delays = [policy.delay_s(n, retry_after_s=None, rng=rng) for n in range(5)]

    for delay, ceiling in zip(delays, [1, 2, 4, 5, 5], strict=True):
        assert 0.75 * ceiling <= delay <= ceiling


def test_backoff_is_reproducible_with_a_seeded_rng():
    policy = RetryPolicy()
    first = [policy.delay_s(n, retry_after_s=None, rng=random.Random(3)) for n in range(3)]
    second = [policy.delay_s(n, retry_after_s=None, rng=random.Random(3)) for n in range(3)]
    assert first == second


def test_retry_after_wins_over_backoff():
    assert RetryPolicy().delay_s(0, retry_after_s=7.0, rng=random.Random()) == 7.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "4"}, 4.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}, 10.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_header_forms(headers, expected):
    fixed_now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert retry_after_seconds(headers, now=lambda: fixed_now) == expected


def test_call_with_retries_returns_the_first_success_and_sleeps_between_attempts():
    outcomes = iter([RetryableCallError("busy", status_code=503), RetryableCallError("busy"), "done"])
    sleeps: list[float] = []

    def flaky() -> str:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    policy = RetryPolicy(max_retries=2, base_delay_s=1.0, jitter=0.0)
    assert call_with_retries(flaky, provider="test", policy=policy, sleep=sleeps.append, rng=random.Random()) == (
        "done"
    )
    assert sleeps == [1.0, 2.0]


def test_call_with_retries_wraps_the_last_error_when_attempts_run_out():
    def always_busy() -> None:
        raise RetryableCallError("HTTP 503: busy", status_code=503)

    with pytest.raises(LLMTransportError) as raised:
        call_with_retries(
            always_busy, provider="test", policy=RetryPolicy(max_retries=1), sleep=lambda s: None, rng=random.Random()
        )

    assert raised.value.attempts == 2 and raised.value.status_code == 503
    assert isinstance(raised.value.__cause__, RetryableCallError)
