"""Base of every repository: the only place that speaks SQL."""

from __future__ import annotations

import uuid
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.kit.pagination import PageParams

ModelT = TypeVar("ModelT")


class Repository(Generic[ModelT]):
    model: type[ModelT]

    def __init__(self, session: AsyncSession):
        self.session = session

    async def get(self, id_: uuid.UUID) -> ModelT | None:
        return await self.session.get(self.model, id_)

    async def add(self, obj: ModelT) -> ModelT:
        self.session.add(obj)
        await self.session.flush()
        return obj

    async def delete(self, obj: ModelT) -> None:
        await self.session.delete(obj)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()

    async def paginate(self, statement: Select[Any], params: PageParams) -> tuple[list[ModelT], int]:
        total = await self.session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
        rows = await self.session.scalars(statement.limit(params.size).offset(params.offset))
        return list(rows), int(total or 0)


def contains_text(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """Case-insensitive "column contains text", with LIKE's wildcards in ``text`` taken literally.

    Both sides are lower-cased by the database, so SQLite (ASCII-only lower()) and
    PostgreSQL each agree with themselves on non-ASCII text.
    """
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(func.lower(literal(f"%{escaped}%")), escape="\\")
