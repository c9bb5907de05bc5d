"""A prototype version's files, kept in storage as one deterministic zip."""

from __future__ import annotations

import difflib
import io
import uuid
import zipfile

from autoagi.engine.prototype import FileMap

_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # stable bytes: the same files give the same archive
MAX_DIFF_LINES = 2000


def storage_key(prototype_id: uuid.UUID) -> str:
    return f"prototypes/{prototype_id}/files.zip"


def pack(files: FileMap) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            info = zipfile.ZipInfo(path, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[path])
    return buffer.getvalue()


def unpack(data: bytes) -> FileMap:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _text(data: bytes) -> list[str] | None:
    try:
        return data.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return None


def diff(old: FileMap, new: FileMap) -> dict:
    """What regeneration changed: added, removed and changed files, with unified diffs of text."""
    changed = []
    for path in sorted(set(old) & set(new)):
        if old[path] == new[path]:
            continue
        before, after = _text(old[path]), _text(new[path])
        patch = None
        if before is not None and after is not None:
            lines = list(difflib.unified_diff(before, after, f"a/{path}", f"b/{path}"))
            patch = "".join(lines[:MAX_DIFF_LINES])
        changed.append({"path": path, "diff": patch})
    return {
        "added": sorted(set(new) - set(old)),
        "removed": sorted(set(old) - set(new)),
        "changed": changed,
        "unchanged": sum(1 for path in set(old) & set(new) if old[path] == new[path]),
    }
