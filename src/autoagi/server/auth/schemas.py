from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, StringConstraints

from autoagi.server.kit.schemas import NonEmptyName, Schema


def normalise_email(value: str) -> str:
    return value.strip().lower()


Email = Annotated[EmailStr, AfterValidator(normalise_email)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=4096)]
Token = Annotated[str, StringConstraints(min_length=1, max_length=512)]


class RegisterRequest(Schema):
    email: Email
    password: Password
    name: NonEmptyName


class VerifyEmailRequest(Schema):
    token: Token


class LoginRequest(Schema):
    email: Email
    password: Password


class RefreshRequest(Schema):
    refresh_token: Token | None = None


class PasswordResetRequest(Schema):
    email: Email


class PasswordResetConfirm(Schema):
    token: Token
    new_password: Password


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    name: str
    email_verified: bool
    is_admin: bool
    created_at: datetime

    @classmethod
    def of(cls, user) -> UserRead:
        return cls(
            id=user.id,
            email=user.email,
            name=user.name,
            email_verified=user.email_verified_at is not None,
            is_admin=user.is_admin,
            created_at=user.created_at,
        )


class TokenPair(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str
    user: UserRead


class AccessToken(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
