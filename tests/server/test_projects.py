"""Clients, projects, members and invitations."""

from __future__ import annotations

from support.api import STRONG_PASSWORD, Api


async def test_client_crud_and_search(api: Api) -> None:
    await api.user("alice")
    headers = api.auth("alice")
    created = await api.client.post(
        "/api/v1/clients",
        json={
            "name": "Happy Paws Vet",
            "industry": "Healthcare",
            "website": "https://paws.example",
            "contact_email": "Vet@Paws.example",
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    client = created.json()
    assert client["contact_email"] == "vet@paws.example"
    await api.client.post("/api/v1/clients", json={"name": "Acme Logistics"}, headers=headers)

    found = (await api.client.get("/api/v1/clients", params={"q": "paws"}, headers=headers)).json()
    assert [c["name"] for c in found["items"]] == ["Happy Paws Vet"] and found["total"] == 1
    page = (await api.client.get("/api/v1/clients", params={"size": 1, "page": 2}, headers=headers)).json()
    assert page["total"] == 2 and len(page["items"]) == 1 and page["page"] == 2

    patched = await api.client.patch(
        f"/api/v1/clients/{client['id']}", json={"industry": "Veterinary"}, headers=headers
    )
    assert patched.json()["industry"] == "Veterinary" and patched.json()["name"] == "Happy Paws Vet"
    bad = await api.client.post(
        "/api/v1/clients", json={"name": "X", "website": "javascript:alert(1)"}, headers=headers
    )
    assert bad.status_code == 422
    assert (await api.client.delete(f"/api/v1/clients/{client['id']}", headers=headers)).status_code == 204
    assert (await api.client.get(f"/api/v1/clients/{client['id']}", headers=headers)).status_code == 404


async def test_project_crud_with_client(api: Api) -> None:
    await api.user("olga")
    headers = api.auth("olga")
    client = (await api.client.post("/api/v1/clients", json={"name": "Vet Co"}, headers=headers)).json()
    created = await api.client.post(
        "/api/v1/projects",
        json={"name": "Booking app", "description": "Online booking", "client_id": client["id"]},
        headers=headers,
    )
    assert created.status_code == 201
    project = created.json()
    assert project["role"] == "owner" and project["client_id"] == client["id"] and project["status"] == "active"

    listed = (await api.client.get("/api/v1/projects", headers=headers)).json()
    assert listed["total"] == 1 and listed["items"][0]["role"] == "owner"
    updated = await api.client.patch(
        f"/api/v1/projects/{project['id']}", json={"status": "on_hold", "client_id": None}, headers=headers
    )
    assert updated.json()["status"] == "on_hold" and updated.json()["client_id"] is None
    assert (
        await api.client.patch(f"/api/v1/projects/{project['id']}", json={"status": "bogus"}, headers=headers)
    ).status_code == 422
    filtered = (await api.client.get("/api/v1/projects", params={"status": "active"}, headers=headers)).json()
    assert filtered["total"] == 0

    # Deleting the client keeps the project.
    await api.client.delete(f"/api/v1/clients/{client['id']}", headers=headers)
    assert (await api.client.get(f"/api/v1/projects/{project['id']}", headers=headers)).status_code == 200
    assert (await api.client.delete(f"/api/v1/projects/{project['id']}", headers=headers)).status_code == 204
    assert (await api.client.get(f"/api/v1/projects/{project['id']}", headers=headers)).status_code == 404


async def test_invite_a_viewer_who_can_read_but_not_write(api: Api) -> None:
    """The issue's end-to-end story: owner invites an address without an account."""
    await api.user("owner")
    project = await api.project("owner")
    invite = await api.client.post(
        f"/api/v1/projects/{project['id']}/members",
        json={"email": "Victor@Example.com", "role": "viewer"},
        headers=api.auth("owner"),
    )
    assert invite.status_code == 201
    assert invite.json()["status"] == "invited"
    mail = api.outbox.last_to("victor@example.com")
    assert "Clinic booking" in mail["Subject"]
    pending = (await api.client.get(f"/api/v1/projects/{project['id']}/invitations", headers=api.auth("owner"))).json()
    assert [i["email"] for i in pending] == ["victor@example.com"]

    # Registering alone grants nothing: the address must be proven first.
    await api.register("victor@example.com", "Victor")
    await api.verify("victor@example.com")
    api.tokens["victor"] = (await api.login("victor@example.com"))["access_token"]
    viewer = api.auth("victor")

    read = await api.client.get(f"/api/v1/projects/{project['id']}", headers=viewer)
    assert read.status_code == 200 and read.json()["role"] == "viewer"
    listed = (await api.client.get("/api/v1/projects", headers=viewer)).json()
    assert [p["id"] for p in listed["items"]] == [project["id"]]
    write = await api.client.patch(f"/api/v1/projects/{project['id']}", json={"name": "Mine"}, headers=viewer)
    assert write.status_code == 403
    create = await api.client.post(
        f"/api/v1/projects/{project['id']}/requirements", json={"title": "t", "statement": "s"}, headers=viewer
    )
    assert create.status_code == 403
    members = (await api.client.get(f"/api/v1/projects/{project['id']}/members", headers=viewer)).json()
    assert sorted(m["role"] for m in members["items"]) == ["owner", "viewer"]
    assert (
        await api.client.get(f"/api/v1/projects/{project['id']}/invitations", headers=api.auth("owner"))
    ).json() == []


async def test_existing_user_is_added_directly_and_roles_change(api: Api) -> None:
    await api.user("owner")
    await api.user("eve")
    project = await api.project("owner")
    added = await api.client.post(
        f"/api/v1/projects/{project['id']}/members",
        json={"email": "eve@example.com", "role": "editor"},
        headers=api.auth("owner"),
    )
    assert added.json()["status"] == "added" and added.json()["member"]["role"] == "editor"
    twice = await api.client.post(
        f"/api/v1/projects/{project['id']}/members",
        json={"email": "eve@example.com", "role": "viewer"},
        headers=api.auth("owner"),
    )
    assert twice.status_code == 409
    eve_id = added.json()["member"]["user_id"]
    edit = await api.client.patch(
        f"/api/v1/projects/{project['id']}", json={"name": "Renamed"}, headers=api.auth("eve")
    )
    assert edit.status_code == 200
    promoted = await api.client.patch(
        f"/api/v1/projects/{project['id']}/members/{eve_id}", json={"role": "owner"}, headers=api.auth("owner")
    )
    assert promoted.json()["role"] == "owner"
    assert (await api.client.delete(f"/api/v1/projects/{project['id']}", headers=api.auth("eve"))).status_code == 204


async def test_the_last_owner_cannot_leave_or_be_demoted(api: Api) -> None:
    await api.user("solo")
    await api.user("friend")
    project = await api.project("solo")
    me = (await api.client.get("/api/v1/users/me", headers=api.auth("solo"))).json()
    path = f"/api/v1/projects/{project['id']}/members/{me['id']}"
    assert (await api.client.patch(path, json={"role": "viewer"}, headers=api.auth("solo"))).status_code == 409
    assert (await api.client.delete(path, headers=api.auth("solo"))).status_code == 409
    # A member may leave on their own.
    await api.add_member("solo", project["id"], "friend", "viewer")
    friend = (await api.client.get("/api/v1/users/me", headers=api.auth("friend"))).json()
    leave = await api.client.delete(
        f"/api/v1/projects/{project['id']}/members/{friend['id']}", headers=api.auth("friend")
    )
    assert leave.status_code == 204
    assert (await api.client.get(f"/api/v1/projects/{project['id']}", headers=api.auth("friend"))).status_code == 404


async def test_unverified_account_gets_an_invitation_not_membership(api: Api) -> None:
    await api.user("owner")
    await api.register("squatter@example.com", "Squatter")  # never verifies
    project = await api.project("owner")
    result = await api.client.post(
        f"/api/v1/projects/{project['id']}/members",
        json={"email": "squatter@example.com", "role": "editor"},
        headers=api.auth("owner"),
    )
    assert result.json()["status"] == "invited"
    login = await api.client.post(
        "/api/v1/auth/login", json={"email": "squatter@example.com", "password": STRONG_PASSWORD}
    )
    assert login.status_code == 403
