"""Bad input gets a clear error and changes nothing; odd but valid text is kept verbatim."""

from __future__ import annotations

import pytest

from support.api import Api

HOSTILE = [
    "Robert'); DROP TABLE requirements;--",
    '" OR 1=1 --',
    "<script>alert('x')</script>",
    "Ünïcödé — 日本語 — emoji 🐶 — RTL \u202eevil",
    "%_\\ wildcard characters",
]


@pytest.fixture
async def project(api: Api) -> dict:
    await api.user("owner")
    return await api.project("owner")


async def test_malformed_json_is_400_with_the_envelope(api: Api, project: dict) -> None:
    response = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        content=b'{"title": "unterminated',
        headers={**api.auth("owner"), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "malformed_json" and error["request_id"] == response.headers["x-request-id"]
    assert "Traceback" not in response.text


async def test_wrong_types_name_the_field(api: Api, project: dict) -> None:
    response = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        json={"title": ["not", "a", "string"], "statement": 42, "priority": 7},
        headers=api.auth("owner"),
    )
    assert response.status_code == 422
    fields = {".".join(d["loc"]) for d in response.json()["error"]["details"]}
    assert {"body.title", "body.statement", "body.priority"} <= fields
    assert "title" in response.json()["error"]["message"]


async def test_unknown_fields_are_rejected(api: Api, project: dict) -> None:
    response = await api.client.patch(
        f"/api/v1/projects/{project['id']}",
        json={"owner_id": "00000000-0000-4000-8000-000000000000"},
        headers=api.auth("owner"),
    )
    assert response.status_code == 422


async def test_a_10_mb_body_is_413_and_changes_nothing(api: Api, project: dict) -> None:
    huge = "x" * (10 * 1024 * 1024)
    response = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        json={"title": "big", "statement": huge},
        headers=api.auth("owner"),
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    listed = (await api.client.get(f"/api/v1/projects/{project['id']}/requirements", headers=api.auth("owner"))).json()
    assert listed["total"] == 0


async def test_a_streamed_body_without_length_is_cut_at_the_limit(api: Api, project: dict) -> None:
    async def chunks():
        for _ in range(20):
            yield b"x" * (100 * 1024)

    response = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        content=chunks(),
        headers={**api.auth("owner"), "Content-Type": "application/json"},
    )
    assert response.status_code == 413


@pytest.mark.parametrize("text", HOSTILE)
async def test_hostile_text_is_stored_verbatim(api: Api, project: dict, text: str) -> None:
    created = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        json={"title": text[:300], "statement": text},
        headers=api.auth("owner"),
    )
    assert created.status_code == 201, created.text
    fetched = (await api.client.get(f"/api/v1/requirements/{created.json()['id']}", headers=api.auth("owner"))).json()
    assert fetched["statement"] == text and fetched["title"] == text[:300].strip()
    found = (
        await api.client.get(
            f"/api/v1/projects/{project['id']}/requirements", params={"q": text[:12]}, headers=api.auth("owner")
        )
    ).json()
    assert found["total"] == 1
    renamed = await api.client.patch(
        f"/api/v1/projects/{project['id']}", json={"name": text[:200]}, headers=api.auth("owner")
    )
    assert renamed.json()["name"] == text[:200].strip()


async def test_empty_and_whitespace_names_are_refused(api: Api) -> None:
    await api.user("owner")
    for name in ("", "   "):
        response = await api.client.post("/api/v1/projects", json={"name": name}, headers=api.auth("owner"))
        assert response.status_code == 422
    assert (await api.client.get("/api/v1/projects", headers=api.auth("owner"))).json()["total"] == 0


async def test_invalid_email_is_refused(api: Api) -> None:
    for address in ("not-an-email", "a@", "@b.com", "x" * 400 + "@example.com"):
        response = await api.client.post(
            "/api/v1/auth/register", json={"email": address, "password": "long enough pass 1", "name": "N"}
        )
        assert response.status_code == 422, address
