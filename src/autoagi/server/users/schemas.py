from __future__ import annotations

from autoagi.server.auth.schemas import Password
from autoagi.server.kit.schemas import NonEmptyName, Schema


class UserUpdate(Schema):
    name: NonEmptyName | None = None
    current_password: Password | None = None
    new_password: Password | None = None
