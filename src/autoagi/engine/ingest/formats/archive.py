"""A zip of documents (a client's folder, sent as one file): each file in it is read by its own
format and laid out one after another under a "File: name" line (see ``pipeline``). The archive is
checked for zip bombs and unsafe paths before anything is inflated."""

from __future__ import annotations

import io
import zipfile
import zlib

from ..archive_guard import check_archive
from ..errors import NoText, UnsupportedType
from ..layout import ParsedText
from ..source import Source

_SKIPPED_PREFIXES = ("__MACOSX/", ".", "~$")  # what an operating system or Office leaves beside the files


# packages that are zips inside but one document each: not a folder of files
_PACKAGES = (
    # an .odt is read (detected before this); a spreadsheet, presentation or e-book is not
    ("mimetype", "This OpenDocument or EPUB file is not read; save it as .docx, .xlsx, .pptx or PDF and upload that."),
    ("[Content_Types].xml", "This Office file is not read; save it as Word (.docx) or PDF and upload that."),
    ("META-INF/MANIFEST.MF", "A Java archive holds no documents to read."),
)


def parse_zip(source: Source) -> ParsedText:
    names = check_archive(source.data, source.limits)
    for member, advice in _PACKAGES:
        if member in names:
            raise UnsupportedType(advice)
    files, damaged = [], []
    with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
        for name in sorted(names):
            base = name.rsplit("/", 1)[-1]
            if name.endswith("/") or name.startswith(_SKIPPED_PREFIXES) or base.startswith(_SKIPPED_PREFIXES):
                continue
            try:
                data = archive.read(name)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
                damaged.append(f"{name} (damaged in the archive)")  # the other files are still read
                continue
            if data.strip():
                files.append((name, data))
    if not files:
        raise NoText("The zip archive holds no files with content.")
    metadata = {"files": str(len(files))} | ({"attachments_not_read": "; ".join(damaged)} if damaged else {})
    return ParsedText("", [], metadata, files)
