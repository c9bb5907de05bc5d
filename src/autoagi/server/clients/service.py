from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.clients.repository import ClientRepository
from autoagi.server.clients.schemas import ClientCreate, ClientUpdate
from autoagi.server.errors import NotFound
from autoagi.server.kit.pagination import PageParams
from autoagi.server.models import Client, User


class ClientService:
    """Clients belong to the user who created them; anyone else gets a 404."""

    def __init__(self, session: AsyncSession):
        self.clients = ClientRepository(session)

    async def get(self, client_id: uuid.UUID, user: User) -> Client:
        client = await self.clients.owned(client_id, user.id)
        if client is None:
            raise NotFound("Client not found.")
        return client

    async def list(self, user: User, params: PageParams, q: str | None) -> tuple[list[Client], int]:
        return await self.clients.paginate(self.clients.owned_by(user.id, q), params)

    async def create(self, body: ClientCreate, user: User) -> Client:
        return await self.clients.add(Client(owner_id=user.id, **body.model_dump()))

    async def update(self, client_id: uuid.UUID, body: ClientUpdate, user: User) -> Client:
        client = await self.get(client_id, user)
        changes = body.model_dump(exclude_unset=True)
        if changes.get("name", "") is None:
            changes.pop("name")  # a client always has a name
        for name, value in changes.items():
            setattr(client, name, value)
        await self.clients.flush()
        return client

    async def delete(self, client_id: uuid.UUID, user: User) -> None:
        await self.clients.delete(await self.get(client_id, user))
