"""An app per test over one rolled-back transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from autoagi.server.app import create_app
from autoagi.server.context import AppContext
from autoagi.server.mail import OutboxMailSender
from autoagi.server.ratelimit import rate_limiter_from_settings
from autoagi.server.security import Passwords
from support.api import Api, Outbox, make_test_settings


@pytest.fixture
def settings_overrides() -> dict:
    return {}


@pytest.fixture
async def api(database_engine, tmp_path: Path, settings_overrides: dict) -> AsyncIterator[Api]:
    settings = make_test_settings(tmp_path, **settings_overrides)
    async with database_engine.connect() as connection:
        transaction = await connection.begin()
        context = AppContext(
            settings=settings,
            engine=database_engine,
            # Every commit of the app becomes a savepoint inside the test's transaction.
            sessions=async_sessionmaker(
                bind=connection,
                expire_on_commit=False,
                autoflush=False,
                join_transaction_mode="create_savepoint",
            ),
            passwords=Passwords(settings),
            mail=OutboxMailSender(settings.outbox_dir),
            rate_limiter=rate_limiter_from_settings(settings),
        )
        app = create_app(settings, context)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Api(client=client, outbox=Outbox(settings.outbox_dir), settings=settings)
        await transaction.rollback()
