from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class PreviewLink(BaseModel):
    url: str
    expires_at: datetime
    devices: dict[str, tuple[int, int]]
