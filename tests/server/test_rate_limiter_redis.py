"""The same rate limiter on a real Redis: limits shared by every API process."""

from __future__ import annotations

from autoagi.server.config import Settings
from autoagi.server.ratelimit import rate_limiter_from_settings


async def test_limits_are_shared_through_redis(redis_url: str) -> None:
    settings = Settings(redis_url=redis_url)
    first_process, second_process = rate_limiter_from_settings(settings), rate_limiter_from_settings(settings)
    await first_process.clear("2/minute", "login", "10.0.0.1")
    assert await first_process.hit("2/minute", "login", "10.0.0.1") is None
    assert await second_process.hit("2/minute", "login", "10.0.0.1") is None
    retry_after = await first_process.hit("2/minute", "login", "10.0.0.1")
    assert retry_after is not None and 0 < retry_after <= 60
    # Another address has its own budget.
    assert await second_process.hit("2/minute", "login", "10.0.0.2") is None
