from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

from autoagi.server.auth.schemas import Email
from autoagi.server.kit.schemas import LongText, NonEmptyName, ReadSchema, Schema

Industry = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
Website = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500, pattern=r"^https?://\S+$")]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=50)]


class ClientCreate(Schema):
    name: NonEmptyName
    industry: Industry | None = None
    website: Website | None = None
    contact_name: NonEmptyName | None = None
    contact_email: Email | None = None
    contact_phone: Phone | None = None
    notes: LongText | None = None


class ClientUpdate(ClientCreate):
    name: NonEmptyName | None = None


class ClientRead(ReadSchema):
    name: str
    industry: str | None
    website: str | None
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    notes: str | None
