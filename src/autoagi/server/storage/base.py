from __future__ import annotations

import re
from typing import Protocol

# Keys are made by the platform (e.g. "documents/<uuid>/original"), never by users; this
# guard keeps a bug from ever turning into a path outside the store.
_SAFE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")


class InvalidKey(ValueError):
    pass


class ObjectNotFound(KeyError):
    pass


def validate_key(key: str) -> str:
    if len(key) > 512 or not _SAFE_KEY.match(key) or ".." in key.split("/"):
        raise InvalidKey(f"invalid storage key: {key!r}")
    return key


class ObjectStorage(Protocol):
    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None:
        """Remove the object; no error when it does not exist."""
        ...

    async def delete_prefix(self, prefix: str) -> None: ...

    async def exists(self, key: str) -> bool: ...

    async def check(self) -> None:
        """Raise when the store cannot be reached (readiness)."""
        ...
