"""Typed dependencies shared by every domain: context, settings, session, current user."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from autoagi.server.config import Settings
from autoagi.server.context import AppContext
from autoagi.server.errors import AppError, Unauthorized
from autoagi.server.models import User
from autoagi.server.security import read_access_token


def get_context(request: Request) -> AppContext:
    return request.app.state.context


ContextDep = Annotated[AppContext, Depends(get_context)]


def get_settings(context: ContextDep) -> Settings:
    return context.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_session(context: ContextDep) -> AsyncIterator[AsyncSession]:
    """One unit of work per request: commit on success, roll back on failure.

    Services never commit; a domain error that must keep its changes says so
    with ``keep_changes``.
    """
    async with context.sessions() as session:
        try:
            yield session
        except AppError as error:
            if error.keep_changes:
                await session.commit()
            else:
                await session.rollback()
            raise
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


# scope="function": commit before the response is sent, so a client that reads
# right after a write sees it.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


async def current_user(
    token: Annotated[str | None, Depends(oauth2_scheme)], context: ContextDep, session: SessionDep
) -> User:
    if not token:
        raise Unauthorized("Sign in to continue.", headers={"WWW-Authenticate": "Bearer"})
    claims = read_access_token(context.settings, token)
    user = await session.get(User, claims.user_id) if claims else None
    if user is None:
        raise Unauthorized("The access token is invalid or has expired.", headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentUser = Annotated[User, Depends(current_user)]
