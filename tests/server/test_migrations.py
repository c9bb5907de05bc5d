"""Migrations run forward and back on both engines, and the models never drift from them."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import inspect

from autoagi.server import dbmigrate
from autoagi.server.db import Base, create_engine
from support.services import create_database, run_in_thread

EXPECTED_TABLES = set(Base.metadata.tables)


def tables_of(url: str) -> set[str]:
    async def read() -> set[str]:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
        finally:
            await engine.dispose()

    found: set[str] = set()
    run_in_thread(lambda: found.update(asyncio.run(read())))
    return found - {"alembic_version"}


@pytest.fixture(params=["sqlite", "postgres"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}"
    return create_database(request.getfixturevalue("postgres_server_url"), "autoagi_migrations")


def test_upgrade_downgrade_upgrade(empty_database_url: str) -> None:
    run_in_thread(lambda: dbmigrate.upgrade(empty_database_url))
    assert tables_of(empty_database_url) == EXPECTED_TABLES
    run_in_thread(lambda: dbmigrate.check(empty_database_url))  # alembic check: no drift

    run_in_thread(lambda: dbmigrate.downgrade(empty_database_url, "base"))
    assert tables_of(empty_database_url) == set()

    run_in_thread(lambda: dbmigrate.upgrade(empty_database_url))
    assert tables_of(empty_database_url) == EXPECTED_TABLES


def test_migration_files_have_dated_names() -> None:
    names = sorted(p.name for p in (dbmigrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert names, "no migrations"
    for name in names:
        assert name[:4].isdigit() and name[4] == "_" and name[7] == "_" and name[10] == "_", name
