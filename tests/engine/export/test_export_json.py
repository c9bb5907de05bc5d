"""The JSON export: valid against the published schema, lossless for the artifacts."""

from __future__ import annotations

import json

import jsonschema
import pytest

from autoagi.engine.export import ProjectExport, json_schemas
from autoagi.engine.export.json_export import render_json


@pytest.fixture(scope="module")
def document(clinic_bundle) -> dict:
    return json.loads(render_json(clinic_bundle))


def test_the_export_validates_against_its_published_schema(document: dict) -> None:
    schema = json_schemas()["ProjectExport"]
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)


def test_every_artifact_round_trips(clinic_bundle, document: dict) -> None:
    restored = ProjectExport.model_validate(document)
    assert restored.analysis == clinic_bundle.analysis
    assert restored.design == clinic_bundle.design
    assert restored.prototype == clinic_bundle.prototype
    assert restored.estimate == clinic_bundle.estimate
    assert restored.roadmap == clinic_bundle.roadmap
    assert restored.roi == clinic_bundle.roi
    assert document["schema_version"] == "autoagi/1"
    assert document["project"] == {"name": "Clinic bookings", "client": "Happy Paws Ltd"}
    assert document["generated_at"] == "2026-03-02T09:30:00Z"


def test_binary_files_are_listed_not_inlined(document: dict) -> None:
    assert [item["name"] for item in document["screenshots"]] == ["desktop", "phone"]
    assert all(len(item["sha256"]) == 64 and item["size"] > 0 for item in document["screenshots"])


def test_schemas_cover_every_artifact_and_take_an_id_base() -> None:
    schemas = json_schemas("https://example.test/api/v1/schemas/")
    assert set(schemas) == {
        "ProjectExport",
        "AnalysisResult",
        "Document",
        "Requirement",
        "Design",
        "Prototype",
        "Estimate",
        "Roadmap",
        "RoiResult",
    }
    for name, schema in schemas.items():
        assert schema["$id"] == f"https://example.test/api/v1/schemas/{name}"
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)
    assert json_schemas() == json_schemas()  # stable, so the platform can cache and diff them


def test_unicode_is_kept_readable(samples, hostile_bundle) -> None:
    text = render_json(hostile_bundle)
    assert samples.RTL in text and samples.EMOJI in text
    assert json.loads(text)["project"]["name"] == hostile_bundle.project_name
