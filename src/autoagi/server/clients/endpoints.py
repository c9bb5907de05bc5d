from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from autoagi.server.clients.schemas import ClientCreate, ClientRead, ClientUpdate
from autoagi.server.clients.service import ClientService
from autoagi.server.deps import CurrentUser, SessionDep
from autoagi.server.kit.pagination import Page, PageParamsDep

router = APIRouter(prefix="/clients", tags=["clients"])


def get_client_service(session: SessionDep) -> ClientService:
    return ClientService(session)


ClientServiceDep = Annotated[ClientService, Depends(get_client_service)]


@router.get("", response_model=Page[ClientRead])
async def list_clients(
    user: CurrentUser,
    service: ClientServiceDep,
    params: PageParamsDep,
    q: Annotated[str | None, Query(max_length=200, description="name contains")] = None,
) -> Page[ClientRead]:
    clients, total = await service.list(user, params, q)
    return Page.of([ClientRead.model_validate(c) for c in clients], total, params)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ClientRead)
async def create_client(body: ClientCreate, user: CurrentUser, service: ClientServiceDep) -> ClientRead:
    return ClientRead.model_validate(await service.create(body, user))


@router.get("/{client_id}", response_model=ClientRead)
async def read_client(client_id: uuid.UUID, user: CurrentUser, service: ClientServiceDep) -> ClientRead:
    return ClientRead.model_validate(await service.get(client_id, user))


@router.patch("/{client_id}", response_model=ClientRead)
async def update_client(
    client_id: uuid.UUID, body: ClientUpdate, user: CurrentUser, service: ClientServiceDep
) -> ClientRead:
    return ClientRead.model_validate(await service.update(client_id, body, user))


@router.delete("/{client_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_client(client_id: uuid.UUID, user: CurrentUser, service: ClientServiceDep) -> None:
    await service.delete(client_id, user)
