"""All artifacts as one JSON document, and the JSON Schemas the platform publishes.

The document holds the typed artifacts as they serialise (schema version ``autoagi/1``); binary
content (screenshots, prototype files) is listed by name, size and hash and ships in the zip.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from autoagi.engine.artifacts import SCHEMA_VERSION, AnalysisResult, Design, Document, Prototype, Requirement
from autoagi.engine.planning.models import Estimate, Roadmap, RoiResult

from .bundle import ProjectBundle

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
EXPORT_KIND = "autoagi.project-export"


class ProjectInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    client: str | None = None


class BinaryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    size: int = Field(ge=0)
    sha256: str


class ProjectExport(BaseModel):
    """The JSON export: one project's artifacts, each in its own versioned schema."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    kind: str = EXPORT_KIND
    project: ProjectInfo
    generated_at: dt.datetime
    analysis: AnalysisResult
    design: Design | None = None
    prototype: Prototype | None = None
    estimate: Estimate | None = None
    roadmap: Roadmap | None = None
    roi: RoiResult | None = None
    screenshots: list[BinaryFile] = Field(default_factory=list)


def _binary(name: str, content: bytes) -> BinaryFile:
    return BinaryFile(name=name, size=len(content), sha256=hashlib.sha256(content).hexdigest())


def project_export(bundle: ProjectBundle) -> ProjectExport:
    return ProjectExport(
        project=ProjectInfo(name=bundle.project_name, client=bundle.client),
        generated_at=bundle.generated_at_utc,
        analysis=bundle.analysis,
        design=bundle.design,
        prototype=bundle.prototype,
        estimate=bundle.estimate,
        roadmap=bundle.roadmap,
        roi=bundle.roi,
        screenshots=[_binary(name, bundle.screenshots[name]) for name in sorted(bundle.screenshots)],
    )


def render_json(bundle: ProjectBundle) -> str:
    payload = project_export(bundle).model_dump(mode="json")
    # ensure_ascii=False keeps client text readable; key order is the models' field order.
    return json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "ProjectExport": ProjectExport,
    "AnalysisResult": AnalysisResult,
    "Document": Document,
    "Requirement": Requirement,
    "Design": Design,
    "Prototype": Prototype,
    "Estimate": Estimate,
    "Roadmap": Roadmap,
    "RoiResult": RoiResult,
}


def json_schemas(base_url: str | None = None) -> dict[str, dict[str, Any]]:
    """``{name: JSON Schema}`` of every artifact as it serialises, for ``/api/v1/schemas/``.

    With ``base_url`` ("https://host/api/v1/schemas/") each schema gets ``$id`` = base_url + name.
    """
    schemas: dict[str, dict[str, Any]] = {}
    for name, model in SCHEMA_MODELS.items():
        schema = {"$schema": JSON_SCHEMA_DIALECT, **model.model_json_schema(mode="serialization")}
        if base_url is not None:
            schema = {"$id": base_url.rstrip("/") + "/" + name, **schema}
        schemas[name] = schema
    return schemas
