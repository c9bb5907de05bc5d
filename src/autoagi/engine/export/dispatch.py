"""``export(bundle, format)``: one entry point that names, types and renders every format."""

from __future__ import annotations

from typing import Literal, NamedTuple

from .bundle import ProjectBundle
from .errors import UnknownFormatError
from .formats import DOCUMENT_FORMATS, FormatSpec
from .naming import slug
from .zip_export import render_zip

ExportFormat = Literal["markdown", "json", "pdf", "docx", "reqif", "jira_csv", "ics", "zip"]


class ExportedFile(NamedTuple):
    filename: str
    media_type: str
    content: bytes


FORMATS: dict[str, FormatSpec] = {
    **{spec.name: spec for spec in DOCUMENT_FORMATS},
    "zip": FormatSpec("zip", "-export.zip", "", "application/zip", "everything in one archive", render_zip),
}
# The CLI's spellings (`--format md|jira-csv|...`) and other common names.
ALIASES = {"md": "markdown", "jira-csv": "jira_csv", "csv": "jira_csv", "ical": "ics", "icalendar": "ics"}


def normalise_format(name: str) -> ExportFormat:
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in FORMATS:
        raise UnknownFormatError(name, tuple(FORMATS))
    return key  # type: ignore[return-value]


def export(bundle: ProjectBundle, format: str) -> ExportedFile:  # noqa: A002 - the API's own word
    """Render ``bundle`` as ``format`` → ``(filename, media_type, content)``.

    Raises :class:`~autoagi.engine.export.errors.ExportError` (a ``ValueError``) with a message fit
    for the user when the format is unknown or needs an artifact the bundle lacks.
    """
    spec = FORMATS[normalise_format(format)]
    return ExportedFile(slug(bundle.project_name) + spec.suffix, spec.media_type, spec.render(bundle))
