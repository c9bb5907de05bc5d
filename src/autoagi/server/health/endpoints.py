"""Liveness, readiness (database reachable, migrations at head) and version."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from autoagi import __version__
from autoagi.engine.artifacts import SCHEMA_VERSION
from autoagi.server.deps import ContextDep, SettingsDep
from autoagi.server.health.service import readiness_checks

router = APIRouter(tags=["operations"])


class Liveness(BaseModel):
    status: str


class Version(BaseModel):
    version: str
    environment: str
    schema_version: str


@router.get("/healthz", response_model=Liveness)
async def healthz() -> Liveness:
    return Liveness(status="ok")


@router.get("/readyz", responses={503: {"description": "a dependency is not ready"}})
async def readyz(context: ContextDep) -> JSONResponse:
    checks = await readiness_checks(context)
    ready = all(check["ok"] for check in checks.values())
    return JSONResponse(
        {"status": "ready" if ready else "not_ready", "checks": checks}, status_code=200 if ready else 503
    )


@router.get("/metrics", include_in_schema=False)
async def metrics(context: ContextDep) -> Response:
    """Prometheus exposition: requests by route and status, latency, jobs by kind and outcome."""
    body, content_type = context.metrics.exposition()
    return Response(body, media_type=content_type)


version_router = APIRouter(tags=["operations"])


@version_router.get("/version", response_model=Version)
async def version(settings: SettingsDep) -> Version:
    return Version(version=__version__, environment=settings.env, schema_version=SCHEMA_VERSION)
