from __future__ import annotations

from typing import Any

from autoagi.server.context import AppContext
from autoagi.server.dbmigrate import head_revision
from autoagi.server.health.repository import current_revision


async def readiness_checks(context: AppContext) -> dict[str, dict[str, Any]]:
    checks: dict[str, dict[str, Any]] = {}
    try:
        revision = await current_revision(context.engine)
        checks["database"] = {"ok": True}
    except Exception as error:  # any driver error means not ready
        checks["database"] = {"ok": False, "error": type(error).__name__}
        revision = None
    head = head_revision()
    checks["migrations"] = {"ok": revision == head, "current": revision, "head": head}
    return checks
