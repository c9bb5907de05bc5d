"""File maps (relative path → bytes): their manifest and writing them safely to disk."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath

from autoagi.engine.artifacts import PrototypeFile

FileMap = dict[str, bytes]
_SAFE_PART = re.compile(r"[A-Za-z0-9_.-][A-Za-z0-9 _.+@-]*")


class UnsafePathError(ValueError):
    """A file map named a path outside its folder, or a name no file system should see."""


def manifest(files: FileMap) -> list[PrototypeFile]:
    return [
        PrototypeFile(path=path, sha256=hashlib.sha256(content).hexdigest(), size=len(content))
        for path, content in sorted(files.items())
    ]


def check_path(path: str) -> PurePosixPath:
    """A relative POSIX path of plain names, written canonically: no ``..``, ``.`` or ``//``, not
    absolute, no backslashes or NULs."""
    relative = PurePosixPath(path)
    parts = relative.parts
    if not path or relative.is_absolute() or "\\" in path or "\x00" in path or not parts or str(relative) != path:
        raise UnsafePathError(f"unsafe path in file map: {path!r}")
    if any(part in (".", "..") or not _SAFE_PART.fullmatch(part) for part in parts) or len(path) > 255:
        raise UnsafePathError(f"unsafe path in file map: {path!r}")
    return relative


def write_prototype(files: FileMap, directory: str | Path) -> list[Path]:
    """Write every file under ``directory`` (created if needed); returns the written paths in order.

    Every path is checked before anything is written, so a bad map leaves the folder untouched.
    """
    root = Path(directory)
    checked = [(check_path(path), content) for path, content in sorted(files.items())]
    root.mkdir(parents=True, exist_ok=True)
    resolved_root = root.resolve()
    written = []
    for relative, content in checked:
        target = root.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.parent.resolve().is_relative_to(resolved_root) or target.is_symlink():
            raise UnsafePathError(f"path leaves the prototype folder: {relative}")
        target.write_bytes(content)
        written.append(target)
    return written
