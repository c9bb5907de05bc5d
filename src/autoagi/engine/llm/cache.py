"""A response cache keyed by a hash of (provider, model, prompt, schema).

:class:`ResponseCache` is the seam: an in-process dictionary and a folder of JSON files ship
here; the platform can plug in Redis by implementing ``get``/``set`` on JSON-compatible dicts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

# Bump when the cached value's shape or the prompt wrapping changes, so old entries stop matching.
CACHE_FORMAT_VERSION = "autoagi-llm-cache/1"

_KEY_PATTERN = re.compile(r"^[0-9a-f]{64}$")


@runtime_checkable
class ResponseCache(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...

    def set(self, key: str, value: dict[str, Any]) -> None: ...


def cache_key(*, provider: str, model: str, system: str, user: str, schema: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of everything that shapes the answer."""
    material = {
        "version": CACHE_FORMAT_VERSION,
        "provider": provider,
        "model": model,
        "system": system,
        "user": user,
        "schema": schema,
    }
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _checked(key: str) -> str:
    # Keys become file names (and Redis keys later): accept only what cache_key produces.
    if not _KEY_PATTERN.match(key):
        raise ValueError(f"not a cache key (64 lowercase hex characters expected): {key!r}")
    return key


class InMemoryResponseCache:
    """Process-local cache; evicts the least recently used entry beyond ``max_entries``."""

    def __init__(self, max_entries: int = 1024) -> None:
        self._entries: OrderedDict[str, str] = OrderedDict()
        self._max_entries = max_entries

    def get(self, key: str) -> dict[str, Any] | None:
        stored = self._entries.get(_checked(key))
        if stored is None:
            return None
        self._entries.move_to_end(key)
        # Stored as JSON text so callers can never mutate a cached value in place.
        return json.loads(stored)

    def set(self, key: str, value: dict[str, Any]) -> None:
        self._entries[_checked(key)] = json.dumps(value, ensure_ascii=False)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class DirectoryResponseCache:
    """One JSON file per entry under ``root/<first two hex digits>/<key>.json``."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        key = _checked(key)
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # Missing, unreadable or half-written entries are misses, never errors.
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a concurrent reader sees the old file or the whole new one.
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".tmp-", suffix=".json", delete=False
        ) as handle:
            json.dump(value, handle, ensure_ascii=False, sort_keys=True)
        os.replace(handle.name, path)
