from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update

from autoagi.server.kit.repository import Repository
from autoagi.server.models import OneTimeToken, RefreshToken, User


class UserRepository(Repository[User]):
    model = User

    async def by_email(self, email: str) -> User | None:
        return await self.session.scalar(select(User).where(User.email == email.lower()))


class RefreshTokenRepository(Repository[RefreshToken]):
    model = RefreshToken

    async def by_hash(self, token_hash: str) -> RefreshToken | None:
        return await self.session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_hash))

    async def revoke_family(self, family_id: uuid.UUID, now: datetime) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )

    async def revoke_all_of_user(self, user_id: uuid.UUID, now: datetime) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )


class OneTimeTokenRepository(Repository[OneTimeToken]):
    model = OneTimeToken

    async def by_hash(self, token_hash: str, purpose: str) -> OneTimeToken | None:
        return await self.session.scalar(
            select(OneTimeToken).where(OneTimeToken.token_hash == token_hash, OneTimeToken.purpose == purpose)
        )

    async def expire_unused(self, user_id: uuid.UUID, purpose: str, now: datetime) -> None:
        """A new link makes the older ones of the same purpose useless."""
        await self.session.execute(
            update(OneTimeToken)
            .where(
                OneTimeToken.user_id == user_id,
                OneTimeToken.purpose == purpose,
                OneTimeToken.used_at.is_(None),
            )
            .values(used_at=now)
        )
