"""Manual requirements: create, keys, filters, search, edits, dependencies."""

from __future__ import annotations

import pytest

from support.api import Api


@pytest.fixture
async def project(api: Api) -> dict:
    await api.user("owner")
    return await api.project("owner")


async def create(api: Api, project: dict, **fields) -> dict:
    body = {"title": "Title", "statement": "The system shall do something."} | fields
    response = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements", json=body, headers=api.auth("owner")
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_keys_are_sequential_per_project(api: Api, project: dict) -> None:
    first = await create(api, project)
    second = await create(api, project)
    assert (first["key"], second["key"]) == ("REQ-001", "REQ-002")
    other = await api.project("owner", "Other")
    assert (await create(api, other))["key"] == "REQ-001"
    await api.client.delete(f"/api/v1/requirements/{second['id']}", headers=api.auth("owner"))
    assert (await create(api, project))["key"] == "REQ-002"


async def test_all_artifact_fields_round_trip(api: Api, project: dict) -> None:
    created = await create(
        api,
        project,
        title="Book an appointment",
        statement="A pet owner shall book an appointment online.",
        rationale="Most owners book from their phone in the evening.",
        kind="functional",
        category="functional_suitability",
        priority="must",
        actors=["pet owner"],
        entities=["Appointment", "Pet"],
        acceptance_criteria=[{"given": "a free slot", "when": "the owner books it", "then": "the slot is taken"}],
    )
    fetched = (await api.client.get(f"/api/v1/requirements/{created['id']}", headers=api.auth("owner"))).json()
    assert fetched["acceptance_criteria"] == [
        {"given": "a free slot", "when": "the owner books it", "then": "the slot is taken"}
    ]
    assert fetched["actors"] == ["pet owner"] and fetched["entities"] == ["Appointment", "Pet"]
    assert fetched["rationale"] == "Most owners book from their phone in the evening."
    assert fetched["origin"] == "manual" and fetched["version"] == 1 and fetched["sources"] == []


async def test_filters_search_and_pagination(api: Api, project: dict) -> None:
    await create(
        api,
        project,
        title="Fast search",
        statement="Search answers in 1 s.",
        kind="non_functional",
        category="performance_efficiency",
        priority="must",
    )
    await create(
        api,
        project,
        title="Login",
        statement="Users shall sign in with e-mail.",
        category="functional_suitability",
        priority="should",
    )
    await create(
        api,
        project,
        title="Audit",
        statement="All changes shall be logged.",
        rationale="Our accountant will ask who changed a deposit.",
        kind="non_functional",
        category="security",
        priority="could",
        status="approved",
    )
    base = f"/api/v1/projects/{project['id']}/requirements"
    headers = api.auth("owner")

    async def keys(**params) -> list[str]:
        response = await api.client.get(base, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [r["title"] for r in response.json()["items"]]

    assert await keys(kind="non_functional") == ["Fast search", "Audit"]
    assert await keys(category="security") == ["Audit"]
    assert await keys(priority="should") == ["Login"]
    assert await keys(status="approved") == ["Audit"]
    assert await keys(q="SIGN IN") == ["Login"]
    assert await keys(q="REQ-003") == ["Audit"]
    assert await keys(q="accountant") == ["Audit"]  # the reason is searched too
    assert await keys(q="100%") == []  # LIKE wildcards are literal
    page = (await api.client.get(base, params={"size": 2, "page": 2}, headers=headers)).json()
    assert page["total"] == 3 and [r["title"] for r in page["items"]] == ["Audit"]
    assert (await api.client.get(base, params={"size": 101}, headers=headers)).status_code == 422
    assert (await api.client.get(base, params={"kind": "magic"}, headers=headers)).status_code == 422


async def test_edits_mark_the_requirement_and_detect_stale_versions(api: Api, project: dict) -> None:
    created = await create(api, project)
    path = f"/api/v1/requirements/{created['id']}"
    headers = api.auth("owner")
    edited = (await api.client.patch(path, json={"priority": "must", "version": 1}, headers=headers)).json()
    assert edited["priority"] == "must" and edited["version"] == 2 and edited["user_edited"] is True
    stale = await api.client.patch(path, json={"priority": "could", "version": 1}, headers=headers)
    assert stale.status_code == 409
    assert (await api.client.patch(path, json={"priority": "sometimes"}, headers=headers)).status_code == 422


async def test_dependencies_must_name_known_requirements(api: Api, project: dict) -> None:
    first = await create(api, project)
    second = await create(api, project, depends_on=["REQ-001"])
    assert second["depends_on"] == ["REQ-001"]
    unknown = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        json={"title": "t", "statement": "s", "depends_on": ["REQ-999"]},
        headers=api.auth("owner"),
    )
    assert unknown.status_code == 422 and "REQ-999" in unknown.json()["error"]["message"]
    itself = await api.client.patch(
        f"/api/v1/requirements/{first['id']}", json={"depends_on": ["REQ-001"]}, headers=api.auth("owner")
    )
    assert itself.status_code == 422


async def test_a_rationale_is_set_edited_and_cleared(api: Api, project: dict) -> None:
    created = await create(api, project)
    assert created["rationale"] is None
    path = f"/api/v1/requirements/{created['id']}"
    headers = api.auth("owner")
    edited = (await api.client.patch(path, json={"rationale": "  GDPR  "}, headers=headers)).json()
    assert edited["rationale"] == "GDPR" and edited["version"] == 2
    cleared = (await api.client.patch(path, json={"rationale": ""}, headers=headers)).json()
    assert cleared["rationale"] is None and cleared["version"] == 3
    too_long = await api.client.patch(path, json={"rationale": "x" * 5001}, headers=headers)
    assert too_long.status_code == 422
    assert (await api.client.get(path, headers=headers)).json()["rationale"] is None
