"""An app per test over one rolled-back transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from autoagi.server.app import create_app
from autoagi.server.context import AppContext
from support.api import Api, Outbox, make_test_settings


@pytest.fixture
def settings_overrides() -> dict:
    return {}


@pytest.fixture
async def api(database_engine, tmp_path: Path, settings_overrides: dict) -> AsyncIterator[Api]:
    settings = make_test_settings(tmp_path, **settings_overrides)
    async with database_engine.connect() as connection:
        transaction = await connection.begin()
        context = AppContext.from_settings(settings, engine=database_engine)
        # Every commit of the app becomes a savepoint inside the test's transaction.
        context.sessions = async_sessionmaker(
            bind=connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
        )
        app = create_app(settings, context)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Api(client=client, outbox=Outbox(settings.outbox_dir), settings=settings)
        await transaction.rollback()


async def wipe(engine) -> None:
    """Delete every row, children first: live tests commit for real."""
    from autoagi.server.db import Base

    async with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            await connection.execute(table.delete())


@pytest.fixture
async def live_api(database_url: str, tmp_path: Path, settings_overrides: dict) -> AsyncIterator[Api]:
    """The app with its own engine and real commits, so background jobs see what requests wrote."""
    settings = make_test_settings(tmp_path, database_url=database_url, **settings_overrides)
    context = AppContext.from_settings(settings)
    app = create_app(settings, context)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Api(client=client, outbox=Outbox(settings.outbox_dir), settings=settings, context=context)
        await context.jobs.join()
    finally:
        await wipe(context.engine)
        await context.close()
