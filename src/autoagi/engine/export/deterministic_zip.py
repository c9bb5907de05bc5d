"""Zip archives whose bytes depend only on their content: fixed times, modes and order.

``zipfile`` stamps each member with the current time and the host's system code, so two runs
otherwise differ; DOCX files (zips written by python-docx) pass through :func:`normalise_zip`.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable

from .naming import check_member_path

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip header can hold
_UNIX = 3  # "made by" system: Unix, so the permission bits below mean the same everywhere
_FILE_MODE = 0o100644 << 16


def zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """The zip header's local time for ``moment`` (UTC), clamped to the range a zip can hold."""
    utc = moment.astimezone(dt.UTC)
    stamp = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second - utc.second % 2)
    return max(stamp, _ZIP_EPOCH) if utc.year <= 2107 else (2107, 12, 31, 23, 59, 58)


def _member(name: str, when: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(check_member_path(name), date_time=when)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = _UNIX
    info.external_attr = _FILE_MODE
    return info


def build_zip(members: Iterable[tuple[str, bytes]], moment: dt.datetime, *, keep_order: bool = False) -> bytes:
    """A zip of ``(name, content)`` pairs, sorted by name unless ``keep_order`` (DOCX needs
    ``[Content_Types].xml`` first)."""
    items = list(members)
    names = [name for name, _ in items]
    if len(set(names)) != len(names):
        raise ValueError("duplicate file names in archive")
    if not keep_order:
        items.sort(key=lambda item: item[0])
    when = zip_time(moment)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, content in items:
            archive.writestr(_member(name, when), content)
    return buffer.getvalue()


def normalise_zip(archive_bytes: bytes, moment: dt.datetime) -> bytes:
    """The same members in the same order, re-stamped so the bytes no longer depend on the clock."""
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    return build_zip(members, moment, keep_order=True)
