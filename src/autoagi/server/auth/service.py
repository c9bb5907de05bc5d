"""Registration, e-mail verification, login with lockout, refresh rotation, password reset."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.concurrency import run_in_threadpool

from autoagi.server.auth import emails
from autoagi.server.auth.repository import OneTimeTokenRepository, RefreshTokenRepository, UserRepository
from autoagi.server.context import AppContext
from autoagi.server.errors import Forbidden, InvalidInput, TooManyRequests, Unauthorized
from autoagi.server.models import OneTimeToken, RefreshToken, User
from autoagi.server.projects.service import accept_pending_invitations
from autoagi.server.security import hash_token, issue_access_token, new_opaque_token, password_problem

VERIFY_EMAIL = "verify_email"
RESET_PASSWORD = "reset_password"


class InvalidCredentials(Unauthorized):
    code = "invalid_credentials"
    keep_changes = True  # the failed-login counter must be kept


class AccountLocked(TooManyRequests):
    code = "account_locked"
    keep_changes = True


class EmailNotVerified(Forbidden):
    code = "email_not_verified"


class InvalidToken(InvalidInput):
    code = "invalid_token"


class RefreshTokenReused(Unauthorized):
    code = "refresh_token_reused"
    keep_changes = True  # the revocation of the whole family must be kept


class WeakPassword(InvalidInput):
    code = "weak_password"


@dataclass(frozen=True)
class Session:
    user: User
    access_token: str
    expires_in: int
    refresh_token: str


def _now() -> datetime:
    return datetime.now(UTC)


class AuthService:
    def __init__(self, session: AsyncSession, context: AppContext):
        self.session = session
        self.context = context
        self.settings = context.settings
        self.users = UserRepository(session)
        self.refresh_tokens = RefreshTokenRepository(session)
        self.one_time_tokens = OneTimeTokenRepository(session)

    async def hash_password(self, password: str) -> str:
        return await run_in_threadpool(self.context.passwords.hash, password)

    async def verify_password(self, password_hash: str | None, password: str) -> bool:
        return await run_in_threadpool(self.context.passwords.verify, password_hash, password)

    def check_password_policy(self, password: str, email: str, name: str) -> None:
        problem = password_problem(password, email=email, name=name)
        if problem:
            raise WeakPassword(problem, details=[{"loc": ["body", "password"], "msg": problem}])

    async def limit_mail(self, email: str, client_address: str) -> None:
        """Requests that send e-mail are limited per address and per client, whether or not an
        account exists, so the limit itself reveals nothing."""
        for limit, key in (
            (self.settings.mail_rate_limit, f"to:{email}"),
            (self.settings.mail_rate_limit_per_client, f"from:{client_address}"),
        ):
            retry_after = await self.context.rate_limiter.hit(limit, "mail", key)
            if retry_after is not None:
                raise TooManyRequests(
                    "Too many e-mails requested; try again later.", headers={"Retry-After": str(retry_after)}
                )

    async def register(self, email: str, password: str, name: str) -> None:
        """Answer the same whether or not the address is taken: no account enumeration."""
        self.check_password_policy(password, email, name)
        existing = await self.users.by_email(email)
        if existing is not None:
            await self.context.mail.send(emails.already_registered(self.settings, existing.email))
            return
        user = await self.users.add(User(email=email, name=name, password_hash=await self.hash_password(password)))
        token = await self._issue_one_time_token(user, VERIFY_EMAIL, self.settings.verify_email_ttl_s)
        await self.context.mail.send(emails.verify_email(self.settings, user.email, user.name, token))

    async def resend_verification(self, email: str) -> None:
        user = await self.users.by_email(email)
        if user is None or user.email_verified_at is not None:
            return
        token = await self._issue_one_time_token(user, VERIFY_EMAIL, self.settings.verify_email_ttl_s)
        await self.context.mail.send(emails.verify_email(self.settings, user.email, user.name, token))

    async def verify_email(self, token: str) -> User:
        record = await self._use_one_time_token(token, VERIFY_EMAIL)
        user = await self.users.get(record.user_id)
        assert user is not None  # the token's foreign key cascades with the user
        if user.email_verified_at is None:
            user.email_verified_at = _now()
        # Invitations are honoured only once the address is proven to be the invitee's.
        await accept_pending_invitations(self.session, user)
        await self.users.flush()
        return user

    async def login(self, email: str, password: str, client_address: str) -> Session:
        retry_after = await self.context.rate_limiter.hit(self.settings.login_rate_limit, "login", client_address)
        if retry_after is not None:
            raise TooManyRequests(
                "Too many sign-in attempts from this address; try again later.",
                headers={"Retry-After": str(retry_after)},
            )
        user = await self.users.by_email(email)
        now = _now()
        if user is not None and user.locked_until is not None and user.locked_until > now:
            seconds = max(1, int((user.locked_until - now).total_seconds()))
            raise AccountLocked(
                "This account is temporarily locked after repeated failed sign-ins.",
                headers={"Retry-After": str(seconds)},
            )
        if not await self.verify_password(user.password_hash if user else None, password) or user is None:
            if user is not None:
                await self._record_failure(user, now)
            raise InvalidCredentials("The e-mail address or password is wrong.")
        if user.email_verified_at is None:
            raise EmailNotVerified("Confirm your e-mail address first: open the link we sent you.")
        user.failed_logins = 0
        user.locked_until = None
        if self.context.passwords.needs_rehash(user.password_hash):
            user.password_hash = await self.hash_password(password)
        return await self._start_session(user, family_id=uuid.uuid4())

    async def _record_failure(self, user: User, now: datetime) -> None:
        user.failed_logins += 1
        if user.failed_logins >= self.settings.login_max_failures:
            user.failed_logins = 0
            user.locked_until = now + timedelta(seconds=self.settings.login_lockout_s)
        await self.users.flush()

    async def refresh(self, refresh_token: str) -> Session:
        record = await self.refresh_tokens.by_hash(hash_token(refresh_token))
        now = _now()
        if record is None or record.revoked_at is not None and record.rotated_at is None:
            raise Unauthorized("The refresh token is invalid; sign in again.")
        if record.rotated_at is not None:
            # A rotated token came back: someone holds a copy. End every session of the family.
            await self.refresh_tokens.revoke_family(record.family_id, now)
            raise RefreshTokenReused("This refresh token was already used; sign in again.")
        if record.expires_at <= now:
            raise Unauthorized("The refresh token has expired; sign in again.")
        user = await self.users.get(record.user_id)
        if user is None:
            raise Unauthorized("The refresh token is invalid; sign in again.")
        record.rotated_at = now
        return await self._start_session(user, family_id=record.family_id)

    async def logout(self, refresh_token: str | None) -> None:
        if not refresh_token:
            return
        record = await self.refresh_tokens.by_hash(hash_token(refresh_token))
        if record is not None:
            await self.refresh_tokens.revoke_family(record.family_id, _now())

    async def request_password_reset(self, email: str) -> None:
        user = await self.users.by_email(email)
        if user is None:
            return
        token = await self._issue_one_time_token(user, RESET_PASSWORD, self.settings.password_reset_ttl_s)
        await self.context.mail.send(emails.password_reset(self.settings, user.email, user.name, token))

    async def confirm_password_reset(self, token: str, new_password: str) -> None:
        record = await self._use_one_time_token(token, RESET_PASSWORD)
        user = await self.users.get(record.user_id)
        assert user is not None
        self.check_password_policy(new_password, user.email, user.name)
        user.password_hash = await self.hash_password(new_password)
        user.failed_logins = 0
        user.locked_until = None
        # The link came to the inbox, so the address is proven too.
        user.email_verified_at = user.email_verified_at or _now()
        await self.refresh_tokens.revoke_all_of_user(user.id, _now())
        await self.users.flush()

    async def change_password(self, user: User, current_password: str, new_password: str) -> None:
        if not await self.verify_password(user.password_hash, current_password):
            raise InvalidInput(
                "The current password is wrong.",
                details=[{"loc": ["body", "current_password"], "msg": "wrong password"}],
            )
        self.check_password_policy(new_password, user.email, user.name)
        user.password_hash = await self.hash_password(new_password)
        await self.refresh_tokens.revoke_all_of_user(user.id, _now())
        await self.users.flush()

    async def _start_session(self, user: User, family_id: uuid.UUID) -> Session:
        access_token, expires_in = issue_access_token(self.settings, user.id)
        refresh_token = new_opaque_token()
        await self.refresh_tokens.add(
            RefreshToken(
                user_id=user.id,
                family_id=family_id,
                token_hash=hash_token(refresh_token),
                expires_at=_now() + timedelta(seconds=self.settings.refresh_token_ttl_s),
            )
        )
        return Session(user=user, access_token=access_token, expires_in=expires_in, refresh_token=refresh_token)

    async def _issue_one_time_token(self, user: User, purpose: str, ttl_s: int) -> str:
        now = _now()
        await self.one_time_tokens.expire_unused(user.id, purpose, now)
        token = new_opaque_token()
        await self.one_time_tokens.add(
            OneTimeToken(
                user_id=user.id,
                purpose=purpose,
                token_hash=hash_token(token),
                expires_at=now + timedelta(seconds=ttl_s),
            )
        )
        return token

    async def _use_one_time_token(self, token: str, purpose: str) -> OneTimeToken:
        record = await self.one_time_tokens.by_hash(hash_token(token), purpose)
        now = _now()
        if record is None or record.used_at is not None or record.expires_at <= now:
            raise InvalidToken("This link is invalid, was already used or has expired; ask for a new one.")
        record.used_at = now
        return record
