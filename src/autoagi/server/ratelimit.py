"""Rate limits through the `limits` library: in-process by default, Redis when configured."""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from autoagi.server.config import Settings


class RateLimiter:
    def __init__(self, storage: Storage):
        self._storage = storage
        self._limiter = MovingWindowRateLimiter(storage)

    async def hit(self, limit: str | RateLimitItem, *keys: str) -> int | None:
        """Count one hit; answer None when allowed, else the seconds until the next one is."""
        item = parse(limit) if isinstance(limit, str) else limit
        if await self._limiter.hit(item, *keys):
            return None
        stats = await self._limiter.get_window_stats(item, *keys)
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def clear(self, limit: str, *keys: str) -> None:
        await self._limiter.clear(parse(limit), *keys)


def rate_limiter_from_settings(settings: Settings) -> RateLimiter:
    if settings.redis_url:
        # Shared by every API process; redis-py is already a dependency, coredis is not.
        return RateLimiter(storage_from_string("async+" + settings.redis_url, implementation="redispy"))
    return RateLimiter(storage_from_string("async+memory://"))
