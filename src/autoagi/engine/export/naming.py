"""File and archive-member names: readable, ASCII, and never able to leave their folder."""

from __future__ import annotations

import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60
_MAX_MEMBER = 255
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


def slug(text: str, fallback: str = "project") -> str:
    """ "Café Ordering — Phase 2" → "cafe-ordering-phase-2"; text with no Latin letters → ``fallback``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    cleaned = _NOT_SLUG.sub("-", ascii_text).strip("-")[:_MAX_SLUG].strip("-")
    return cleaned or fallback


def unsafe_member_reason(path: str) -> str | None:
    """Why ``path`` may not name a file inside an archive (None when it may).

    A member name must be relative, use "/" only, and have no empty, "." or ".." segment, so that
    no unzip tool can write it outside the folder it extracts into (zip slip).
    """
    if not path or len(path) > _MAX_MEMBER:
        return f"must be 1 to {_MAX_MEMBER} characters long"
    if "\\" in path or "\x00" in path or any(ord(character) < 32 for character in path):
        return "must not contain backslashes or control characters"
    if path.startswith("/") or _WINDOWS_DRIVE.match(path):
        return "must be a relative path"
    if any(segment in ("", ".", "..") for segment in path.split("/")):
        return "must not contain empty, '.' or '..' segments"
    return None


def check_member_path(path: str) -> str:
    reason = unsafe_member_reason(path)
    if reason is not None:
        raise ValueError(f"unsafe file name {path[:80]!r}: {reason}")
    return path
