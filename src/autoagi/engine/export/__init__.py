"""Exports: one module per format, each a pure function from a :class:`ProjectBundle` to text or bytes.

``export(bundle, format)`` dispatches by name and returns ``(filename, media_type, content)``;
``json_schemas()`` gives the JSON Schemas the platform publishes at ``/api/v1/schemas/``.
Same bundle → same bytes: nothing here reads the clock, the environment or global settings.

Names load on first use, so ``autoagi analyze`` can import the requirements Markdown renderer
without paying for reportlab, python-docx and the planning engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bundle import ProjectBundle
    from .dispatch import ALIASES, FORMATS, ExportedFile, ExportFormat, export, normalise_format
    from .errors import ExportError, MissingArtifactError, UnknownFormatError
    from .json_export import ProjectExport, json_schemas

_HOMES = {
    "ProjectBundle": ".bundle",
    "ALIASES": ".dispatch",
    "FORMATS": ".dispatch",
    "ExportFormat": ".dispatch",
    "ExportedFile": ".dispatch",
    "export": ".dispatch",
    "normalise_format": ".dispatch",
    "ExportError": ".errors",
    "MissingArtifactError": ".errors",
    "UnknownFormatError": ".errors",
    "ProjectExport": ".json_export",
    "json_schemas": ".json_export",
}
__all__ = [
    "ALIASES",
    "FORMATS",
    "ExportError",
    "ExportFormat",
    "ExportedFile",
    "MissingArtifactError",
    "ProjectBundle",
    "ProjectExport",
    "UnknownFormatError",
    "export",
    "json_schemas",
    "normalise_format",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name], __name__), name)
