"""Every endpoint against every kind of caller: anonymous, outsider, viewer, editor, owner.

Anonymous callers get 401, callers without a role get 404 (the object does not exist
for them), roles too low get 403, and the rest succeed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from support.api import Api

ACTORS = ("anonymous", "outsider", "viewer", "editor", "owner")
RANK = {"viewer": 1, "editor": 2, "owner": 3}


@dataclass(frozen=True)
class Case:
    method: str
    path: str  # {project}, {requirement}, {member} are filled per test
    minimum: str  # the lowest project role allowed
    body: dict | None = None
    ok: int = 200


PROJECT_CASES = [
    Case("GET", "/api/v1/projects/{project}", "viewer"),
    Case("PATCH", "/api/v1/projects/{project}", "editor", {"description": "new words"}),
    Case("DELETE", "/api/v1/projects/{project}", "owner", ok=204),
    Case("GET", "/api/v1/projects/{project}/members", "viewer"),
    Case(
        "POST", "/api/v1/projects/{project}/members", "owner", {"email": "newcomer@example.com", "role": "viewer"}, 201
    ),
    Case("GET", "/api/v1/projects/{project}/invitations", "owner"),
    Case("PATCH", "/api/v1/projects/{project}/members/{member}", "owner", {"role": "editor"}),
    Case("DELETE", "/api/v1/projects/{project}/members/{member}", "owner", ok=204),
    Case("GET", "/api/v1/projects/{project}/requirements", "viewer"),
    Case("GET", "/api/v1/projects/{project}/findings", "viewer"),
    Case(
        "POST",
        "/api/v1/projects/{project}/requirements",
        "editor",
        {"title": "Export", "statement": "The system shall export bookings as CSV."},
        201,
    ),
    Case("GET", "/api/v1/requirements/{requirement}", "viewer"),
    Case("PATCH", "/api/v1/requirements/{requirement}", "editor", {"priority": "must"}),
    Case("DELETE", "/api/v1/requirements/{requirement}", "editor", ok=204),
]


def expected_status(case: Case, actor: str) -> int:
    if actor == "anonymous":
        return 401
    if actor == "outsider":
        return 404
    return case.ok if RANK[actor] >= RANK[case.minimum] else 403


@pytest.fixture
async def world(api: Api) -> dict[str, str]:
    for who in ("owner", "editor", "viewer", "outsider", "bystander"):
        await api.user(who)
    project = await api.project("owner")
    await api.add_member("owner", project["id"], "editor", "editor")
    await api.add_member("owner", project["id"], "viewer", "viewer")
    await api.add_member("owner", project["id"], "bystander", "viewer")
    requirement = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements",
        json={"title": "Book", "statement": "A pet owner shall book an appointment online."},
        headers=api.auth("owner"),
    )
    me = await api.client.get("/api/v1/users/me", headers=api.auth("bystander"))
    return {"project": project["id"], "requirement": requirement.json()["id"], "member": me.json()["id"]}


@pytest.mark.parametrize("case", PROJECT_CASES, ids=lambda c: f"{c.method} {c.path}")
async def test_project_scoped_endpoints(api: Api, world: dict[str, str], case: Case) -> None:
    path = case.path.format(**world)
    for actor in ACTORS:
        headers = {} if actor == "anonymous" else api.auth(actor)
        response = await api.client.request(case.method, path, json=case.body, headers=headers)
        want = expected_status(case, actor)
        assert response.status_code == want, f"{actor}: {response.status_code} {response.text}"
        if want < 400 and case.method == "DELETE":
            return  # the object is gone; higher roles were shown by the lower one succeeding
        if want >= 400:
            assert set(response.json()["error"]) >= {"code", "message", "request_id"}


USER_SCOPED = [
    ("GET", "/api/v1/users/me", None),
    ("PATCH", "/api/v1/users/me", {"name": "X"}),
    ("GET", "/api/v1/clients", None),
    ("POST", "/api/v1/clients", {"name": "Acme"}),
    ("GET", "/api/v1/projects", None),
    ("POST", "/api/v1/projects", {"name": "P"}),
]


@pytest.mark.parametrize(("method", "path", "body"), USER_SCOPED, ids=lambda v: str(v))
async def test_user_scoped_endpoints_need_a_session(api: Api, method: str, path: str, body: dict | None) -> None:
    assert (await api.client.request(method, path, json=body)).status_code == 401
    await api.user("someone")
    response = await api.client.request(method, path, json=body, headers=api.auth("someone"))
    assert response.status_code in (200, 201)


async def test_clients_are_private_to_their_owner(api: Api) -> None:
    await api.user("alice")
    await api.user("mallory")
    client = (await api.client.post("/api/v1/clients", json={"name": "Vet Co"}, headers=api.auth("alice"))).json()
    path = f"/api/v1/clients/{client['id']}"
    assert (await api.client.get(path)).status_code == 401
    for method, body in (("GET", None), ("PATCH", {"name": "Stolen"}), ("DELETE", None)):
        response = await api.client.request(method, path, json=body, headers=api.auth("mallory"))
        assert response.status_code == 404
    listed = (await api.client.get("/api/v1/clients", headers=api.auth("mallory"))).json()
    assert listed["total"] == 0
    # Nor can a stranger attach someone else's client to a project.
    attach = await api.client.post(
        "/api/v1/projects", json={"name": "P", "client_id": client["id"]}, headers=api.auth("mallory")
    )
    assert attach.status_code == 404
    assert (await api.client.get(path, headers=api.auth("alice"))).json()["name"] == "Vet Co"


async def test_unknown_ids_are_404_for_everyone(api: Api) -> None:
    await api.user("owner")
    ghost = "00000000-0000-4000-8000-000000000000"
    for path in (f"/api/v1/projects/{ghost}", f"/api/v1/requirements/{ghost}", f"/api/v1/clients/{ghost}"):
        assert (await api.client.get(path, headers=api.auth("owner"))).status_code == 404
    assert (await api.client.get("/api/v1/projects/not-a-uuid", headers=api.auth("owner"))).status_code == 422
