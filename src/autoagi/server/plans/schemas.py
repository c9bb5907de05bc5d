from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from autoagi.engine.planning import EstimateOptions, RoadmapOptions, RoiInput, TaskEdit

Percentile = Literal["p10", "p50", "p90", "mean"]


class EstimateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    options: EstimateOptions | None = None


class RoadmapRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    options: RoadmapOptions


class RoadmapEdits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    edits: list[TaskEdit] = Field(min_length=1, max_length=1000)


class RoiRequest(RoiInput):
    investment_from_estimate: Percentile | None = Field(
        default=None, description="add the latest estimate's cost at this percentile as the investment"
    )
