from __future__ import annotations

from fastapi import APIRouter

from autoagi.server.auth.endpoints import AuthServiceDep
from autoagi.server.auth.schemas import UserRead
from autoagi.server.deps import CurrentUser
from autoagi.server.errors import InvalidInput
from autoagi.server.users.schemas import UserUpdate

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserRead)
async def read_me(user: CurrentUser) -> UserRead:
    return UserRead.of(user)


@router.patch("/me", response_model=UserRead)
async def update_me(body: UserUpdate, user: CurrentUser, service: AuthServiceDep) -> UserRead:
    if body.name is not None:
        user.name = body.name
    if body.new_password is not None:
        if body.current_password is None:
            raise InvalidInput(
                "Give your current password to set a new one.",
                details=[{"loc": ["body", "current_password"], "msg": "required with new_password"}],
            )
        await service.change_password(user, body.current_password, body.new_password)
    await service.users.flush()
    return UserRead.of(user)
