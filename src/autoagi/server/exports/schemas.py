from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from autoagi.server.jobs.schemas import JobRead

ExportFormatName = Literal["md", "markdown", "pdf", "docx", "json", "reqif", "jira-csv", "jira_csv", "ics", "zip"]


class ExportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: ExportFormatName


class ExportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    project_id: uuid.UUID
    format: str
    status: str
    filename: str | None
    media_type: str | None
    size: int | None
    expires_at: datetime | None
    error: str | None
    created_at: datetime
    download_url: str | None = None


class ExportAccepted(BaseModel):
    job: JobRead
    export: ExportRead
