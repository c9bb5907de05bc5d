"""Project roles and what each may do: viewers read, editors change content, owners manage."""

from __future__ import annotations

from typing import Literal

Role = Literal["owner", "editor", "viewer"]
ROLE_RANK: dict[str, int] = {"viewer": 1, "editor": 2, "owner": 3}


def allows(role: str, minimum: Role) -> bool:
    return ROLE_RANK[role] >= ROLE_RANK[minimum]
