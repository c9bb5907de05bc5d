"""Side effects that must wait until the request's transaction has committed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger("autoagi.after_commit")
_running: set[asyncio.Task] = set()


def after_commit(session: AsyncSession, action: Callable[[], Awaitable[None] | None]) -> None:
    """Run ``action`` once the session commits (never when it rolls back).

    A coroutine result runs as a task of the current loop; failures are logged, not raised,
    because the request has already succeeded.
    """

    @event.listens_for(session.sync_session, "after_commit", once=True)
    def _run(_session) -> None:
        result = action()
        if result is None:
            return
        task = asyncio.get_running_loop().create_task(_logged(result))
        _running.add(task)
        task.add_done_callback(_running.discard)


async def _logged(awaitable: Awaitable[None]) -> None:
    try:
        await awaitable
    except Exception:
        logger.exception("an after-commit action failed")
