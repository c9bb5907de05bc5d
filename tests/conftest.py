"""Shared fixtures: real databases (SQLite and PostgreSQL through the same migrations)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from support.services import (
    ServiceUnavailable,
    create_database,
    postgres_server,
    redis_server,
    run_in_thread,
    s3_server,
)


def _service_or_skip(error: ServiceUnavailable) -> None:
    # In CI a missing server is a failure, never a silent skip.
    if os.environ.get("CI"):
        raise error
    pytest.skip(str(error))


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    try:
        with postgres_server() as url:
            yield url
    except ServiceUnavailable as error:
        _service_or_skip(error)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    try:
        with redis_server() as url:
            yield url
    except ServiceUnavailable as error:
        _service_or_skip(error)


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    with s3_server() as url:
        yield url


def migrated(url: str) -> str:
    from autoagi.server import dbmigrate

    run_in_thread(lambda: dbmigrate.upgrade(url))
    return url


@pytest.fixture(scope="session")
def sqlite_database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("sqlite") / "test.db"
    return migrated(f"sqlite+aiosqlite:///{path}")


@pytest.fixture(scope="session")
def postgres_database_url(postgres_server_url: str) -> str:
    return migrated(create_database(postgres_server_url, "autoagi_test"))


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Every API test runs once per database engine."""
    return request.getfixturevalue(f"{request.param}_database_url")


@pytest.fixture(scope="session")
async def database_engine(database_url: str) -> AsyncIterator:
    from autoagi.server.db import create_engine

    engine = create_engine(database_url)
    yield engine
    await engine.dispose()
