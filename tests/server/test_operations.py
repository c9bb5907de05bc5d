"""Health, readiness, version, OpenAPI, security headers, request ids, error envelope, CORS."""

from __future__ import annotations

import pytest

from support.api import Api


async def test_healthz_and_readyz(api: Api) -> None:
    assert (await api.client.get("/healthz")).json() == {"status": "ok"}
    ready = await api.client.get("/readyz")
    assert ready.status_code == 200, ready.text
    checks = ready.json()["checks"]
    assert checks["database"]["ok"] and checks["migrations"]["ok"]
    assert checks["migrations"]["current"] == checks["migrations"]["head"]


async def test_version(api: Api) -> None:
    body = (await api.client.get("/api/v1/version")).json()
    assert body["environment"] == "test" and body["schema_version"] == "autoagi/1" and body["version"]


async def test_openapi_has_stable_operation_ids(api: Api) -> None:
    spec = (await api.client.get("/api/v1/openapi.json")).json()
    ids = [op["operationId"] for path in spec["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))
    assert "auth-login" in ids and "projects-create_project" in ids and "requirements-list_requirements" in ids


async def test_docs_are_served_without_a_cdn(api: Api) -> None:
    page = await api.client.get("/api/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "/api/docs/assets/swagger-ui-bundle.js" in page.text
    asset = await api.client.get("/api/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.content) > 100_000


async def test_security_headers_and_request_id(api: Api) -> None:
    response = await api.client.get("/healthz", headers={"X-Request-ID": "client-chosen-id-123"})
    assert response.headers["x-request-id"] == "client-chosen-id-123"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "strict-transport-security" not in response.headers  # only in production
    odd = await api.client.get("/healthz", headers={"X-Request-ID": "<script>"})
    assert odd.headers["x-request-id"] != "<script>" and len(odd.headers["x-request-id"]) == 32


async def test_unknown_route_and_method_use_the_envelope(api: Api) -> None:
    missing = await api.client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    wrong_method = await api.client.put("/api/v1/projects")
    assert wrong_method.status_code == 405 and wrong_method.json()["error"]["request_id"]


@pytest.mark.parametrize("settings_overrides", [{"cors_origins": ["https://app.example.com"]}])
async def test_cors_allows_only_configured_origins(api: Api) -> None:
    preflight = {"Access-Control-Request-Method": "POST"}
    allowed = await api.client.options("/api/v1/projects", headers={"Origin": "https://app.example.com", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
    denied = await api.client.options("/api/v1/projects", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in denied.headers


async def test_root_explains_how_to_build_the_ui_when_it_is_missing(api: Api, tmp_path) -> None:
    from autoagi.server.frontend import frontend_dir

    if frontend_dir(api.settings) is not None:
        page = await api.client.get("/")
        assert page.status_code == 200 and "<html" in page.text.lower()
        assert "frame-src 'self'" in page.headers["content-security-policy"]
    else:
        page = await api.client.get("/")
        assert page.status_code == 200 and "make run" in page.text


async def test_metrics_count_requests_by_route_template(api: Api) -> None:
    await api.user("metrics")
    project = await api.project("metrics")
    await api.client.get(f"/api/v1/projects/{project['id']}", headers=api.auth("metrics"))
    body = (await api.client.get("/metrics")).text
    assert 'autoagi_http_requests_total{method="GET",route="/projects/{project_id}",status="200"} 1.0' in body
    assert project["id"] not in body  # ids never become labels
    assert "autoagi_http_request_seconds_bucket" in body
