"""Errors an export raises; each subclasses ``ValueError`` so callers can answer 422 with the message."""

from __future__ import annotations


class ExportError(ValueError):
    """Base of every export error; the message is fit to show the user."""


class UnknownFormatError(ExportError):
    def __init__(self, requested: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown export format {requested!r}; choose one of: {', '.join(known)}")
        self.requested = requested


class MissingArtifactError(ExportError):
    """The format needs an artifact the bundle does not carry (an iCalendar needs a roadmap)."""

    def __init__(self, export_format: str, artifact: str) -> None:
        super().__init__(f"the {export_format} export needs a {artifact}; build the {artifact} first")
        self.export_format = export_format
        self.artifact = artifact
