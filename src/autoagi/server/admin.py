"""Operator tasks run from the command line, outside any request."""

from __future__ import annotations

from datetime import UTC, datetime

from autoagi.server.auth.repository import UserRepository
from autoagi.server.config import Settings
from autoagi.server.context import AppContext
from autoagi.server.models import User
from autoagi.server.security import password_problem


class AdminError(Exception):
    pass


async def create_admin_user(settings: Settings, email: str, name: str, password: str) -> bool:
    """Answer True when a new account was created, False when an existing one was promoted."""
    email = email.strip().lower()
    if "@" not in email:
        raise AdminError(f"not an e-mail address: {email!r}")
    problem = password_problem(password, email=email, name=name)
    if problem:
        raise AdminError(problem)
    context = AppContext.from_settings(settings)
    try:
        async with context.sessions() as session, session.begin():
            users = UserRepository(session)
            user = await users.by_email(email)
            if user is not None:
                user.is_admin = True
                user.email_verified_at = user.email_verified_at or datetime.now(UTC)
                return False
            await users.add(
                User(
                    email=email,
                    name=name,
                    password_hash=context.passwords.hash(password),
                    is_admin=True,
                    email_verified_at=datetime.now(UTC),
                )
            )
            return True
    finally:
        await context.close()
