from __future__ import annotations

import uuid

from pydantic import BaseModel

from autoagi.server.jobs.schemas import JobRead
from autoagi.server.kit.schemas import ReadSchema


class DocumentRead(ReadSchema):
    project_id: uuid.UUID
    name: str
    media_type: str
    size: int
    sha256: str
    word_count: int
    status: str
    error: str | None


class DocumentAccepted(BaseModel):
    job: JobRead
    document: DocumentRead
