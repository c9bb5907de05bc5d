"""Checks a zip archive from its central directory before a single member is inflated."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

from .errors import CorruptDocument, EncryptedDocument, UnsafeArchive, ZipBomb
from .limits import IngestLimits

_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
_ENCRYPTED_FLAG = 0x1


def check_archive(data: bytes, limits: IngestLimits) -> list[str]:
    """Raise unless the archive is safe to open; return its member names.

    Declared sizes are trustworthy bounds here: ``zipfile`` never inflates a member beyond the
    size its directory entry declares, and a member that does not match fails its CRC check.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise CorruptDocument("The file is damaged: its zip structure could not be read.") from error
    if len(members) > limits.max_archive_members:
        raise ZipBomb(f"The archive has {len(members)} members; at most {limits.max_archive_members} are accepted.")
    total_size = total_compressed = 0
    for member in members:
        if not is_safe_member_name(member.filename):
            raise UnsafeArchive(f"The archive contains an unsafe path: {member.filename[:200]!r}.")
        if member.flag_bits & _ENCRYPTED_FLAG:
            raise EncryptedDocument("The archive is password-protected; upload an unprotected copy.")
        if member.file_size >= limits.ratio_check_min_bytes and _ratio(member) > limits.max_compression_ratio:
            raise ZipBomb("The archive expands far beyond its size (a zip bomb) and was not opened.")
        total_size += member.file_size
        total_compressed += member.compress_size
    if total_size > limits.max_uncompressed_bytes:
        raise ZipBomb(
            f"The archive would expand to {total_size:,} bytes; at most {limits.max_uncompressed_bytes:,} are accepted."
        )
    if total_size >= limits.ratio_check_min_bytes and (
        total_size / max(total_compressed, 1) > limits.max_compression_ratio
    ):
        raise ZipBomb("The archive expands far beyond its size (a zip bomb) and was not opened.")
    return [member.filename for member in members]


def is_safe_member_name(name: str) -> bool:
    """False for names that would escape the extraction folder: absolute, drive, or ``..``."""
    normalised = name.replace("\\", "/")
    if not normalised or normalised.startswith("/") or _DRIVE_LETTER.match(normalised):
        return False
    return ".." not in PurePosixPath(normalised).parts and "\x00" not in normalised


def _ratio(member: zipfile.ZipInfo) -> float:
    return member.file_size / max(member.compress_size, 1)
