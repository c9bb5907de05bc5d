"""Everything one export needs, handed in by the caller.

The engine never reads the clock: ``generated_at`` comes from the caller, so the same bundle
always exports to the same bytes.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from autoagi.engine.artifacts import AnalysisResult, Design, Prototype
from autoagi.engine.planning.models import Estimate, Roadmap, RoiResult

from .naming import check_member_path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SCREENSHOT_NAME = 100


class ProjectBundle(BaseModel):
    """A project's artifacts plus the few facts the documents print on their cover.

    ``screenshots`` maps a device name ("phone", "desktop") to PNG bytes of the prototype's
    preview; ``prototype_files`` maps each generated file's relative path to its bytes (the
    ``Prototype`` artifact itself lists only paths, hashes and sizes).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    project_name: str = Field(min_length=1, max_length=200)
    client: str | None = Field(default=None, max_length=200)
    generated_at: dt.datetime = Field(description="When the caller made the export; naive values are taken as UTC")
    analysis: AnalysisResult
    design: Design | None = None
    prototype: Prototype | None = None
    prototype_files: dict[str, bytes] = Field(default_factory=dict)
    estimate: Estimate | None = None
    roadmap: Roadmap | None = None
    roi: RoiResult | None = None
    screenshots: dict[str, bytes] = Field(default_factory=dict)

    @field_validator("project_name")
    @classmethod
    def _has_visible_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("project_name must not be blank")
        return value

    @field_validator("generated_at")
    @classmethod
    def _aware(cls, value: dt.datetime) -> dt.datetime:
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value

    @field_validator("prototype_files")
    @classmethod
    def _safe_paths(cls, value: dict[str, bytes]) -> dict[str, bytes]:
        for path in value:
            check_member_path(path)
        return value

    @field_validator("screenshots")
    @classmethod
    def _png_screenshots(cls, value: dict[str, bytes]) -> dict[str, bytes]:
        for name, content in value.items():
            if not name.strip() or len(name) > MAX_SCREENSHOT_NAME:
                raise ValueError(f"screenshot names must be 1 to {MAX_SCREENSHOT_NAME} characters")
            if not content.startswith(PNG_SIGNATURE):
                raise ValueError(f"screenshot {name[:40]!r} is not a PNG image")
        return value

    @property
    def generated_at_utc(self) -> dt.datetime:
        return self.generated_at.astimezone(dt.UTC)

    @property
    def title(self) -> str:
        return self.project_name.strip()
