from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.ext.asyncio import AsyncEngine


async def current_revision(engine: AsyncEngine) -> str | None:
    """The Alembic revision the database is at; None when it was never migrated."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
        try:
            return await connection.scalar(text("SELECT version_num FROM alembic_version"))
        except (OperationalError, ProgrammingError, DBAPIError):
            return None
