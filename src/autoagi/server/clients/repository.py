from __future__ import annotations

import uuid

from sqlalchemy import Select, select

from autoagi.server.kit.repository import Repository, contains_text
from autoagi.server.models import Client


class ClientRepository(Repository[Client]):
    model = Client

    async def owned(self, client_id: uuid.UUID, owner_id: uuid.UUID) -> Client | None:
        return await self.session.scalar(select(Client).where(Client.id == client_id, Client.owner_id == owner_id))

    def owned_by(self, owner_id: uuid.UUID, q: str | None = None) -> Select:
        statement = select(Client).where(Client.owner_id == owner_id).order_by(Client.name, Client.id)
        if q:
            statement = statement.where(contains_text(Client.name, q))
        return statement
