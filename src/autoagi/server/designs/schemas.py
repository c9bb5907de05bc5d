from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class ArtifactVersionSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    project_id: uuid.UUID
    version: int
    created_at: datetime
    inputs: dict[str, Any]


class ArtifactVersionRead(ArtifactVersionSummary):
    artifact: dict[str, Any]
