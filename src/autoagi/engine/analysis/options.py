"""Options that steer one analysis run."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_NFR_AREAS = ("security", "performance", "availability", "privacy")


class AnalysisOptions(BaseModel):
    """What `analyze` extracts and checks. The defaults suit a typical client document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    include_informal: bool = Field(
        default=True, description="Also extract wishes, decisions and action items from informal speech."
    )
    split_compound: bool = Field(default=True, description="Split 'shall A and B' into two requirements.")
    merge_duplicates: bool = Field(default=True, description="Merge near-identical statements.")
    duplicate_threshold: float = Field(
        default=0.85, ge=0.5, le=1.0, description="Content-word Jaccard at which two statements merge."
    )
    detect_conflicts: bool = True
    lint: bool = Field(default=True, description="Attach quality findings to each requirement.")
    acceptance_criteria: bool = True
    nfr_areas: tuple[str, ...] = Field(
        default=DEFAULT_NFR_AREAS,
        description="Quality areas whose absence becomes a document-level question for the client.",
    )
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    id_prefix: str = Field(default="REQ", pattern=r"^[A-Z][A-Z0-9]{0,9}$")
